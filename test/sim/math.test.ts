// sim/math.ts must agree with the engine's Math functions to within 1 ulp (in V8 it is in fact the
// same fdlibm algorithm, so most values match exactly) and be exact on special values.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { exp, log, pow, tanh } from '../../sim/math';

const f64 = new Float64Array(1);
const i64 = new BigInt64Array(f64.buffer);
/** Distance in units in the last place between two finite doubles of the same sign. */
function ulps(a: number, b: number): number {
  if (Object.is(a, b)) return 0;
  if (Number.isNaN(a) || Number.isNaN(b)) return Infinity;
  f64[0] = a; const ia = i64[0]!;
  f64[0] = b; const ib = i64[0]!;
  if ((ia < 0n) !== (ib < 0n)) return a === b ? 0 : Infinity;
  const d = ia > ib ? ia - ib : ib - ia;
  return Number(d);
}

const anyDouble = fc.double({ noNaN: true });
const seed = Number(process.env.FC_SEED ?? 20260301);

describe(`math (fast-check seed ${seed})`, () => {
  it('exp(x) is within 1 ulp of Math.exp(x) on the whole line', () => {
    fc.assert(fc.property(fc.double({ min: -760, max: 720, noNaN: true }), (x) => ulps(exp(x), Math.exp(x)) <= 1), { seed, numRuns: 20000 });
    fc.assert(fc.property(anyDouble, (x) => ulps(exp(x), Math.exp(x)) <= 1), { seed, numRuns: 5000 });
  });

  it('log(x) is within 1 ulp of Math.log(x) for positive doubles including subnormals', () => {
    fc.assert(fc.property(fc.double({ min: 0, noNaN: true }), (x) => ulps(log(x), Math.log(x)) <= 1), { seed, numRuns: 20000 });
    fc.assert(fc.property(fc.double({ min: 0.5, max: 2, noNaN: true }), (x) => ulps(log(x), Math.log(x)) <= 1), { seed, numRuns: 20000 });
  });

  it('exp and log agree with Math on a dense grid and are mostly bit-identical', () => {
    let same = 0, n = 0;
    let worst = 0;
    for (let x = -50; x <= 50; x += 0.001237) {
      const y = Math.abs(x) + 1e-9;
      worst = Math.max(worst, ulps(exp(x), Math.exp(x)), ulps(log(y), Math.log(y)));
      if (exp(x) === Math.exp(x) && log(y) === Math.log(y)) same++;
      n++;
    }
    expect(worst).toBeLessThanOrEqual(1);
    expect(same / n).toBeGreaterThan(0.99);
  });

  it('exp is exact on special values', () => {
    expect(exp(0)).toBe(1);
    expect(Object.is(exp(-0), 1)).toBe(true);
    expect(exp(1)).toBe(Math.E);
    expect(exp(Infinity)).toBe(Infinity);
    expect(exp(-Infinity)).toBe(0);
    expect(exp(NaN)).toBeNaN();
    expect(exp(710)).toBe(Infinity);
    expect(exp(709.782712893384)).toBe(Math.exp(709.782712893384));
    expect(exp(-745.2)).toBe(0);
    expect(exp(-745.1)).toBe(5e-324); // smallest subnormal
    expect(exp(-740)).toBe(Math.exp(-740)); // subnormal result path (k < -1021)
    expect(exp(1e-300)).toBe(1);
    expect(exp(5e-324)).toBe(1);
    expect(exp(-1e-20)).toBe(1);
    expect(exp(Math.LN2)).toBe(2);
  });

  it('log is exact on special values', () => {
    expect(Object.is(log(1), 0)).toBe(true);
    expect(log(0)).toBe(-Infinity);
    expect(log(-0)).toBe(-Infinity);
    expect(log(-1)).toBeNaN();
    expect(log(-Infinity)).toBeNaN();
    expect(log(NaN)).toBeNaN();
    expect(log(Infinity)).toBe(Infinity);
    expect(log(Math.E)).toBe(1);
    expect(log(2)).toBe(Math.LN2);
    expect(log(10)).toBe(Math.LN10);
    expect(log(5e-324)).toBe(Math.log(5e-324));
    expect(log(2.2250738585072014e-308)).toBe(Math.log(2.2250738585072014e-308));
    expect(log(Number.MAX_VALUE)).toBe(Math.log(Number.MAX_VALUE));
    expect(log(1 + Number.EPSILON)).toBe(Math.log(1 + Number.EPSILON)); // eps - eps²/2, exactly representable
  });

  it('pow(a, b) = exp(b log a) is close to Math.pow for moderate arguments', () => {
    fc.assert(fc.property(fc.double({ min: 1e-6, max: 1e6, noNaN: true }), fc.double({ min: -10, max: 10, noNaN: true }),
      (a, b) => Math.abs(pow(a, b) / Math.pow(a, b) - 1) < 1e-13), { seed, numRuns: 5000 });
    expect(pow(2, 10)).toBe(1024);
    expect(pow(5, 0)).toBe(1);
    expect(pow(1, 1e308)).toBe(1);
    expect(pow(0, 2)).toBe(0);
    expect(pow(0, -1)).toBe(Infinity);
    expect(pow(-2, 2)).toBeNaN();
    expect(pow(NaN, 2)).toBeNaN();
  });

  it('tanh is within 3 ulp of Math.tanh, odd, bounded, and exact at 0, +-inf and NaN', () => {
    fc.assert(fc.property(fc.double({ min: -30, max: 30, noNaN: true }), (x) => ulps(tanh(x), Math.tanh(x)) <= 3 && tanh(-x) === -tanh(x) && Math.abs(tanh(x)) <= 1), { seed, numRuns: 20000 });
    fc.assert(fc.property(fc.double({ min: -1e-3, max: 1e-3, noNaN: true }), (x) => ulps(tanh(x), Math.tanh(x)) <= 3), { seed, numRuns: 5000 });
    expect(Object.is(tanh(0), 0)).toBe(true);
    expect(Object.is(tanh(-0), -0)).toBe(true);
    expect(tanh(Infinity)).toBe(1);
    expect(tanh(-Infinity)).toBe(-1);
    expect(tanh(NaN)).toBeNaN();
    expect(tanh(1e-300)).toBe(1e-300);
  });
});
