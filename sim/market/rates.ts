// Rates (sources: docs/CALIBRATION.md): the 10y yield is expected policy + term premium + a share of the funding
// spread; the cost of capital is expected policy + term premium + the whole spread; credit spreads
// widen with the funding spread by rating (C12) and with realised equity volatility.
import { assetIndex } from '../ids';
import type { State } from '../state';

const BE = assetIndex('broad_equity');

/** `anchor` = the mean announced policy path ahead (market expectations); stance adjustments
 *  (tightening hikes) are expected to persist. Expectations move toward it with a half-life. */
export function updateRates(s: State, anchor: number): void {
  const r = s.sc.rates;
  const a = Math.LN2 / r.expectationHalfLifeDays;
  s.expPolicy += (anchor + s.policyAdj - s.expPolicy) * a;
  s.termPremium = r.termPremium0 + r.termPremiumPer100B * (s.netDurationSupply / 1e11) + s.tpShock;
  s.y10 = s.expPolicy + s.termPremium + r.passThrough10y * s.spread;
  s.coc = s.expPolicy + s.termPremium + s.spread;
  const volAnn = Math.sqrt(s.ewVar[BE]! * 252);
  const excessVol = Math.max(0, volAnn - 0.15);
  s.igSpread = r.igSpread0 + r.igBeta * s.spread + r.igVolBeta * excessVol;
  s.hySpread = r.hySpread0 + r.hyBeta * s.spread + r.hyVolBeta * excessVol;
}
