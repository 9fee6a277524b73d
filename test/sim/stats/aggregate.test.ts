import { describe, expect, it } from 'vitest';
import { aggregate, kurtosisByHorizon } from '../../../sim/stats';
import { gaussianSeries, rngFor, studentTSeries } from './series';

describe('aggregate and kurtosisByHorizon', () => {
  it('sums non-overlapping blocks and drops a partial one', () => {
    expect(Array.from(aggregate([1, 2, 3, 4, 5], 2))).toEqual([3, 7]);
  });

  it('kurtosis of aggregated i.i.d. Student-t(6) falls with the horizon, about as 3/h', () => {
    const r = studentTSeries(rngFor('agg-t6'), 105_000, 6);
    const [k1, k5, k21] = kurtosisByHorizon(r);
    expect(k1!.h).toBe(1);
    expect(k21!.n).toBe(5000);
    expect(k1!.kurtosis).toBeGreaterThan(1.8);
    expect(k5!.kurtosis).toBeLessThan(k1!.kurtosis);
    expect(k21!.kurtosis).toBeLessThan(k5!.kurtosis);
    expect(k5!.kurtosis).toBeGreaterThan(0.2);
    expect(k5!.kurtosis).toBeLessThan(1.2);
    expect(Math.abs(k21!.kurtosis)).toBeLessThan(0.45);
  });

  it('a Gaussian series shows no excess kurtosis at any horizon', () => {
    for (const k of kurtosisByHorizon(gaussianSeries(rngFor('agg-g'), 105_000))) expect(Math.abs(k.kurtosis)).toBeLessThan(0.25);
  });
});
