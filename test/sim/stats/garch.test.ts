import { describe, expect, it } from 'vitest';
import { excessKurtosis, garchFit, garchResiduals } from '../../../sim/stats';
import { garchSeries, gaussianSeries, rngFor, studentTSeries } from './series';

describe('garchFit', () => {
  it('recovers α = 0.08, β = 0.9 (persistence 0.98) from a simulated GARCH(1,1)', () => {
    const r = garchSeries(rngFor('garch-fit'), 5000, { omega: 2e-6, alpha: 0.08, beta: 0.9 });
    const fit = garchFit(r);
    expect(fit.persistence).toBeGreaterThan(0.96);
    expect(fit.persistence).toBeLessThan(0.995);
    expect(fit.alpha).toBeGreaterThan(0.05);
    expect(fit.alpha).toBeLessThan(0.11);
    expect(fit.omega).toBeGreaterThan(0);
    // Standardized residuals of a Gaussian GARCH are Gaussian again.
    expect(Math.abs(excessKurtosis(garchResiduals(r, fit)))).toBeLessThan(0.3);
  });

  it('finds no clustering in i.i.d. noise: α small, heavy tails survive in the residuals', () => {
    const g = garchFit(gaussianSeries(rngFor('garch-iid'), 3000));
    expect(g.alpha).toBeLessThan(0.05);
    const t = studentTSeries(rngFor('garch-t'), 3000, 5);
    const ft = garchFit(t);
    expect(excessKurtosis(garchResiduals(t, ft))).toBeGreaterThan(1);
  });

  it('is deterministic', () => {
    const r = garchSeries(rngFor('garch-det'), 1000, { omega: 2e-6, alpha: 0.1, beta: 0.85 });
    expect(garchFit(r)).toEqual(garchFit(r));
  });
});
