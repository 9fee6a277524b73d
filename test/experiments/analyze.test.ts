import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parquetReadObjects } from 'hyparquet';
import { runSweep } from '../../experiments/sweep';
import { analyzeSweep } from '../../experiments/analyze/index';
import { cli, ishigamiSpec, tempDir } from './helpers';

const byName = (r: ReturnType<typeof analyzeSweep>, name: string) => r.columns.find((c) => c.name === name)!.values as number[];

describe('analyzeSweep(dir) on a Sobol design', () => {
  it('recovers the Ishigami indices (S1 .314 .442 0, ST .558 .442 .244) within tolerance, with CIs covering them', async () => {
    const t = tempDir('ishigami');
    try {
      await runSweep(ishigamiSpec(2048), { out: t.dir, workers: 1 });
      const r = analyzeSweep(t.dir, { resamples: 300 });
      expect(r.kind).toBe('sobol');
      const S1 = byName(r, 'S1'), ST = byName(r, 'ST');
      // Analytic values: Saltelli et al. 2008 (Primer), SALib test_functions.Ishigami.
      const s1 = [0.3139, 0.4424, 0], st = [0.5576, 0.4424, 0.2437];
      s1.forEach((v, i) => expect(Math.abs(S1[i]! - v)).toBeLessThan(0.04));
      st.forEach((v, i) => expect(Math.abs(ST[i]! - v)).toBeLessThan(0.03));
      const [lo, hi] = [byName(r, 'ST_lo'), byName(r, 'ST_hi')];
      st.forEach((v, i) => { expect(lo[i]!).toBeLessThan(v); expect(hi[i]!).toBeGreaterThan(v); });
    } finally {
      t.done();
    }
  });
});

describe('analyzeSweep(dir) on a Morris design', () => {
  it('gives mu* = range width for a linear model, with sigma = 0', async () => {
    const t = tempDir('morris');
    try {
      // probe: value = a + b + c + seed/2^32; common random numbers make the seed term cancel.
      await runSweep({
        name: 'lin', model: 'probe', seed: 2, commonRandomNumbers: true, days: 1,
        parameters: [{ path: 'a', min: 0, max: 1 }, { path: 'b', min: 0, max: 2 }, { path: 'c', min: -4, max: 0 }],
        design: { type: 'morris', trajectories: 20, levels: 4 }, outputs: { metrics: ['value'] },
      }, { out: t.dir, workers: 1 });
      const r = analyzeSweep(t.dir, { resamples: 100 });
      expect(r.kind).toBe('morris');
      const muStar = byName(r, 'mu_star'), sigma = byName(r, 'sigma');
      [1, 2, 4].forEach((v, i) => expect(muStar[i]).toBeCloseTo(v, 9));
      sigma.forEach((s) => expect(s).toBeCloseTo(0, 9));
    } finally {
      t.done();
    }
  });
});

describe('crowdout analyze DIR', () => {
  it('prints a table and writes sensitivity.csv; the Parquet output reads back equal to the CSV', async () => {
    const t = tempDir('analyze-cli');
    try {
      await runSweep(ishigamiSpec(64), { out: t.dir, workers: 1 });
      const r = cli(['analyze', t.dir, '--bootstrap', '50', '--metric', 'y']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/metric\s+parameter\s+S1\s+S1_lo\s+S1_hi\s+ST/);
      expect(readFileSync(`${t.dir}/sensitivity.csv`, 'utf8').split('\n')[0]).toBe('metric,parameter,S1,S1_lo,S1_hi,ST,ST_lo,ST_hi,n');
      expect(cli(['analyze', t.dir, '--metric', 'nope']).stderr).toMatch(/--metric nope: not a metric/);
      const buf = readFileSync(`${t.dir}/runs.parquet`);
      const rows = await parquetReadObjects({ file: buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) });
      const csv = readFileSync(`${t.dir}/runs.csv`, 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
      expect(rows).toHaveLength(64 * 5);
      rows.forEach((row, i) => {
        expect(Number(row.run)).toBe(i);
        expect(String(row.sobol_matrix)).toBe(csv[i]![4]);
        expect(row.y).toBe(Number(csv[i]![9]));
      });
    } finally {
      t.done();
    }
  });
});
