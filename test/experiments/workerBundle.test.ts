// Workers started from source load one cached bundle: it is built once, reused while no source
// changes, rebuilt when one does, and a pool running from it gives the same records as one lane.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleFallbackReason, bundleIsFresh, workerBundle } from '../../experiments/run/workerBundle';
import { startPool } from '../../experiments/run/pool';
import { prepare } from '../../experiments/run/prepare';
import { validateSpec } from '../../experiments/spec/load';
import type { RunRecord } from '../../experiments/run/runner';
import type { ExperimentSpecInput } from '../../experiments/spec/schema';
import { tempDir } from './helpers';

let dir: string, done: () => void;
const before = process.env.CROWDOUT_CACHE_DIR;
beforeAll(() => { ({ dir, done } = tempDir('bundle')); process.env.CROWDOUT_CACHE_DIR = dir; });
afterAll(() => {
  if (before === undefined) delete process.env.CROWDOUT_CACHE_DIR; else process.env.CROWDOUT_CACHE_DIR = before;
  done();
});

describe('worker bundle', () => {
  it('is built once, reused while its sources are unchanged, and rebuilt when one changes', () => {
    expect(bundleIsFresh(dir)).toBe(false);
    const url = workerBundle();
    expect(url).not.toBeNull();
    const file = fileURLToPath(url!);
    expect(file).toBe(join(dir, 'worker.mjs'));
    const meta = JSON.parse(readFileSync(join(dir, 'worker.json'), 'utf8')) as { inputs: Record<string, [number, number]> };
    const inputs = Object.keys(meta.inputs);
    // The engine and the runner are in it (not loaded through tsx at run time).
    expect(inputs.some((p) => p.endsWith(join('sim', 'model.ts')))).toBe(true);
    expect(inputs.some((p) => p.endsWith(join('experiments', 'run', 'runner.ts')))).toBe(true);
    expect(bundleIsFresh(dir)).toBe(true);
    const built = statSync(file).mtimeMs;
    workerBundle();
    expect(statSync(file).mtimeMs).toBe(built);
    // A source that changed (here: its recorded size no longer matches) makes the bundle stale.
    const model = inputs.find((p) => p.endsWith(join('sim', 'model.ts')))!;
    meta.inputs[model] = [meta.inputs[model]![0], meta.inputs[model]![1] + 1];
    writeFileSync(join(dir, 'worker.json'), JSON.stringify({ ...JSON.parse(readFileSync(join(dir, 'worker.json'), 'utf8')), inputs: meta.inputs }));
    expect(bundleIsFresh(dir)).toBe(false);
    workerBundle();
    expect(bundleIsFresh(dir)).toBe(true);
    expect(existsSync(file)).toBe(true);
    // A bundle built from another checkout (the cache directory shared) is not this one's.
    const fresh = JSON.parse(readFileSync(join(dir, 'worker.json'), 'utf8')) as { root: string };
    writeFileSync(join(dir, 'worker.json'), JSON.stringify({ ...fresh, root: '/elsewhere/crowdout/' }));
    expect(bundleIsFresh(dir)).toBe(false);
  }, 120_000);

  it('a pool of two workers on the bundle gives the engine runs of one lane, bit for bit', async () => {
    const spec = {
      name: 'bundle', base: 'baseline', seed: 3,
      parameters: [{ path: 'hyperscaler.capexScale', min: 0.5, max: 2 }],
      design: { type: 'lhs', samples: 4 },
      outputs: { metrics: ['exhaustionDay', 'assets.crypto.maxDrawdown', 'assets.broad_equity.maxDrawdown'] },
      days: 120,
    } as ExperimentSpecInput;
    const prep = await prepare(validateSpec(spec));
    const todo = [0, 1, 2, 3];
    const records = async (size: number) => {
      const got: RunRecord[] = [];
      const pool = startPool(size);
      try {
        await pool.run(todo, { init: prep, onRecords: (r) => got.push(...r), crashed: () => { throw new Error('no crash expected'); } });
      } finally { await pool.close(); }
      return got.sort((a, b) => a.run - b.run).map(({ ms: _ms, ...r }) => r);
    };
    const two = await records(2), one = await records(1);
    expect(bundleFallbackReason).toBeNull();   // the workers ran the bundle, not tsx
    expect(two).toHaveLength(4);
    expect(two.every((r) => r.status === 'ok')).toBe(true);
    expect(two).toEqual(one);
  }, 240_000);
});
