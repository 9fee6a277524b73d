// How hyperscalers' capex and operating cash flow respond around their guidance (a q-type response:
// Tobin 1969; Hayashi 1982; Philippon 2009; docs/CALIBRATION.md `hyperscaler.response`).
// - q proxy: AI hardware's price relative to a slow reference, the EWMA of its log close (span
//   `smoothingDays`) less its mean log close over the last `referenceDays`, over simulated closes
//   only. Guidance is set at the prices of the recent past, so only the move away from them revises it.
// - User cost: the name's marginal funding cost (10y + its credit spread: the yield on the bonds it
//   issues at the margin, as in Gilchrist & Zakrajšek 2007), smoothed over `smoothingDays`, above
//   the cost at which the guidance was set (`referenceCost`).
// Capex = guidance × exp(priceElasticity·signal − costSemiElasticity·cost gap), OCF = path ×
// exp(ocfElasticity·signal), both within [minFactor, maxFactor]. With the elasticities at 0 both
// factors are exactly 1 and the plan is the guidance bit for bit.
import { CLASS_IDS, assetIndex } from '../ids';
import { exp } from '../math';
import type { State } from '../state';
import { P, S } from '../state';
import { lastHist } from '../market/prices';

const HS = CLASS_IDS.indexOf('hyperscaler');
const AI = assetIndex('ai_hardware');

/** The name's marginal funding cost today: 10y + its credit spread (HY for the weak names). */
export function marginalFundingCost(s: State, i: number): number {
  return s.y10 + (s.par[i * P + 2]! > 0.5 ? s.hySpread : s.igSpread);
}

/** The cost at which the guidance was set, for the name's rating. */
function referenceCost(s: State, i: number): number {
  const ref = s.sc.hyperscaler.response.referenceCost;
  return s.par[i * P + 2]! > 0.5 ? ref.hy : ref.ig;
}

/** AI hardware's smoothed log price less its slow reference, from closes up to yesterday (0 until
 *  there are two closes). */
export function aiPriceSignal(s: State): number {
  const r = s.sc.hyperscaler.response;
  const n = Math.min(s.t, r.referenceDays);
  if (n < 2) return 0;
  const keep = 1 - 2 / (r.smoothingDays + 1);
  let w = 1, wsum = 0, fast = 0, slow = 0;
  for (let lag = 1; lag <= n; lag++) {
    const lp = lastHist(s, AI, lag);
    fast += w * lp; wsum += w; w *= keep;
    slow += lp;
  }
  return fast / wsum - slow / n;
}

const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

/** Capex relative to guidance for name i, given today's price signal. */
export function capexResponse(s: State, i: number, signal: number): number {
  const r = s.sc.hyperscaler.response;
  return clamp(exp(r.priceElasticity * signal - r.costSemiElasticity * s.st[i * S + 2]!), r.minFactor, r.maxFactor);
}

/** Operating cash flow relative to its path: AI demand feeds cloud revenue. */
export function ocfResponse(s: State, signal: number): number {
  const r = s.sc.hyperscaler.response;
  return clamp(exp(r.ocfElasticity * signal), r.minFactor, r.maxFactor);
}

/** After today's rates: each name's funding cost above its reference, smoothed (state slot 2). */
export function smoothFundingCost(s: State): void {
  const a = 2 / (s.sc.hyperscaler.response.smoothingDays + 1);
  for (let i = s.classStart[HS]!; i < s.classEnd[HS]!; i++) {
    const gap = marginalFundingCost(s, i) - referenceCost(s, i);
    s.st[i * S + 2] += (gap - s.st[i * S + 2]!) * a;
  }
}
