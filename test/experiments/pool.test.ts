// The persistent pool: `auto` on a (pretended) busy machine measures and picks a count, batching
// and lane counts never change a result, and one pool serves several batches of runs.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { startPool, type RunOptions } from '../../experiments/run/pool';
import { prepare } from '../../experiments/run/prepare';
import { validateSpec } from '../../experiments/spec/load';
import type { RunRecord } from '../../experiments/run/runner';
import { runSweep } from '../../experiments/sweep';
import { cli, tempDir, writeSpec } from './helpers';
import type { ExperimentSpecInput } from '../../experiments/spec/schema';

const probeSpec = (samples: number, spin = 1): ExperimentSpecInput => ({
  name: 'pool', model: 'probe', seed: 5, set: { spin_ms: spin },
  parameters: [{ path: 'a', min: 0, max: 1 }],
  design: { type: 'lhs', samples },
  outputs: { series: { columns: ['v'], stride: 2 } },
  days: 6,
} as ExperimentSpecInput);

/** Every run of `todo` through a pool of `size` lanes; records without their timings, by run. */
async function runAll(size: number, samples: number, extra: Partial<RunOptions> = {}) {
  const prep = await prepare(validateSpec(probeSpec(samples)));
  const todo = Array.from({ length: prep.plan.runCount }, (_, k) => k);
  const got: RunRecord[] = [];
  const notes: string[] = [];
  const pool = startPool(size);
  try {
    const res = await pool.run(todo, {
      init: prep, onRecords: (r) => got.push(...r), crashed: () => { throw new Error('no crash expected'); },
      onNote: (m) => notes.push(m), ...extra,
    });
    const byRun = [...got].sort((x, y) => x.run - y.run).map(({ ms: _ms, ...r }) => r);
    return { byRun, runs: got.map((r) => r.run), notes, workers: res.workers };
  } finally {
    await pool.close();
  }
}

describe('worker pool', () => {
  it('--workers auto on a busy machine measures 1 and 2 lanes, says which it took, and loses no run', async () => {
    const serial = await runAll(1, 64);
    const auto = await runAll(2, 64, { auto: true, loadAverage: () => 7.5 });
    expect(auto.notes).toHaveLength(1);
    expect(auto.notes[0]).toMatch(/^--workers auto: [12] \(the machine is busy, load average 7\.50 on \d+ cores; measured \d+\.\d\d runs\/s at 1, \d+\.\d\d runs\/s at 2\)$/);
    expect(auto.workers).toBe(Number(auto.notes[0]!.match(/auto: (\d)/)![1]));
    expect([...auto.runs].sort((a, b) => a - b)).toEqual(serial.runs); // each run exactly once
    expect(auto.byRun).toEqual(serial.byRun);
  });

  it('--workers auto on an idle machine, or with too few runs to measure on, uses every lane and says why', async () => {
    const idle = await runAll(2, 8, { auto: true, loadAverage: () => 0.1 });
    expect(idle.notes).toEqual([expect.stringMatching(/^--workers auto: 2 \(the machine is idle: load average 0\.10 on/)]);
    const few = await runAll(2, 8, { auto: true, loadAverage: () => 3 });
    expect(few.notes).toEqual([expect.stringMatching(/^--workers auto: 2 \(the machine is busy.* but 8 runs are too few to measure on; \d+ are needed\)$/)]);
    expect(few.byRun).toEqual(idle.byRun);
  });

  it('gives the same records for any batch size and lane count', async () => {
    const ref = (await runAll(1, 24)).byRun;
    for (const [size, batch] of [[2, 1], [2, 5], [3, 7], [2, 100]] as const) expect((await runAll(size, 24, { batch })).byRun).toEqual(ref);
  });

  it('runs a second batch with another spec on the same workers', async () => {
    const a = await prepare(validateSpec(probeSpec(6)));
    const b = await prepare(validateSpec({ ...probeSpec(4), seed: 9 } as ExperimentSpecInput));
    const pool = startPool(2);
    try {
      const out: RunRecord[][] = [[], []];
      for (const [i, prep] of [a, b].entries()) {
        await pool.run(Array.from({ length: prep.plan.runCount }, (_, k) => k), { init: prep, onRecords: (r) => out[i]!.push(...r), crashed: () => { throw new Error('no crash'); } });
      }
      expect(out.map((o) => o.length)).toEqual([6, 4]);
      const seeds = (o: RunRecord[]) => new Set(o.map((r) => r.seed));
      expect([...seeds(out[0]!)].some((s) => seeds(out[1]!).has(s))).toBe(false); // the second batch used its own spec
    } finally {
      await pool.close();
    }
  });
});

describe('crowdout sweep --workers auto / --batch', () => {
  it('writes the same files as one worker, and refuses a bad value in one line', async () => {
    const t = tempDir('pool-cli');
    try {
      const spec = writeSpec(t.dir, 'spec', probeSpec(16, 0));
      await runSweep(spec, { out: `${t.dir}/w1`, workers: 1 });
      const notes: string[] = [];
      await runSweep(spec, { out: `${t.dir}/auto`, workers: 'auto', batch: 3, onNote: (m) => notes.push(m) });
      expect(notes).toHaveLength(1);
      for (const f of ['runs.csv', 'runs-series.csv']) expect(readFileSync(`${t.dir}/auto/${f}`)).toEqual(readFileSync(`${t.dir}/w1/${f}`));
      const bad = cli(['sweep', spec, '--out', `${t.dir}/x`, '--workers', 'many']);
      expect([bad.code, bad.stderr]).toEqual([2, 'crowdout sweep: --workers must be a positive integer or auto (got "many")\n']);
      const badBatch = cli(['sweep', spec, '--out', `${t.dir}/y`, '--batch', '0']);
      expect([badBatch.code, badBatch.stderr]).toEqual([2, 'crowdout sweep: --batch must be a positive integer (got "0")\n']);
    } finally {
      t.done();
    }
  });
});
