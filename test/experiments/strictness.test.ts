// Sweeps that say what went wrong: --strict, --list-runs checking the spec like sweep, the
// ishigami model refusing unknown parameters, and tables written for an interrupted sweep.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { runSweep } from '../../experiments/sweep';
import { cli, ishigamiSpec, tempDir, writeSpec } from './helpers';
import type { ExperimentSpecInput } from '../../experiments/spec/schema';

const failing: ExperimentSpecInput = {
  name: 'fails', model: 'probe', seed: 1, parameters: [{ path: 'fail', values: [0, 1, 0] }], design: { type: 'grid' },
};

describe('crowdout sweep', () => {
  it('--strict exits 1 when a run failed, and 0 without it (tables written both ways)', () => {
    const t = tempDir('strict');
    try {
      const f = writeSpec(t.dir, 'fails', failing);
      const lax = cli(['sweep', f, '--out', `${t.dir}/a`, '-q', '--workers', '1']);
      expect(lax.code).toBe(0);
      const strict = cli(['sweep', f, '--out', `${t.dir}/b`, '-q', '--workers', '1', '--strict']);
      expect(strict.code).toBe(1);
      expect(strict.stderr).toMatch(/--strict: 1 of 3 runs failed/);
      expect(readFileSync(`${t.dir}/b/runs.csv`, 'utf8')).toBe(readFileSync(`${t.dir}/a/runs.csv`, 'utf8'));
      const ok = cli(['sweep', writeSpec(t.dir, 'ok', { ...failing, parameters: [{ path: 'fail', values: [0] }] }), '--out', `${t.dir}/c`, '-q', '--strict']);
      expect(ok.code).toBe(0);
    } finally {
      t.done();
    }
  });

  it('--list-runs refuses what sweep refuses (a misspelt metric, an unknown ishigami parameter) with exit 2', () => {
    const t = tempDir('listruns');
    try {
      const badMetric = writeSpec(t.dir, 'm', ishigamiSpec(4, { outputs: { metrics: ['yy'] } }));
      const r = cli(['sweep', badMetric, '--list-runs']);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/outputs\.metrics\[0\]: no metric matches "yy"/);
      const badParam = writeSpec(t.dir, 'p', { ...ishigamiSpec(4), parameters: [{ path: 'x1', min: 0, max: 1 }, { path: 'x4', min: 0, max: 1 }] });
      const r2 = cli(['sweep', badParam, '--list-runs']);
      expect(r2.code).toBe(2);
      expect(r2.stderr).toMatch(/parameters\[1\]: the ishigami model has no parameter "x4"; its parameters are x1, x2, x3, a, b/);
      const good = cli(['sweep', writeSpec(t.dir, 'g', ishigamiSpec(4)), '--list-runs']);
      expect(good.code).toBe(0);
      expect(good.stdout.trim().split('\n')).toHaveLength(1 + 4 * 5);
    } finally {
      t.done();
    }
  });
});

describe('runSweep interrupted by its signal', () => {
  it('writes runs.csv and runs.parquet for the runs it finished, and a resume completes them', async () => {
    const t = tempDir('interrupt');
    try {
      const spec: ExperimentSpecInput = { name: 'slow', model: 'probe', seed: 2, set: { spin_ms: 5 }, parameters: [{ path: 'a', min: 0, max: 1 }], design: { type: 'lhs', samples: 200 } };
      const ac = new AbortController();
      const r = await runSweep(spec, { out: t.dir, workers: 1, signal: ac.signal, onProgress: (p) => { if (p.done >= 5) ac.abort(); } });
      expect(r.interrupted).toBe(true);
      expect(existsSync(`${t.dir}/runs.parquet`)).toBe(true);
      const rows = readFileSync(`${t.dir}/runs.csv`, 'utf8').trim().split('\n');
      expect(rows.length - 1).toBe(r.manifest.done);
      expect(r.manifest.done).toBeLessThan(200);
      const done = await runSweep(spec, { out: t.dir, workers: 1, resume: true });
      expect(done.interrupted).toBe(false);
      expect(readFileSync(`${t.dir}/runs.csv`, 'utf8').trim().split('\n')).toHaveLength(201);
    } finally {
      t.done();
    }
  });
});
