import { describe, expect, it } from 'vitest';
import { drawdownSeries, logReturns, maxDrawdown, nelderMead, quantile, quantiles } from '../../../sim/stats';
import { gaussianSeries, rngFor } from './series';

describe('quantile, drawdown, returns and nelderMead', () => {
  it('quantiles interpolate like R type 7', () => {
    expect(quantiles([1, 2, 3, 4], [0, 0.25, 0.5, 1])).toEqual([1, 1.75, 2.5, 4]);
    expect(quantile([5, 1, 4, 2, 3], 0.25)).toBe(2);
    expect(quantile([], 0.5)).toBeNaN();
    const g = gaussianSeries(rngFor('quant'), 50_000);
    expect(quantile(g, 0.975)).toBeCloseTo(1.959964, 1);
  });

  it('maxDrawdown finds the worst peak-to-trough fall', () => {
    const d = maxDrawdown([100, 120, 60, 90, 130, 110]);
    expect(d).toEqual({ maxDrawdown: 0.5, peak: 1, trough: 2 });
    expect(Array.from(drawdownSeries([100, 50, 100]))).toEqual([0, 0.5, 0]);
    expect(logReturns([1, Math.E])[0]).toBe(1);
  });

  it('nelderMead minimises the Rosenbrock function', () => {
    const res = nelderMead(([a, b]) => 100 * (b! - a! * a!) ** 2 + (1 - a!) ** 2, [-1.2, 1], { maxIterations: 5000 });
    expect(res.converged).toBe(true);
    expect(res.x[0]).toBeCloseTo(1, 4);
    expect(res.x[1]).toBeCloseTo(1, 4);
  });
});
