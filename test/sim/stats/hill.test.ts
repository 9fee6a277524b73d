import { describe, expect, it } from 'vitest';
import { hill } from '../../../sim/stats';
import { gaussianSeries, paretoSeries, rngFor, studentTSeries } from './series';

describe('hill', () => {
  it('recovers α of an exact Pareto tail', () => {
    const x = paretoSeries(rngFor('hill-pareto'), 20_000, 2);
    const h = hill(x, { fraction: 0.05 });
    expect(h.k).toBe(1000);
    expect(h.alpha).toBeGreaterThan(2 - 3 * h.se);
    expect(h.alpha).toBeLessThan(2 + 3 * h.se);
  });

  it('gives α ≈ 3 on the top 2.5% of |r| for i.i.d. Student-t with ν = 3', () => {
    const x = studentTSeries(rngFor('hill-t3'), 40_000, 3);
    const h = hill(x);
    expect(h.k).toBe(1000);
    expect(h.alpha).toBeGreaterThan(2.6);
    expect(h.alpha).toBeLessThan(3.4);
  });

  it('separates the tails: a Gaussian tail looks much thinner, and lower/upper use one side only', () => {
    const g = gaussianSeries(rngFor('hill-gauss'), 40_000);
    expect(hill(g).alpha).toBeGreaterThan(4.5);
    // Losses drawn from t3, gains from a Gaussian: the loss tail is heavier.
    const t = studentTSeries(rngFor('hill-mixed'), 40_000, 3);
    const mixed = t.map((v, i) => (v < 0 ? v : Math.abs(g[i]!)));
    const lo = hill(mixed, { tail: 'lower' }), up = hill(mixed, { tail: 'upper' });
    expect(lo.alpha).toBeLessThan(3.5);
    expect(up.alpha).toBeGreaterThan(4.5);
  });

  it('returns NaN when the tail is too short', () => {
    expect(hill([1, 2], { k: 5 }).alpha).toBeNaN();
  });
});
