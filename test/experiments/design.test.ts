import { describe, expect, it } from 'vitest';
import { sobolPoints } from '../../experiments/design/sobol-seq';
import { latinHypercube } from '../../experiments/design/lhs';
import { morrisTrajectories } from '../../experiments/design/morris';
import { expandDesign, runInfo } from '../../experiments/design/expand';
import { fromUnit } from '../../experiments/design/scale';
import { validateSpec } from '../../experiments/spec/load';
import { designRng, runSeed } from '../../experiments/seeds';

const spec = (s: object) => validateSpec({ name: 't', model: 'probe', seed: 5, ...s }).spec;

describe('sobolPoints(n, dims)', () => {
  // Reference values from scipy.stats.qmc.Sobol(64, scramble=False).random(4096) (scipy 1.17.1),
  // which uses the same Joe-Kuo new-joe-kuo-6.21201 direction numbers.
  const dims = [0, 1, 2, 9, 10, 19, 38, 39, 52, 63];
  const scipy: Record<number, number[]> = SCIPY;
  it('matches scipy in dimensions 1..64', () => {
    const pts = sobolPoints(4096, 64);
    for (const [row, vals] of Object.entries(scipy)) expect(dims.map((j) => pts[Number(row)]![j])).toEqual(vals);
  });
  it('puts exactly one point in each of the 2^k dyadic intervals of every axis (a (0,m,1)-net per axis)', () => {
    const pts = sobolPoints(256, 12);
    for (let j = 0; j < 12; j++) {
      const cells = new Set(pts.map((p) => Math.floor(p[j]! * 256)));
      expect(cells.size).toBe(256);
    }
  });
});

describe('latinHypercube(n, d)', () => {
  it('has exactly one point in each of the n strata of every axis', () => {
    const pts = latinHypercube(50, 4, designRng(1, 'lhs'));
    for (let j = 0; j < 4; j++) expect(new Set(pts.map((p) => Math.floor(p[j]! * 50))).size).toBe(50);
  });
});

describe('morrisTrajectories(r, d, p)', () => {
  it('moves one factor per step by +-delta on the p-level grid, each factor once per trajectory', () => {
    const p = 6, d = 5, delta = p / (2 * (p - 1));
    const trajs = morrisTrajectories(20, d, p, designRng(2, 'morris'));
    expect(trajs).toHaveLength(20);
    for (const t of trajs) {
      expect(t).toHaveLength(d + 1);
      expect(new Set(t.slice(1).map((s) => s.factor)).size).toBe(d);
      for (let s = 1; s <= d; s++) {
        const diff = t[s]!.x.map((x, i) => x - t[s - 1]!.x[i]!);
        diff.forEach((v, i) => expect(Math.abs(v)).toBeCloseTo(i === t[s]!.factor ? delta : 0, 12));
        expect(Math.abs(t[s]!.delta)).toBeCloseTo(delta, 12);
        for (const x of t[s]!.x) {
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThanOrEqual(1);
          expect(Math.abs(x * (p - 1) - Math.round(x * (p - 1)))).toBeLessThan(1e-9);
        }
      }
    }
  });
});

describe('expandDesign(spec)', () => {
  it('grid: product of levels times replicates, last parameter fastest, exact ends, log levels', () => {
    const s = spec({
      parameters: [{ path: 'a', values: ['x', 'y'] }, { path: 'b', min: 1, max: 100, log: true, levels: 3 }],
      design: { type: 'grid' }, replicates: 2,
    });
    const plan = expandDesign(s);
    expect(plan.runCount).toBe(12);
    expect(plan.points.map((p) => p.set)).toEqual([
      { a: 'x', b: 1 }, { a: 'x', b: 10 }, { a: 'x', b: 100 },
      { a: 'y', b: 1 }, { a: 'y', b: 10 }, { a: 'y', b: 100 },
    ]);
    expect(runInfo(s, plan, 5)).toEqual({ run: 5, point: 2, replicate: 1, seed: runSeed(5, 5) });
  });
  it('list: one point per row, labelled, parameter columns in order of appearance', () => {
    const plan = expandDesign(spec({ design: { type: 'list', rows: [{ label: 'qe', set: { a: 1 } }, { set: { b: 2, a: 3 } }] } }));
    expect(plan.points).toEqual([{ set: { a: 1 }, info: { label: 'qe' } }, { set: { b: 2, a: 3 }, info: { label: 'row1' } }]);
    expect(plan.paramColumns).toEqual(['a', 'b']);
  });
  it('lhs: one point per stratum of each range, values inside [min, max], integers integral', () => {
    const plan = expandDesign(spec({
      parameters: [{ path: 'a', min: 2, max: 4 }, { path: 'n', min: 1, max: 10, integer: true }],
      design: { type: 'lhs', samples: 40 },
    }));
    expect(plan.runCount).toBe(40);
    const a = plan.points.map((p) => p.set.a as number);
    expect(new Set(a.map((v) => Math.floor(((v - 2) / 2) * 40))).size).toBe(40);
    const n = plan.points.map((p) => p.set.n as number);
    expect(n.every((v) => Number.isInteger(v) && v >= 1 && v <= 10)).toBe(true);
    expect(new Set(n).size).toBe(10); // 40 strata over 10 integers: each integer 4 times
  });
  it('sobol: N(d+2) points; A_B^i equals A except parameter i, which comes from B', () => {
    const plan = expandDesign(spec({
      parameters: [{ path: 'a', min: 0, max: 1 }, { path: 'b', min: 0, max: 1 }, { path: 'c', min: 0, max: 1 }],
      design: { type: 'sobol', samples: 16 },
    }));
    expect(plan.runCount).toBe(16 * 5);
    for (let j = 0; j < 16; j++) {
      const [A, B, ...AB] = plan.points.slice(j * 5, j * 5 + 5);
      expect(A!.info).toEqual({ sobol_sample: j, sobol_matrix: 'A' });
      expect(B!.info.sobol_matrix).toBe('B');
      AB.forEach((p, i) => {
        expect(p.info.sobol_matrix).toBe(`AB${i + 1}`);
        for (const [k, key] of ['a', 'b', 'c'].entries()) expect(p.set[key]).toBe(k === i ? B!.set[key] : A!.set[key]);
      });
    }
  });
  // (With d = 1 the first two Sobol' dimensions meet on the diagonal in every block, so A = B there is unavoidable.)
  it('sobol: no base sample has A = B (d >= 2), and the A rows of N = 2^m points are balanced (one per 1/N stratum of each axis)', () => {
    for (const scramble of [false, true]) for (const d of [2, 3, 5]) for (const N of [2, 4, 16, 64]) {
      const ps = Array.from({ length: d }, (_, i) => ({ path: `p${i}`, min: 0, max: 1 }));
      const plan = expandDesign(spec({ parameters: ps, design: { type: 'sobol', samples: N, scramble } }));
      const per = d + 2;
      for (let j = 0; j < N; j++) {
        const A = plan.points[j * per]!.set, B = plan.points[j * per + 1]!.set;
        expect(ps.every((p) => A[p.path] === B[p.path]), `d=${d} N=${N} sample ${j}`).toBe(false);
      }
      for (const p of ps) {
        const strata = new Set(Array.from({ length: N }, (_, j) => Math.floor((plan.points[j * per]!.set[p.path] as number) * N)));
        expect(strata.size).toBe(N);
      }
    }
  });
  it('log-scale grid levels are exact decimals (1e9..1e11 in 3 levels gives 1e10)', () => {
    const plan = expandDesign(spec({ parameters: [{ path: 'a', min: 1e9, max: 1e11, log: true, levels: 3 }], design: { type: 'grid' } }));
    expect(plan.points.map((p) => p.set.a)).toEqual([1e9, 1e10, 1e11]);
  });
  it('morris: r(d+1) points, factor column names the moved parameter', () => {
    const plan = expandDesign(spec({
      parameters: [{ path: 'a', min: 0, max: 1 }, { path: 'b', values: [1, 2, 3, 4] }],
      design: { type: 'morris', trajectories: 10, levels: 4 },
    }));
    expect(plan.runCount).toBe(30);
    expect(plan.points.filter((p) => p.info.morris_step === 0).every((p) => p.info.morris_factor === '')).toBe(true);
    expect(new Set(plan.points.map((p) => p.info.morris_factor))).toEqual(new Set(['', 'a', 'b']));
  });
});

describe('fromUnit(parameter, u)', () => {
  it('covers the range: linear, log, integer and values lists', () => {
    expect(fromUnit({ path: 'x', min: 1, max: 3 }, 0.5)).toBe(2);
    expect(fromUnit({ path: 'x', min: 1, max: 100, log: true }, 0.5)).toBeCloseTo(10, 12);
    expect(fromUnit({ path: 'x', min: 1, max: 3, integer: true }, 0.999)).toBe(3);
    expect(fromUnit({ path: 'x', values: ['a', 'b'] }, 0.5)).toBe('b');
    expect(fromUnit({ path: 'x', values: ['a', 'b'] }, 1)).toBe('b');
  });
});

// scipy.stats.qmc.Sobol(64, scramble=False).random(4096)[row][dims]
const SCIPY: Record<number, number[]> = {
  7: [0.125,  0.625,  0.375,  0.875,  0.625,  0.875,  0.625,  0.125,  0.375,  0.375],
  100: [0.4140625,  0.2578125,  0.7734375,  0.6953125,  0.4609375,  0.3359375,  0.8984375,  0.1328125,  0.0703125,  0.6484375],
  1000: [0.2197265625,  0.0966796875,  0.5185546875,  0.0693359375,  0.0849609375,  0.7255859375,  0.3076171875,  0.4794921875,  0.7529296875,  0.4462890625],
  2047: [0.00048828125,  0.62744140625,  0.93115234375,  0.44580078125,  0.49853515625,  0.03662109375,  0.86572265625,  0.67626953125,  0.51611328125,  0.98876953125],
  4095: [0.000244140625,  0.941162109375,  0.334228515625,  0.246337890625,  0.569580078125,  0.521240234375,  0.165771484375,  0.227294921875,  0.680419921875,  0.553466796875],
};
