import { describe, expect, it } from 'vitest';
import { acf, ljungBox } from '../../../sim/stats';
import { ar1Series, gaussianSeries, rngFor } from './series';

describe('acf and Ljung–Box', () => {
  it('acf of an alternating series and of an AR(1) has the known values', () => {
    const a = acf([1, -1, 1, -1], 2);
    expect(a[0]).toBe(1);
    expect(a[1]).toBeCloseTo(-0.75, 15);
    expect(a[2]).toBeCloseTo(0.5, 15);
    const x = ar1Series(rngFor('acf-ar1'), 20_000, 0.6);
    const r = acf(x, 3);
    expect(r[1]).toBeCloseTo(0.6, 1);
    expect(r[2]).toBeCloseTo(0.36, 1);
    expect(r[3]).toBeCloseTo(0.216, 1);
  });

  it('Ljung–Box Q matches the formula and rejects at the nominal 5% rate on i.i.d. Gaussian series', () => {
    const rng = rngFor('lb-size');
    const trials = 600;
    let rejected = 0, below = 0;
    for (let s = 0; s < trials; s++) {
      const x = gaussianSeries(rng, 500);
      const { pValue, df } = ljungBox(x, 20);
      expect(df).toBe(20);
      if (pValue < 0.05) rejected++;
      if (pValue < 0.5) below++;
    }
    // Binomial(600, 0.05): sd ≈ 0.9 percentage points.
    expect(rejected / trials).toBeGreaterThan(0.025);
    expect(rejected / trials).toBeLessThan(0.085);
    expect(below / trials).toBeGreaterThan(0.44);
    expect(below / trials).toBeLessThan(0.56);
  });

  it('Ljung–Box rejects an AR(1) with φ = 0.3 (power) and honours fitdf', () => {
    const rng = rngFor('lb-power');
    let rejected = 0;
    for (let s = 0; s < 100; s++) if (ljungBox(ar1Series(rng, 500, 0.3), 20).pValue < 0.05) rejected++;
    expect(rejected).toBeGreaterThanOrEqual(98);
    const x = gaussianSeries(rngFor('lb-fitdf'), 300);
    const a = ljungBox(x, 10), b = ljungBox(x, 10, 2);
    expect(b.q).toBe(a.q);
    expect(b.df).toBe(8);
    expect(b.pValue).toBeLessThan(a.pValue);
  });
});
