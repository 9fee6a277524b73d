import { describe, expect, it } from 'vitest';
import { chiSquareCdf, chiSquareSf, logGamma, regularizedGammaP, regularizedGammaQ } from '../../../sim/stats';

describe('gamma and chi-square', () => {
  it('logGamma matches ln((n−1)!) and Γ(1/2) = √π', () => {
    expect(logGamma(1)).toBeCloseTo(0, 14);
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 13);
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 13);
    expect(logGamma(101)).toBeCloseTo(363.73937555556347, 10); // ln(100!)
    expect(logGamma(1e-3)).toBeCloseTo(6.907178885383854, 10); // R: lgamma(0.001)
    expect(logGamma(0)).toBeNaN();
  });

  it('P(1, x) = 1 − e^−x and P + Q = 1 in both evaluation regimes', () => {
    for (const x of [0.01, 0.5, 1, 2, 5, 30]) {
      expect(regularizedGammaP(1, x)).toBeCloseTo(1 - Math.exp(-x), 14);
      expect(regularizedGammaQ(1, x)).toBeCloseTo(Math.exp(-x), 14);
    }
    for (const a of [0.5, 3, 10, 50]) for (const x of [0.1, a * 0.8, a + 1.5, a * 3]) {
      expect(regularizedGammaP(a, x) + regularizedGammaQ(a, x)).toBeCloseTo(1, 13);
    }
    expect(regularizedGammaP(2, 0)).toBe(0);
    expect(regularizedGammaQ(2, Infinity)).toBe(0);
  });

  it('chi-square tail probabilities match the standard table (R qchisq)', () => {
    expect(chiSquareSf(3.841458820694124, 1)).toBeCloseTo(0.05, 12);
    expect(chiSquareSf(31.410432844230918, 20)).toBeCloseTo(0.05, 12);
    expect(chiSquareSf(37.56623478662507, 20)).toBeCloseTo(0.01, 12);
    expect(chiSquareSf(10, 2)).toBeCloseTo(Math.exp(-5), 14);
    expect(chiSquareCdf(18.307038053275146, 10)).toBeCloseTo(0.95, 12);
    expect(chiSquareSf(400, 20)).toBeGreaterThan(0);
    expect(chiSquareSf(400, 20)).toBeLessThan(1e-70);
  });
});
