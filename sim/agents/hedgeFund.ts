// hedge_fund: levered books by strategy (relative value, long/short equity, macro, multi-strategy;
// scenario/hedgeFundDefaults.ts), financed by prime-broker or repo credit (negative cash), some
// hedged with short futures (hedgeFundHedges.ts). The margin rises with the book's volatility
// (Brunnermeier–Pedersen; Adrian–Shin), so the leverage limit is 1/h. Above the limit a fund sells
// pro rata back to 0.95 of it (Cont–Schaanning), at most maxDailyDeleverage of gross a day: trigger
// margin_call; it stops there (hysteresis: trading resumes only outside the band around its
// target). Below its target it re-levers slowly into its own weights (procyclical leverage).
// Investor flows: hedgeFundFlows.ts.
import { CLASS_IDS, HF_STRATEGIES, N_ASSETS } from '../ids';
import type { State } from '../state';
import { P, S } from '../state';
import type { Orders } from '../market/orders';
import { trig, VOLUNTARY } from '../market/orders';
import { grossExposure } from '../market/book';
import { futuresNow, hedgeMark } from './hedgeFundHedges';
import { MARGIN_LAMBDA } from '../market/prices';

const A = N_ASSETS;
const HF = CLASS_IDS.indexOf('hedge_fund');
const MARGIN = trig('margin_call');
const fut = new Float64Array(A);

/** Equity of every fund: cash + longs at today's prices + its hedges' unrealised P&L. */
export function markHedgeFunds(s: State): void {
  futuresNow(s, fut);
  for (let i = s.classStart[HF]!, j = 0; i < s.classEnd[HF]!; i++, j++) {
    let v = s.cash[i]!;
    for (let k = 0; k < A; k++) v += s.units[i * A + k]! * s.price[k]!;
    s.hfEquity[j] = v + hedgeMark(s, i, j, fut);
  }
}

export function hfSectorEquity(s: State): number {
  let e = 0;
  for (let j = 0; j < s.hfEquity.length; j++) e += Math.max(0, s.hfEquity[j]!);
  return e;
}

const gross = (s: State, i: number): number => grossExposure(s, i);

const strategyOf = (s: State, j: number) => s.sc.hedge_fund.strategies[HF_STRATEGIES[s.hfStrategy[j]!]!];

/** Leverage limit: the margin's (1/haircut) and the sector cap scaled by the strategy. */
function leverageLimit(s: State, i: number, j: number, g: number, intraday?: Float64Array): number {
  const st = strategyOf(s, j);
  return Math.min(s.sc.hedge_fund.leverage.max * st.leverageMultiple, 1 / haircut(s, i, j, g, intraday));
}

/** Haircut from the fund's long book's volatility (annualised, the margin EWMA: prices.ts
 *  MARGIN_LAMBDA; intraday move included if given): repo haircuts and futures margins both scale with the volatility of what they finance. */
function haircut(s: State, i: number, j: number, g: number, intraday?: Float64Array): number {
  const hc = strategyOf(s, j).haircut;
  let v = 0;
  for (let k = 1; k < A; k++) {
    const w = (Math.abs(s.units[i * A + k]!) * s.price[k]!) / g;
    let var_ = s.marginVar[k]!;
    if (intraday) var_ = MARGIN_LAMBDA * var_ + (1 - MARGIN_LAMBDA) * intraday[k]! * intraday[k]!;
    v += w * Math.sqrt(var_ * 252);
  }
  return hc.base + hc.volSlope * v;
}

export function sellProRata(s: State, i: number, usd: number, g: number, o: Orders, t: number): void {
  for (let k = 1; k < A; k++) {
    const u = s.units[i * A + k]!;
    if (u > 0) o.add(i, k, -(u * usd) / g, t);
  }
}

/** Margin check: returns USD of forced sales ordered. `intraday` = today's move so far (cascade rounds). */
export function marginCalls(s: State, o: Orders, intraday?: Float64Array): number {
  const hf = s.sc.hedge_fund;
  let forced = 0;
  markHedgeFunds(s);
  for (let i = s.classStart[HF]!, j = 0; i < s.classEnd[HF]!; i++, j++) {
    const e = s.hfEquity[j]!;
    const g = gross(s, i);
    if (g <= 0) continue;
    const lmax = leverageLimit(s, i, j, g, intraday);
    if (e <= 0 || g / e > lmax) {
      // At most maxDailyDeleverage of the day's opening gross is sold for margin in a day (st slot 2).
      if (!intraday) s.st[i * S + 2] = 0;
      const targetGross = Math.max(0, e) * 0.95 * lmax;
      const room = Math.max(0, (g + s.st[i * S + 2]!) * hf.maxDailyDeleverage - s.st[i * S + 2]!);
      const sell = Math.min(g - targetGross, room);
      if (sell > 1e6) { sellProRata(s, i, sell, g, o, MARGIN); forced += sell; s.st[i * S + 2] += sell; }
    } else if (!intraday) {
      s.st[i * S + 2] = 0;
    }
  }
  return forced;
}

/** Round-0 decisions: re-lever toward target, or trim toward it, by weights. */
export function hedgeFundRebalance(s: State, o: Orders): void {
  const hf = s.sc.hedge_fund;
  futuresNow(s, fut);
  for (let i = s.classStart[HF]!, j = 0; i < s.classEnd[HF]!; i++, j++) {
    const e = s.hfEquity[j]!;
    const g = gross(s, i);
    if (e <= 0 || g <= 0) continue;
    const lmax = leverageLimit(s, i, j, g);
    const target = Math.min(s.par[i * P]!, 0.9 * lmax);
    // Hysteresis: leverage within the band around target is left alone, so small price moves do
    // not make funds sell into falls and buy into rises every day (procyclical leverage acts on
    // large moves; Ang, Gorovyy & van Inwegen 2011 find hedge-fund leverage slow-moving).
    // Outside it, a fund trades back to the band's edge, not to the target.
    const lev = g / e, hi = target * (1 + hf.leverage.band), lo = target * (1 - hf.leverage.band);
    if (lev <= hi && lev >= lo) continue;
    const gap = ((lev > hi ? hi : lo) * e - g) * hf.relever;
    if (Math.abs(gap) < 1e6) continue;
    if (gap > 0) {
      // A hedged position is a bet on the basis: a fund adds to it only while the cash market is
      // not rich to its futures (buying rich cash against cheap futures would lock in a loss).
      for (let k = 1; k < A; k++) {
        const w = s.hfWeights[j * A + k]!;
        const cashRich = s.hfHedge[j * A + k]! > 0 && s.price[k]! > fut[k]!;
        if (w > 0 && !cashRich) o.add(i, k, (gap * w) / s.price[k]!, VOLUNTARY);
      }
    } else sellProRata(s, i, -gap, g, o, VOLUNTARY);
  }
}

