import { describe, expect, it } from 'vitest';
import { pearson, rollingCorrelation } from '../../../sim/stats';
import { gaussian, rngFor } from './series';

describe('pearson and rollingCorrelation', () => {
  it('pearson matches a hand computation and is ±1 on exact linear relations', () => {
    expect(pearson([1, 2, 3], [2, 4, 7])).toBeCloseTo(0.9933992677987828, 14);
    expect(pearson([1, 2, 3, 4], [8, 6, 4, 2])).toBeCloseTo(-1, 15);
    expect(pearson([1, 1, 1], [1, 2, 3])).toBeNaN();
  });

  it('recovers ρ = 0.6 of correlated Gaussians and the rolling version tracks a regime change', () => {
    const rng = rngFor('corr');
    const n = 4000, x = new Float64Array(n), y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const rho = i < n / 2 ? 0 : 0.9;
      x[i] = gaussian(rng);
      y[i] = rho * x[i]! + Math.sqrt(1 - rho * rho) * gaussian(rng);
    }
    expect(pearson(x.subarray(2000), y.subarray(2000))).toBeCloseTo(0.9, 1);
    const roll = rollingCorrelation(x, y, 250);
    expect(roll[248]).toBeNaN();
    expect(roll[249]).toBeCloseTo(pearson(x.subarray(0, 250), y.subarray(0, 250)), 14);
    expect(Math.abs(roll[1999]!)).toBeLessThan(0.2);
    expect(roll[3999]!).toBeGreaterThan(0.85);
  });
});
