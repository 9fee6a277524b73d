// Valuation and the open, docs/MODEL.md "Prices":
//   Δln F_k = −D_k·Δr_k + ½·C_k·Δr_k² + carry_k + drift_k + news_k + ε_k     (value investors' valuation)
// ε_k has a common factor and stochastic volatility (log-vol AR(1) with a leverage-effect term).
// Discount rates and durations enter only here, in the elastic investors' valuation. The price is
// set by clearing (market/clearing.ts): at the open, the price at which value investors want what
// they hold, ln P_k = ln F_k − ln(v_k/B_k)/ζ_k (sectors/valueInvestors.ts); then each round's orders.
import { ASSET_IDS, N_ASSETS, assetIndex } from '../ids';
import { exp, log } from '../math';
import type { State } from '../state';
import { HIST } from '../state';

const A = N_ASSETS;
/** EWMA weight of the variance margins are set on: a month's half-life (margin models look back
 *  further than a trader's RiskMetrics 0.94: CME SPAN and prime brokers' VaR use months of data). */
export const MARGIN_LAMBDA = 0.97;
const BE = assetIndex('broad_equity');

/** Discount-rate change seen by each asset today. */
export function rateChanges(s: State, prev: { policy: number; y10: number; coc: number; ig: number; hy: number }, out: Float64Array): void {
  const dPolicy = s.policy + s.policyAdj - prev.policy;
  const dY = s.y10 - prev.y10, dC = s.coc - prev.coc;
  for (let k = 0; k < A; k++) {
    const id = ASSET_IDS[k]!;
    out[k] = id === 'tbills' ? dPolicy : id === 'treasuries' ? dY
      : id === 'ig_credit' ? dY + (s.igSpread - prev.ig) : id === 'hy_credit' ? dY + (s.hySpread - prev.hy) : dC;
  }
}

/** Open the day: revalue the valuation with rates, news and noise; the opening price is set by the
 *  holders (model.ts: restingLogPrice). */
export function openPrices(s: State, dr: Float64Array, news: Float64Array, noiseScale: number): void {
  const sc = s.sc, rng = s.rng;
  const phi = sc.noise.volPersistence, eta = sc.noise.volOfVol;
  // h is AR(1) with stationary variance V = η²/(1−φ²); exp(h − V) has E[exp(2(h − V))] = 1, so the
  // noise variance averages dailyVol² (the leverage term adds a little on top).
  const volNorm = (eta * eta) / (1 - phi * phi);
  const zCommon = rng.normal(), zVol = rng.normal();
  // Yesterday's standardized common-factor return drives the leverage effect.
  const lastRet = lastHist(s, BE, 1) - lastHist(s, BE, 2);
  const zRet = lastRet / Math.sqrt(s.ewVar[BE]!);
  for (let k = 0; k < A; k++) {
    const a = sc.assets[ASSET_IDS[k]!];
    s.logVol[k] = phi * s.logVol[k]! + eta * (0.8 * zVol + 0.6 * rng.normal()) + sc.noise.leverageFeedback * zRet * (1 - phi) * 10;
    const sig = a.dailyVol * exp(s.logVol[k]! - volNorm) * (1 + s.volShock) * noiseScale;
    const c = a.commonFactor;
    const eps = sig * (c * zCommon + Math.sqrt(1 - c * c) * rng.normal());
    const d = dr[k]!;
    // Treasury bills and coupons pay their interest in cash (sectors/treasury.ts), so their prices
    // carry none; credit's coupons are not paid in cash and accrue in the price.
    const carry = k === 2 || k === 3 ? yieldOf(s, k) / 252 : 0;
    s.lnF[k] += -a.duration * d + 0.5 * a.convexity * d * d + carry + a.driftAnnual / 252 + news[k]! + eps;
  }
}

export function yieldOf(s: State, k: number): number {
  return k === 1 ? s.y10 : k === 2 ? s.y10 + s.igSpread : s.y10 + s.hySpread;
}

/** Close the day: the last round's price is the close; volatility and history update. */
export function closePrices(s: State): void {
  const row = (s.t % HIST) * A;
  for (let k = 0; k < A; k++) {
    const lp = log(s.price[k]!);
    s.mis[k] = lp - s.lnF[k]!;
    const r = lp - log(s.prevClose[k]!);
    s.ewVar[k] = 0.94 * s.ewVar[k]! + 0.06 * r * r;
    s.marginVar[k] = MARGIN_LAMBDA * s.marginVar[k]! + (1 - MARGIN_LAMBDA) * r * r;
    s.lnHist[row + k] = lp;
    if (s.price[k]! > s.peak[k]!) s.peak[k] = s.price[k]!;
  }
}

/** ln price `lag` closes ago (lag ≥ 1 = yesterday's close when called before today's close). */
export function lastHist(s: State, k: number, lag: number): number {
  const idx = (((s.t - lag) % HIST) + HIST) % HIST;
  return s.lnHist[idx * A + k]!;
}
