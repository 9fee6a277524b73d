import { describe, expect, it } from 'vitest';
import { excessKurtosis, mean, skewness, stdev, variance } from '../../../sim/stats';
import { gaussianSeries, rngFor, studentTSeries } from './series';

describe('moments', () => {
  it('mean, variance and stdev match hand-computed values', () => {
    expect(mean([1, 2, 3, 4])).toBe(2.5);
    expect(variance([1, 2, 3, 4])).toBeCloseTo(5 / 3, 15);
    expect(stdev([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(Math.sqrt(32 / 7), 14);
    expect(mean([])).toBeNaN();
    expect(variance([1])).toBeNaN();
  });

  it('skewness and excess kurtosis match R e1071 type 1 on a small sample', () => {
    // Population central moments of x = (1, 2, 3, 10), computed directly.
    const x = [1, 2, 3, 10];
    const m = 4, d = x.map((v) => v - m);
    const m2 = d.reduce((s, v) => s + v * v, 0) / 4;
    const m3 = d.reduce((s, v) => s + v ** 3, 0) / 4;
    const m4 = d.reduce((s, v) => s + v ** 4, 0) / 4;
    expect(skewness(x)).toBeCloseTo(m3 / m2 ** 1.5, 14);
    expect(excessKurtosis(x)).toBeCloseTo(m4 / m2 ** 2 - 3, 14);
    expect(skewness(x)).toBeGreaterThan(0);
  });

  it('a Gaussian sample has skewness ≈ 0 and excess kurtosis ≈ 0; Student-t(6) has excess kurtosis ≈ 3', () => {
    const g = gaussianSeries(rngFor('moments-gauss'), 100_000);
    expect(Math.abs(skewness(g))).toBeLessThan(0.03); // se √(6/n) ≈ 0.008
    expect(Math.abs(excessKurtosis(g))).toBeLessThan(0.06); // se √(24/n) ≈ 0.015
    const t = studentTSeries(rngFor('moments-t6'), 100_000, 6);
    expect(excessKurtosis(t)).toBeGreaterThan(1.8);
    expect(excessKurtosis(t)).toBeLessThan(4.5);
  });
});
