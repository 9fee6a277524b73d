// Properties of every design over random specs (fast-check; seed from FC_SEED when set).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { expandDesign } from '../../experiments/design/expand';
import { validateSpec } from '../../experiments/spec/load';

const seed = Number(process.env.FC_SEED ?? 42);
const range = fc.record({
  min: fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  width: fc.double({ min: 1e-3, max: 1e6, noNaN: true }),
  log: fc.boolean(),
  integer: fc.boolean(),
}).map(({ min, width, log, integer }) => {
  let lo = log ? Math.abs(min) + 1 : min, hi = lo + width;
  if (integer) { lo = Math.floor(lo); hi = Math.max(lo + 1, Math.ceil(hi)); }
  return { min: lo, max: hi, log, integer };
});
const params = fc.array(range, { minLength: 1, maxLength: 6 }).map((rs) => rs.map((r, i) => ({ path: `p${i}`, ...r })));
const within = (plan: ReturnType<typeof expandDesign>, ps: { path: string; min: number; max: number; integer: boolean }[]) =>
  plan.points.every((pt) => ps.every((p) => {
    const v = pt.set[p.path] as number;
    return v >= p.min && v <= p.max && (!p.integer || Number.isInteger(v));
  }));

describe(`designs over random parameter spaces (FC_SEED=${seed})`, () => {
  it('lhs, sobol and morris give N, N(d+2) and r(d+1) points (times replicates), all inside the ranges', () => {
    fc.assert(fc.property(params, fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 3 }), (ps, n, reps) => {
      const mk = (design: object) => expandDesign(validateSpec({ name: 'p', model: 'probe', seed: 1, replicates: reps, parameters: ps, design }).spec);
      const d = ps.length;
      const lhs = mk({ type: 'lhs', samples: n });
      const sob = mk({ type: 'sobol', samples: n + 1 });
      const mor = mk({ type: 'morris', trajectories: n + 1, levels: 4 });
      expect(lhs.runCount).toBe(n * reps);
      expect(sob.runCount).toBe((n + 1) * (d + 2) * reps);
      expect(mor.runCount).toBe((n + 1) * (d + 1) * reps);
      for (const plan of [lhs, sob, mor]) expect(within(plan, ps)).toBe(true);
    }), { seed, numRuns: 60 });
  });
  it('grid gives the product of the level counts, with both ends of every range present', () => {
    fc.assert(fc.property(params.filter((ps) => ps.length <= 3), fc.array(fc.integer({ min: 2, max: 5 }), { minLength: 3, maxLength: 3 }), (ps, levels) => {
      const withLevels = ps.map((p, i) => ({ ...p, levels: levels[i]! }));
      const plan = expandDesign(validateSpec({ name: 'g', model: 'probe', seed: 1, parameters: withLevels, design: { type: 'grid' } }).spec);
      expect(plan.runCount).toBe(withLevels.reduce((a, p) => a * p.levels, 1));
      for (const p of withLevels) {
        const vs = plan.points.map((pt) => pt.set[p.path] as number);
        expect(Math.min(...vs)).toBe(p.min);
        expect(Math.max(...vs)).toBe(p.max);
      }
    }), { seed, numRuns: 60 });
  });
});
