// hedge_fund: levered portfolios financed by prime-broker credit (negative cash). The haircut
// rises with volatility (Brunnermeier–Pedersen; Adrian–Shin), so the leverage limit is 1/h.
// Above the limit a fund sells pro rata back to 0.95 of it (Cont–Schaanning), at most
// maxDailyDeleverage of gross per round: trigger margin_call. Below its target it re-levers
// slowly (procyclical leverage). Quarterly flows follow performance (Baquero–Verbeek: outflows
// react more to losses than inflows to gains), paid after a notice period through a gate.
import { CLASS_IDS, N_ASSETS, assetIndex, type AssetId } from '../ids';
import type { State } from '../state';
import { P, S } from '../state';
import type { Orders } from '../market/orders';
import { trig, VOLUNTARY } from '../market/orders';
import { grossExposure, pay } from '../market/book';
import { drawFromIdle, payHouseholds } from './households';

const A = N_ASSETS;
const HF = CLASS_IDS.indexOf('hedge_fund');
const SOV = CLASS_IDS.indexOf('sovereign');
const MARGIN = trig('margin_call');
const REDEMPTION = trig('redemption');

export function markHedgeFunds(s: State): void {
  for (let i = s.classStart[HF]!, j = 0; i < s.classEnd[HF]!; i++, j++) {
    let v = s.cash[i]!;
    for (let k = 0; k < A; k++) v += s.units[i * A + k]! * s.price[k]!;
    s.hfEquity[j] = v;
  }
}

export function hfSectorEquity(s: State): number {
  let e = 0;
  for (let j = 0; j < s.hfEquity.length; j++) e += Math.max(0, s.hfEquity[j]!);
  return e;
}

const gross = (s: State, i: number): number => grossExposure(s, i);

/** Haircut from the fund's portfolio volatility (annualised EWMA, intraday move included if given). */
function haircut(s: State, i: number, g: number, intraday?: Float64Array): number {
  const hc = s.sc.hedge_fund.haircut;
  let v = 0;
  for (let k = 1; k < A; k++) {
    const w = (Math.abs(s.units[i * A + k]!) * s.price[k]!) / g;
    let var_ = s.ewVar[k]!;
    if (intraday) var_ = 0.94 * var_ + 0.06 * intraday[k]! * intraday[k]!;
    v += w * Math.sqrt(var_ * 252);
  }
  return hc.base + hc.volSlope * v;
}

function sellProRata(s: State, i: number, usd: number, g: number, o: Orders, t: number): void {
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
    const lmax = Math.min(hf.leverage.max, 1 / haircut(s, i, g, intraday));
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
  const wsum = Object.values(hf.weights).reduce((a, b) => a + (b ?? 0), 0) || 1;
  for (let i = s.classStart[HF]!, j = 0; i < s.classEnd[HF]!; i++, j++) {
    const e = s.hfEquity[j]!;
    const g = gross(s, i);
    if (e <= 0 || g <= 0) continue;
    const lmax = Math.min(hf.leverage.max, 1 / haircut(s, i, g));
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
      for (const [id, w] of Object.entries(hf.weights)) {
        const k = assetIndex(id as AssetId);
        o.add(i, k, (gap * (w ?? 0)) / wsum / s.price[k]!, VOLUNTARY);
      }
    } else sellProRata(s, i, -gap, g, o, VOLUNTARY);
  }
}

/** Quarter end: performance-driven flows. Inflows come from households' idle cash; outflows queue. */
export function quarterlyFlows(s: State): void {
  const fl = s.sc.hedge_fund.flows;
  markHedgeFunds(s);
  let sectorNow = 0, sectorThen = 0;
  for (let i = s.classStart[HF]!, j = 0; i < s.classEnd[HF]!; i++, j++) {
    const e = s.hfEquity[j]!;
    const q1 = s.st[i * S]!, q2 = s.st[i * S + 1]!;
    sectorNow += e; sectorThen += q2;
    if (e <= 0 || q1 <= 0) continue;
    const r1 = e / q1 - 1, r2 = q2 > 0 ? e / q2 - 1 : 0;
    const flow = fl.base + fl.bUp * Math.max(0, r2) - fl.bDown * Math.max(0, -r1);
    if (flow < 0) {
      queueRedemption(s, i, -1, -flow * e, s.t + fl.noticeDays, false);
    } else if (flow > 0) subscribe(s, i, flow * e);
    s.st[i * S + 1] = q1;
    s.st[i * S] = e;
  }
  s.hfTrailing = sectorThen > 0 ? sectorNow / sectorThen - 1 : 0;
}

/** A redemption is paid in equal daily tranches over `liquidationDays` after its notice period
 *  (funds liquidate over weeks, not in one day). */
export function queueRedemption(s: State, fund: number, payee: number, usd: number, due: number, forSovereign: boolean): void {
  const n = Math.max(1, s.sc.hedge_fund.flows.liquidationDays);
  for (let j = 0; j < n; j++) s.redemptions.push({ fund, payee, usd: usd / n, due: due + j, forSovereign });
}

/** Subscriptions are paid only out of households' idle cash (flows cannot conjure money). */
function subscribe(s: State, fund: number, usd: number): void {
  drawFromIdle(s, fund, usd, 0.05);
}

/** Redemptions due today: the fund sells to keep its leverage and pays the investor (gated). */
export function redemptionsDue(s: State, o: Orders): number {
  // Most days nothing falls due: look before allocating (margin calls mark the funds again next).
  let due = false;
  for (const r of s.redemptions) if (r.due <= s.t) { due = true; break; }
  if (!due) return 0;
  const gate = s.sc.hedge_fund.flows.gate;
  let forced = 0;
  const keep: typeof s.redemptions = [];
  markHedgeFunds(s);
  const paidByFund = new Map<number, number>();
  for (const r of s.redemptions) {
    if (r.due > s.t) { keep.push(r); continue; }
    const j = r.fund - s.classStart[HF]!;
    const e = Math.max(0, s.hfEquity[j]!);
    const already = paidByFund.get(r.fund) ?? 0;
    const pay_ = Math.max(0, Math.min(r.usd, gate * e - already));
    if (pay_ < r.usd - 1) keep.push({ ...r, usd: r.usd - pay_, due: s.t + 21 });  // gated: try again next month
    if (pay_ <= 1) continue;
    paidByFund.set(r.fund, already + pay_);
    const g = gross(s, r.fund);
    const sell = e > 0 ? (pay_ * g) / e : 0;
    if (sell > 0) { sellProRata(s, r.fund, Math.min(sell, g), g, o, REDEMPTION); forced += Math.min(sell, g); }
    s.pendingPayouts.push({ fund: r.fund, payee: r.payee, usd: pay_, forSovereign: r.forSovereign });
  }
  s.redemptions = keep;
  return forced;
}

/** After clearing: pay redemptions to investors (sovereign stakes shrink by what they received). */
export function payRedemptions(s: State): void {
  const eqTot = hfSectorEquity(s);
  for (const p of s.pendingPayouts) {
    if (p.payee >= 0) {
      const paid = pay(s, p.fund, p.payee, p.usd);
      const j = p.payee - s.classStart[SOV]!;
      if (p.forSovereign && j >= 0 && eqTot > 0) {
        s.hfStakeFraction[j] = Math.max(0, s.hfStakeFraction[j]! - paid / eqTot);
        s.st[p.payee * S + 2] = Math.max(0, s.st[p.payee * S + 2]! - paid);
      }
    } else {
      payHouseholds(s, p.fund, p.usd);
    }
  }
  s.pendingPayouts = [];
}
