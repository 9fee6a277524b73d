// Known answers for each estimator, and the warnings analyze gives. Sobol on the Sobol G-function
// (analytic S_i and ST_i), Morris on G (ranking) and on a linear function (exact), PAWN on y = x1
// (exact slice statistics) and on Ishigami with a dummy input. Analytic values are computed here.
import { describe, expect, it } from 'vitest';
import { expandDesign } from '../../experiments/design/expand';
import { validateSpec } from '../../experiments/spec/load';
import { sobolIndices } from '../../experiments/analyze/sobol';
import { morrisIndices } from '../../experiments/analyze/morris';
import { morrisTrajectories } from '../../experiments/design/morris';
import { ksCritical, ksStatistic, pawnIndices } from '../../experiments/analyze/pawn';
import { censoringWarnings, designWarnings, sobolIndexWarnings } from '../../experiments/analyze/warnings';
import { compactSummary } from '../../experiments/analyze/format';
import { analyzeSweep } from '../../experiments/analyze/index';
import { latinHypercube } from '../../experiments/design/lhs';
import { designRng } from '../../experiments/seeds';
import { runSweep } from '../../experiments/sweep';
import { ishigamiSpec, tempDir } from './helpers';

// Sobol' G-function on [0,1]^d: prod (|4x - 2| + a_i) / (1 + a_i); V_i = 1 / (3 (1 + a_i)^2).
const A = [0, 1, 4.5, 99];
const g = (x: number[]): number => x.reduce((p, xi, i) => p * (Math.abs(4 * xi - 2) + A[i]!) / (1 + A[i]!), 1);
const Vi = A.map((a) => 1 / (3 * (1 + a) ** 2));
const Vtot = Vi.reduce((p, v) => p * (1 + v), 1) - 1;
const S1g = Vi.map((v) => v / Vtot);
const STg = Vi.map((v, i) => (v * Vi.reduce((p, w, j) => (j === i ? p : p * (1 + w)), 1)) / Vtot);
const ishigami = (x: number[]): number => Math.sin(x[0]!) + 7 * Math.sin(x[1]!) ** 2 + 0.1 * x[2]! ** 4 * Math.sin(x[0]!);
const rng = () => designRng(7, 'test');

describe('Sobol estimator (Saltelli 2010 S1, Jansen ST)', () => {
  it('recovers the G-function indices on the design the sweeps use', () => {
    const ps = A.map((_, i) => ({ path: `x${i}`, min: 0, max: 1 }));
    const plan = expandDesign(validateSpec({ name: 'g', model: 'probe', seed: 3, parameters: ps, design: { type: 'sobol', samples: 4096 } }).spec);
    const d = A.length, per = d + 2;
    const y = plan.points.map((p) => g(ps.map((q) => p.set[q.path] as number)));
    const N = 4096;
    const fA = Array.from({ length: N }, (_, j) => y[j * per]!), fB = Array.from({ length: N }, (_, j) => y[j * per + 1]!);
    const fAB = A.map((_, i) => Array.from({ length: N }, (_, j) => y[j * per + 2 + i]!));
    const ix = sobolIndices({ fA, fB, fAB }, 200, 0.95, rng());
    ix.forEach((s, i) => {
      expect(Math.abs(s.S1 - S1g[i]!), `S1 x${i}`).toBeLessThan(0.03);
      expect(Math.abs(s.ST - STg[i]!), `ST x${i}`).toBeLessThan(0.03);
    });
    expect(S1g[0]).toBeGreaterThan(0.6); // the test is not trivially passed by all-zero indices
  });
});

describe('Morris estimator', () => {
  it('ranks the G-function inputs by importance (a = 0 first, a = 99 last and near 0)', () => {
    const trajs = morrisTrajectories(40, 4, 4, rng());
    const ee: number[][] = A.map(() => []);
    for (const t of trajs) for (let s = 1; s < t.length; s++) ee[t[s]!.factor]!.push((g(t[s]!.x) - g(t[s - 1]!.x)) / t[s]!.delta);
    const mu = morrisIndices(ee, 100, 0.95, rng()).map((m) => m.muStar);
    expect(mu[0]).toBeGreaterThan(mu[1]!);
    expect(mu[1]).toBeGreaterThan(mu[2]!);
    expect(mu[2]).toBeGreaterThan(mu[3]!);
    expect(mu[3]!).toBeLessThan(0.05 * mu[0]!);
  });
});

describe('PAWN estimator', () => {
  it('gives the exact slice statistics for y = x1 (median 0.7, max 0.9 with 10 slices) and ~0 for an unused input', () => {
    const n = 2000;
    const X = latinHypercube(n, 2, rng());
    const cols = [X.map((u) => u[0]!), X.map((u) => u[1]!)];
    const [x1, dummy] = pawnIndices(cols, cols[0]!, 10, 50, 0.95, rng());
    // Slice k of 10 holds y in [k/10, (k+1)/10): KS = max(k/10, 1 - (k+1)/10).
    expect(x1!.median).toBeCloseTo(0.7, 2);
    expect(x1!.max).toBeCloseTo(0.9, 2);
    expect(dummy!.median).toBeLessThan(ksCritical(n, n / 10));
  });
  it('on Ishigami: x1 and x2 matter, a dummy input does not, x3 (interaction only) sits between', () => {
    const n = 4000;
    const X = latinHypercube(n, 4, rng()).map((u) => u.map((v) => -Math.PI + 2 * Math.PI * v));
    const y = X.map(ishigami);
    const ix = pawnIndices([0, 1, 2, 3].map((i) => X.map((x) => x[i]!)), y, 10, 50, 0.95, rng());
    const crit = ksCritical(n, n / 10);
    expect(ix[0]!.median).toBeGreaterThan(2 * crit);
    expect(ix[1]!.median).toBeGreaterThan(2 * crit);
    expect(ix[3]!.median).toBeLessThan(crit);
    expect(ix[2]!.median).toBeGreaterThan(ix[3]!.median);
    expect(ix[2]!.median).toBeLessThan(Math.min(ix[0]!.median, ix[1]!.median));
    expect(ix[0]!.lo).toBeLessThanOrEqual(ix[0]!.median);
    expect(ix[0]!.hi).toBeGreaterThanOrEqual(ix[0]!.median);
  });
  it('ksStatistic is the largest CDF gap', () => {
    expect(ksStatistic([1, 2, 3, 4], [1, 2, 3, 4])).toBe(0);
    expect(ksStatistic([1, 2], [3, 4])).toBe(1);
    expect(ksStatistic([1, 2, 3, 4], [3, 4])).toBe(0.5);
  });
});

describe('analyze warnings', () => {
  it('flags indices outside [0, 1] and wide intervals, censoring with its share, no common random numbers and small N', () => {
    const w = sobolIndexWarnings('exhaustion', ['a', 'b'], [
      { S1: 27.8, ST: 37.6, S1lo: -10, S1hi: 60, STlo: 1, SThi: 80 },
      { S1: 0.2, ST: 0.3, S1lo: 0.15, S1hi: 0.25, STlo: 0.25, SThi: 0.35 }]);
    expect(w[0]).toMatch(/S1\(a\) = 27\.800, ST\(a\) = 37\.600 outside \[0, 1\]/);
    expect(w[1]).toMatch(/1 of 2 parameters have an interval wider than 0\.5/);
    expect(sobolIndexWarnings('m', ['a'], [{ S1: -0.01, ST: 0.5, S1lo: -0.05, S1hi: 0.03, STlo: 0.45, SThi: 0.55 }])).toEqual([]);
    const c = censoringWarnings('day', [100, 300, 730, 730, 730, 730, 730, 200, null, null]);
    expect(c[0]).toMatch(/no value in 2 of 10 ok runs \(20%\)/);
    expect(c[1]).toMatch(/5 of 8 runs \(63%\) sit at its largest value 730/);
    expect(censoringWarnings('x', [1, 2, 3, 4, 5])).toEqual([]);
    const spec = validateSpec({ name: 's', model: 'probe', seed: 1, parameters: [{ path: 'a', min: 0, max: 1 }], design: { type: 'sobol', samples: 16 } }).spec;
    const dw = designWarnings(spec);
    expect(dw.some((x) => /commonRandomNumbers is false/.test(x))).toBe(true);
    expect(dw.some((x) => /design\.samples = 16/.test(x))).toBe(true);
    expect(designWarnings({ ...spec, commonRandomNumbers: true, design: { type: 'sobol', samples: 1024 } })).toEqual([]);
  });

  it('analyzeSweep gives per-metric n, a convergence table at N/4, N/2, N, and no warning for a clean Ishigami run', async () => {
    const t = tempDir('converge');
    try {
      await runSweep(ishigamiSpec(512), { out: t.dir, workers: 1 });
      const r = analyzeSweep(t.dir, { resamples: 100 });
      expect(r.warnings).toEqual([]);
      expect(r.columns.find((c) => c.name === 'n')!.values).toEqual([512, 512, 512]);
      const conv = r.convergence!;
      expect(conv.find((c) => c.name === 'n')!.values).toEqual([128, 128, 128, 256, 256, 256, 512, 512, 512]);
      const st = conv.find((c) => c.name === 'ST')!.values as number[];
      expect(st.slice(6)).toEqual(r.columns.find((c) => c.name === 'ST')!.values);
      const pawn = analyzeSweep(t.dir, { resamples: 50, method: 'pawn' });
      expect(pawn.kind).toBe('pawn');
      expect(pawn.columns.find((c) => c.name === 'n')!.values).toEqual([1024, 1024, 1024]); // A and B rows
    } finally {
      t.done();
    }
  });
});

describe('compactSummary (Markdown)', () => {
  it('shows a metric\'s own n when it is below the row\'s, so Markdown agrees with summary.csv', () => {
    const cols = compactSummary([
      { name: 'point', kind: 'INT64', values: [0] },
      { name: 'a.mean', kind: 'DOUBLE', values: [1.5] }, { name: 'a.sd', kind: 'DOUBLE', values: [0.5] }, { name: 'a.n', kind: 'INT64', values: [4] },
      { name: 'b.mean', kind: 'DOUBLE', values: [10] }, { name: 'b.sd', kind: 'DOUBLE', values: [1] }, { name: 'b.n', kind: 'INT64', values: [2] },
    ]);
    expect(cols.map((c) => [c.name, c.values[0]])).toEqual([['a', '1.500 ± 0.500'], ['b', '10 ± 1 (n=2)'], ['n', 4]]);
  });
});
