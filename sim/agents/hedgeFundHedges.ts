// Hedge funds' short futures hedges (docs/MODEL.md "Hedge funds"). A fund's hedge on asset k is a
// short futures position of hedge_k × its long units. Bond futures (Treasuries, and the credit
// hedges: CDX and Treasury futures) do not carry the cash market's sudden selling pressure: their
// longs are asset managers, who hold them without dealer balance sheet (Barth & Kahn 2021; CFTC
// Traders in Financial Futures). The futures price is the valuation plus the slow part of the
// clearing gap, ln F = ln V + gap_slow (gap_slow: an EWMA of the gap with a half-life of
// basisHalfLifeDays), so the cash–futures basis is the gap's fast part: it opens when cash bonds
// are dumped on dealers and value investors and closes as arbitrage catches up. A hedged fund loses
// when the basis widens: the March 2020 basis unwind (Schrimpf, Shin & Sushko 2020). Equity futures
// track the cash price (index arbitrage is cheap).
// Variation margin is paid daily at the close between the funds and their counterparties, the
// futures' longs (s.sec.futures: asset managers' synthetic exposure). That account keeps its
// balance and trades nothing: the longs hold futures for exposure, and reinvesting their margin in
// the cash markets would feed every move back into itself. The futures' implied financing rate is
// the one the fund pays on its debt, so a hedged position carries nothing: its P&L is the basis.
import { CLASS_IDS, N_ASSETS, assetIndex } from '../ids';
import { exp, pow } from '../math';
import type { State } from '../state';
import { pay } from '../market/book';

const A = N_ASSETS;
const HF = CLASS_IDS.indexOf('hedge_fund');
const TR = assetIndex('treasuries'), HY = assetIndex('hy_credit');
const PAR = 100;

/** Today's futures price of asset k. */
export function futuresPrice(s: State, k: number): number {
  return k >= TR && k <= HY ? exp(s.lnF[k]! + s.gapSlow[k]!) : s.price[k]!;
}

/** The close: the slow part of each bond market's clearing gap follows the gap (after closePrices). */
export function updateSlowGap(s: State): void {
  const a = 1 - pow(0.5, 1 / s.sc.hedge_fund.basisHalfLifeDays);
  for (let k = TR; k <= HY; k++) s.gapSlow[k] += (s.mis[k]! - s.gapSlow[k]!) * a;
}

/** Set every futures reference to today's futures price (start of a run). */
export function resetFutures(s: State): void {
  for (let k = 1; k < A; k++) s.futRef[k] = futuresPrice(s, k);
}

/** Futures prices now, written into `out` (one exp per asset, not per fund). */
export function futuresNow(s: State, out: Float64Array): Float64Array {
  for (let k = 1; k < A; k++) out[k] = futuresPrice(s, k);
  return out;
}

/** Unrealised P&L of fund i's hedges since the last settlement (j = its index among hedge funds). */
export function hedgeMark(s: State, i: number, j: number, fut: Float64Array): number {
  let v = 0;
  for (let k = 1; k < A; k++) {
    const h = s.hfHedge[j * A + k]!;
    if (h === 0) continue;
    const u = s.units[i * A + k]!;
    if (u > 0) v += h * u * (s.futRef[k]! - fut[k]!);
  }
  return v;
}

/** Short futures notional of fund i, USD at today's futures prices. */
export function hedgeNotional(s: State, i: number, j: number, fut: Float64Array): number {
  let v = 0;
  for (let k = 1; k < A; k++) {
    const h = s.hfHedge[j * A + k]!, u = s.units[i * A + k]!;
    if (h !== 0 && u > 0) v += h * u * fut[k]!;
  }
  return v;
}

/** The close: variation margin and carry on every hedge, paid between each fund and the futures'
 *  longs; references move to today's futures prices. Returns the net paid to the funds, USD. */
export function settleHedges(s: State, fut: Float64Array): number {
  const first = s.classStart[HF]!;
  updateSlowGap(s);
  futuresNow(s, fut);
  const fundRate = Math.max(0, s.sofr + s.sc.plumbing.marginSpread) / 252;
  const coupon = (s.sc.plumbing.couponRate * PAR) / 252;
  let net = 0;
  for (let j = 0; j < s.hfHedge.length / A; j++) {
    const i = first + j;
    let vm = 0;
    for (let k = 1; k < A; k++) {
      const h = s.hfHedge[j * A + k]!, u = s.units[i * A + k]!;
      if (h === 0 || u <= 0) continue;
      // Price change, plus the carry the short earns: the fund's financing rate on the notional
      // less the cash coupon the long leg receives (Treasuries pay coupons in cash; credit accrues
      // in its price, which the valuation-tracking futures follow).
      vm += h * u * (s.futRef[k]! - fut[k]! + s.futRef[k]! * fundRate - (k === TR ? coupon : 0));
    }
    net += vm >= 0 ? pay(s, s.sec.futures, i, vm) : -pay(s, i, s.sec.futures, -vm);
  }
  for (let k = 1; k < A; k++) s.futRef[k] = fut[k]!;
  return net;
}
