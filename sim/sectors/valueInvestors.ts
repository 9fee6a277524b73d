// Value investors: the price-setting holders (active managers, long/short funds, anyone who trades
// on valuation). Each day their demand for asset k is log-linear in its price around the open
// (Koijen & Yogo 2019; Gabaix & Koijen 2021):
//   V_k(x) = v_k · exp(−ζ_k,t · (x − x_open)),   x_open = f_k + g_k
// v_k their holdings at the open, f_k = ln F_k their valuation (where discount rates, durations, news
// and noise enter: market/prices.ts) and g_k the gap between price and valuation that past flows
// left: a flow that they absorb moves the price and the gap persists, fading toward the valuation
// with half-life anchorHalfLifeDays (their view of normal holdings adapts). ζ_k = ζ_market,k / s_k,
// s_k their share of the market at the start, so a flow of 1% of the market moves the price by about
// 1/ζ_market,k %. It falls as volatility rises, ζ_k,t = ζ_k · clamp(σ₀/σ_t, floor, 1) (price
// impact per dollar scales with volatility: the square-root law): depth falls in turbulence without
// repricing what is already held. They buy only with cash and a limited credit line.
import { ASSET_IDS, N_ASSETS } from '../ids';
import type { State } from '../state';
import { marketValue } from '../market/book';
import { drawFromIdle, payHouseholds } from '../agents/households';

const A = N_ASSETS;
const BE = ASSET_IDS.indexOf('broad_equity');
/** Largest log gap between price and valuation at the open (a factor of e either way). */
const MAX_GAP = 1;

/** σ₀/σ_t in [volFloor, 1]: how much thinner than normal a market is today. Price impact per dollar
 *  scales with volatility (the square-root law: ΔP/P = Y·σ·√(Q/V)), so depth scales with 1/σ.
 *  Liquidity dries up across markets together (commonality: Chordia, Roll & Subrahmanyam 2000;
 *  Brunnermeier & Pedersen 2009; Treasury depth fell with equity depth in March 2020, Fleming &
 *  Ruela 2020): the volatility ratio used is the larger of the market's own and 1 + c·(broad
 *  equity's − 1), c = holders.liquidityCommonality. Calm does not make a market deeper than
 *  normal: the elasticities are calibrated to normal times. */
export function depthFactor(s: State, k: number): number {
  const own = volRatio(s, k);
  const common = 1 + s.sc.holders.liquidityCommonality * (volRatio(s, BE) - 1);
  const ratio = own > common ? own : common;
  if (!(ratio > 1)) return 1;
  const r = 1 / ratio, floor = s.sc.holders.volFloor;
  return r < floor ? floor : r;
}

/** σ_t/σ₀ of asset k (today's EWMA volatility over its normal daily volatility). */
function volRatio(s: State, k: number): number {
  const sig0 = s.sc.assets[ASSET_IDS[k]!].dailyVol;
  return sig0 > 0 ? Math.sqrt(s.ewVar[k]!) / sig0 : 1;
}

/** At the open, before any clearing: today's elasticities, and the holdings their demand curve is
 *  centred on (at the opening price they want what they hold). */
export function openValueInvestors(s: State): void {
  const h = s.hold;
  for (let k = 1; k < A; k++) {
    h.valueZeta[k] = h.valueZeta0[k]! * depthFactor(s, k);
    h.valueOpen[k] = s.units[s.sec.value * A + k]!;
  }
}

/** The opening log price: today's valuation plus yesterday's closing gap, faded by a day of anchoring. */
export function restingLogPrice(s: State, k: number): number {
  const fade = 1 - Math.LN2 / s.sc.holders.anchorHalfLifeDays;
  const g = s.mis[k]! * fade;
  return s.lnF[k]! + (g > MAX_GAP ? MAX_GAP : g < -MAX_GAP ? -MAX_GAP : g);
}

/** What value investors can spend this round, USD: cash plus a credit line (prime brokerage) of
 *  creditLineShare of their holdings. Beyond it they stop buying. */
export function valueBudget(s: State): number {
  const i = s.sec.value;
  return Math.max(0, s.cash[i]! + s.sc.holders.value.creditLineShare * marketValue(s, i, true));
}


/** Value investors' capital comes from households: each day they close 1/refillDays of the gap
 *  between their cash and its normal share of their holdings, drawing on households' idle deposits
 *  when short (at most 1% of them a day) and paying households back when long. When idle money is
 *  gone, the refill stops: the price-setters' buying power is what crowding-out uses up. Returns
 *  the net USD drawn from households (< 0 paid back). */
export function valueFunding(s: State): number {
  const i = s.sec.value, hv = s.sc.holders.value;
  const gap = (hv.cashShare * marketValue(s, i, true) - s.cash[i]!) / hv.refillDays;
  return gap > 1e6 ? drawFromIdle(s, i, gap, 0.01) : gap < -1e6 ? -payHouseholds(s, i, -gap) : 0;
}
