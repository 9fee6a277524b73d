import { describe, expect, it } from 'vitest';
import { absAcfDecay, powerLawFit } from '../../../sim/stats';
import { garchSeries, gaussianSeries, rngFor } from './series';

describe('powerLawFit and absAcfDecay', () => {
  it('recovers the exponent of an exact power law and skips non-positive points', () => {
    const lags = Array.from({ length: 100 }, (_, i) => i + 1);
    const fit = powerLawFit(lags, lags.map((t) => 0.3 * t ** -0.25));
    expect(fit.exponent).toBeCloseTo(0.25, 12);
    expect(fit.prefactor).toBeCloseTo(0.3, 12);
    expect(fit.r2).toBeCloseTo(1, 12);
    const withGaps = powerLawFit([1, 2, 3, 4], [1, -0.1, 1 / 9, 0]);
    expect(withGaps.used).toBe(2);
    expect(withGaps.exponent).toBeCloseTo(2, 12);
  });

  it('GARCH returns have a positive, decaying |r| autocorrelation; i.i.d. noise has none', () => {
    const r = garchSeries(rngFor('vc-garch'), 20_000, { omega: 1e-6, alpha: 0.08, beta: 0.9 });
    const { acf, fit } = absAcfDecay(r, 100);
    expect(acf.length).toBe(101);
    for (let k = 1; k <= 50; k++) expect(acf[k]!).toBeGreaterThan(0);
    expect(acf[1]!).toBeGreaterThan(0.15);
    expect(acf[100]!).toBeLessThan(acf[1]!);
    expect(fit.exponent).toBeGreaterThan(0.2);
    const g = absAcfDecay(gaussianSeries(rngFor('vc-gauss'), 20_000), 20);
    for (let k = 1; k <= 20; k++) expect(Math.abs(g.acf[k]!)).toBeLessThan(0.035);
  });
});
