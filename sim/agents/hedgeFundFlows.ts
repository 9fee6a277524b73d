// Hedge-fund investor flows (SCIENCE of flows: Baquero & Verbeek 2005, 2009; Getmansky, Lee & Lo
// 2015): each quarter end a fund's flow, as a share of its equity, is
//   flow = base + bUp · R⁺(last 4 quarters) − bDown · R⁻(last 2 quarters),
// on NAV per share — returns net of flows, so a redemption is not read as a loss (a fund that pays
// out does not see its own outflow as poor performance). Inflows answer long-run performance,
// outflows short-run losses, and outflows react more. Subscriptions come out of households' idle
// cash; redemptions queue for noticeDays and are paid in equal daily tranches over liquidationDays,
// at most `gate` of the fund's equity a day (the rest waits a month). Paying one, the fund sells
// pro rata to keep its leverage: trigger redemption.
import { CLASS_IDS } from '../ids';
import type { State } from '../state';
import { S } from '../state';
import type { Orders } from '../market/orders';
import { trig } from '../market/orders';
import { grossExposure, pay, settleTotal } from '../market/book';
import { drawFromIdle, payHouseholdsMany } from './households';
import { hfSectorEquity, markHedgeFunds, sellProRata } from './hedgeFund';

const HF = CLASS_IDS.indexOf('hedge_fund');
const SOV = CLASS_IDS.indexOf('sovereign');
const REDEMPTION = trig('redemption');

const nav = (s: State, j: number): number => (s.hfShares[j]! > 0 ? Math.max(0, s.hfEquity[j]!) / s.hfShares[j]! : 0);

/** Quarter end: performance-driven flows; NAV history moves one quarter on. */
export function quarterlyFlows(s: State): void {
  const fl = s.sc.hedge_fund.flows;
  markHedgeFunds(s);
  let eqNow = 0, eqWeightedR = 0;
  for (let i = s.classStart[HF]!, j = 0; i < s.classEnd[HF]!; i++, j++) {
    const e = s.hfEquity[j]!, p = nav(s, j), h = s.hfNavQ.subarray(j * 5, j * 5 + 5);
    const r1 = h[0]! > 0 ? p / h[0]! - 1 : 0, r2 = h[1]! > 0 ? p / h[1]! - 1 : 0, r4 = h[3]! > 0 ? p / h[3]! - 1 : 0;
    h.copyWithin(1, 0, 4); h[0] = p;
    if (e > 0) { eqNow += e; eqWeightedR += e * r1; }
    if (e <= 0 || p <= 0) continue;
    const flow = fl.base + fl.bUp * Math.max(0, r4) - fl.bDown * Math.max(0, -r2);
    if (flow < 0) queueRedemption(s, i, -1, -flow * e, s.t + fl.noticeDays, false);
    else if (flow > 0) subscribe(s, i, j, flow * e, p);
  }
  s.hfTrailing = eqNow > 0 ? eqWeightedR / eqNow : 0;
}

/** A redemption is paid in equal daily tranches over `liquidationDays` after its notice period
 *  (funds liquidate over weeks, not in one day). */
export function queueRedemption(s: State, fund: number, payee: number, usd: number, due: number, forSovereign: boolean): void {
  const n = Math.max(1, s.sc.hedge_fund.flows.liquidationDays);
  for (let j = 0; j < n; j++) s.redemptions.push({ fund, payee, usd: usd / n, due: due + j, forSovereign });
}

/** Subscriptions are paid only out of households' idle cash (flows cannot conjure money); new
 *  shares are issued at NAV. */
function subscribe(s: State, fund: number, j: number, usd: number, navPerShare: number): void {
  const got = drawFromIdle(s, fund, usd, 0.05);
  if (got > 0 && navPerShare > 0) s.hfShares[j] += got / navPerShare;
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
    const g = grossExposure(s, r.fund);
    const sell = e > 0 ? (pay_ * g) / e : 0;
    if (sell > 0) { sellProRata(s, r.fund, Math.min(sell, g), g, o, REDEMPTION); forced += Math.min(sell, g); }
    s.pendingPayouts.push({ fund: r.fund, payee: r.payee, usd: pay_, forSovereign: r.forSovereign });
  }
  s.redemptions = keep;
  return forced;
}

let toHouseholds = new Float64Array(64), paidHouseholds = new Float64Array(64);

/** After clearing: pay redemptions to investors (sovereign stakes shrink by what they received);
 *  the shares redeemed are cancelled at NAV. */
export function payRedemptions(s: State): void {
  s.hfPaidToday = 0;
  if (s.pendingPayouts.length === 0) return;
  markHedgeFunds(s);
  const eqTot = hfSectorEquity(s);
  // Payouts to households are shared among them in one pass (each rounded per household, as one
  // payment at a time would be); the funds are debited below, in order.
  let nh = 0;
  if (toHouseholds.length < s.pendingPayouts.length) {
    toHouseholds = new Float64Array(s.pendingPayouts.length * 2); paidHouseholds = new Float64Array(s.pendingPayouts.length * 2);
  }
  for (const p of s.pendingPayouts) if (p.payee < 0) toHouseholds[nh++] = p.usd;
  payHouseholdsMany(s, toHouseholds, nh, paidHouseholds);
  let h = 0;
  for (const p of s.pendingPayouts) {
    const j = p.fund - s.classStart[HF]!;
    const navPerShare = nav(s, j);
    let paid: number;
    if (p.payee >= 0) {
      paid = pay(s, p.fund, p.payee, p.usd);
      const k = p.payee - s.classStart[SOV]!;
      if (p.forSovereign && k >= 0 && eqTot > 0) {
        s.hfStakeFraction[k] = Math.max(0, s.hfStakeFraction[k]! - paid / eqTot);
        s.st[p.payee * S + 2] = Math.max(0, s.st[p.payee * S + 2]! - paid);
      }
    } else {
      paid = paidHouseholds[h++]!;
      settleTotal(s, p.fund, -paid);
    }
    if (navPerShare > 0) s.hfShares[j] = Math.max(0, s.hfShares[j]! - paid / navPerShare);
    s.hfPaidToday += paid;
  }
  s.pendingPayouts = [];
}
