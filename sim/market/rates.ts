// Rates (sources: docs/CALIBRATION.md): the 10y yield is expected policy + term premium + a share of the funding
// spread; the cost of capital is expected policy + term premium + the whole spread; credit spreads
// widen with the funding spread by rating (C12) and with realised equity volatility.
import { assetIndex } from '../ids';
import type { State } from '../state';

const BE = assetIndex('broad_equity');

/** The anchor of expectations at t, from what is known at t: the policy rule's mean path over two
 *  years from today's rate (inertial Taylor-type rule on observed inflation and the output gap),
 *  blended with the latest announced path (dated guidance) when there is one. */
export function expectationAnchor(s: State, guidanceMean: number, inflation: number, gap: number): number {
  const r = s.sc.rates, u = r.rule;
  const now = s.policy + s.policyAdj;
  const target = u.neutralReal + inflation + u.phiPi * (inflation - u.inflationTarget) + u.phiGap * gap;
  // Mean of target + (now − target)·ρ^(h/63) over h = 0..503 trading days: 8 quarters.
  let w = 0, rho = 1;
  for (let q = 0; q < 8; q++) { w += rho; rho *= u.inertiaQuarterly; }
  const ruleMean = target + (now - target) * (w / 8);
  return Number.isNaN(guidanceMean) ? ruleMean : r.guidanceWeight * (guidanceMean + s.policyAdj) + (1 - r.guidanceWeight) * ruleMean;
}

/** `anchor` = the expected mean policy rate ahead (expectationAnchor); stance adjustments
 *  (tightening hikes) are expected to persist. Expectations move toward it with a half-life. */
export function updateRates(s: State, anchor: number): void {
  const r = s.sc.rates;
  const a = Math.LN2 / r.expectationHalfLifeDays;
  s.expPolicy += (anchor - s.expPolicy) * a;
  s.termPremium = r.termPremium0 + r.termPremiumPer100B * (s.netDurationSupply / 1e11) + s.tpShock;
  s.y10 = s.expPolicy + s.termPremium + r.passThrough10y * s.spread;
  s.coc = s.expPolicy + s.termPremium + s.spread;
  const volAnn = Math.sqrt(s.ewVar[BE]! * 252);
  const excessVol = Math.max(0, volAnn - 0.15);
  s.igSpread = r.igSpread0 + r.igBeta * s.spread + r.igVolBeta * excessVol;
  s.hySpread = r.hySpread0 + r.hyBeta * s.spread + r.hyVolBeta * excessVol;
}
