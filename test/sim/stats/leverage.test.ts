import { describe, expect, it } from 'vitest';
import { leverageCorrelation, mean } from '../../../sim/stats';
import { garchSeries, rngFor } from './series';

describe('leverageCorrelation', () => {
  it('is negative for an asymmetric (GJR) GARCH and near zero for a symmetric one', () => {
    const gjr = garchSeries(rngFor('lev-gjr'), 20_000, { omega: 1e-6, alpha: 0, beta: 0.85, gamma: 0.2 });
    const L = leverageCorrelation(gjr, 20);
    expect(L.length).toBe(20);
    expect(L[0]!).toBeLessThan(-0.04); // 2 / √n ≈ 0.014
    expect(mean(L)).toBeLessThan(-0.03);
    const sym = garchSeries(rngFor('lev-sym'), 20_000, { omega: 1e-6, alpha: 0.08, beta: 0.9 });
    const S = leverageCorrelation(sym, 20);
    expect(Math.abs(S[0]!)).toBeLessThan(0.03);
    expect(Math.abs(mean(S))).toBeLessThan(0.015);
  });

  it('matches a direct Pearson computation at lag 1', () => {
    const r = [0.01, -0.02, 0.015, -0.03, 0.005, 0.02];
    const x = r.slice(0, 5), y = r.slice(1).map((v) => v * v);
    const mx = x.reduce((a, b) => a + b) / 5, my = y.reduce((a, b) => a + b) / 5;
    let sxy = 0, sxx = 0, syy = 0;
    for (let i = 0; i < 5; i++) { sxy += (x[i]! - mx) * (y[i]! - my); sxx += (x[i]! - mx) ** 2; syy += (y[i]! - my) ** 2; }
    expect(leverageCorrelation(r, 1)[0]).toBeCloseTo(sxy / Math.sqrt(sxx * syy), 14);
  });
});
