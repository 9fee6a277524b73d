// The money market and the water level: administered rates from the policy rate, SOFR from the
// reserve-demand curve at the reserves left after repo the money funds do not fund (capped by the
// standing repo facility), the bill rate from the funds' bill share, currency drawn from deposits,
// and idle money measured from the balance sheets: ON RRP + reserves above their lowest
// comfortable level. Nothing here is a tuned share of spending: every dollar is on a balance sheet.
import { CLASS_IDS, N_ASSETS, assetIndex } from '../ids';
import type { State } from '../state';
import { pay, settleTotal } from '../market/book';
import { payFromDeposits } from '../agents/households';
import { exp, log } from '../math';
import { reservePremium, reservesAtPremium, reservesFedSide } from './banks';
import { lendSrf } from './fed';
import { MMF_SHARES, billSpread, mmfNav, mmfRepo } from './moneyFunds';
import { S } from '../state';

const A = N_ASSETS;
const TR = assetIndex('treasuries');
const HF = CLASS_IDS.indexOf('hedge_fund');

/** IORB and the ON RRP rate around the policy rate (the Fed's administered corridor). */
export function setCorridor(s: State): void {
  const p = s.sc.plumbing;
  const policy = s.policy + s.policyAdj;
  s.iorb = policy + p.iorbOverPolicy;
  s.rrpRate = policy - p.rrpUnderPolicy;
}

/** Treasury positions that live on repo: the hedge funds' (basis and relative-value trades) and
 *  the institutional book's inventory (dealers finance theirs in repo), USD. */
export function leveredTreasuries(s: State): number {
  let u = Math.max(0, s.units[s.sec.dealer * A + TR]!);
  for (let i = s.classStart[HF]!; i < s.classEnd[HF]!; i++) u += Math.max(0, s.units[i * A + TR]!);
  return u * s.price[TR]!;
}

/** Repo demand today: the funds' starting repo scaled by the levered Treasury positions. */
export function repoDemand(s: State): number {
  return s.leveredTsy0 > 0 ? s.sc.money_funds.repoUsd * (leveredTreasuries(s) / s.leveredTsy0) : 0;
}

/** SOFR, the bill rate and, if SOFR would pass the standing-repo rate, the facility's loans. */
export function moneyMarketRates(s: State): number {
  const p = s.sc.plumbing;
  const floorRate = s.rrpRate + p.sofrOverRrp;
  let rEff = reservesFedSide(s) - s.repoGap;
  let premium = reservePremium(s, rEff);
  let srf = 0;
  if (premium > p.srfOverIorb) {
    srf = lendSrf(s, Math.max(0, reservesAtPremium(s, p.srfOverIorb) - rEff));
    rEff += srf;
    premium = Math.min(p.srfOverIorb, reservePremium(s, rEff));
  }
  s.sofr = Math.max(floorRate, s.iorb + premium);
  s.billSpread = billSpread(s);
  s.bill3m = s.rrpRate + s.billSpread;
  return srf;
}

/** The money funds' repo with dealers moves toward demand; the gap is left to banks. */
export function repoMarket(s: State): void {
  s.repoGap = mmfRepo(s, repoDemand(s));
}

/** Households move spare deposits into money funds while the funds pay more than deposits
 *  (the 2023–25 inflows): deposits fall, the funds' ON RRP cash rises (reserves fall one for one). */
export function moneyFundInflows(s: State): number {
  const depositRate = s.sc.plumbing.depositBeta * (s.policy + s.policyAdj);
  if (s.rrpRate <= depositRate) return 0;
  const k = s.sc.money_funds.inflowShare;
  const nav = mmfNav(s);
  const cash = s.cash, buf = s.buffer, st = s.st;
  let got = 0;
  for (let i = s.households.start; i < s.households.end; i++) {
    const x = Math.round(k * Math.max(0, cash[i]! - buf[i]!));
    if (x !== 0) { cash[i] -= x; got += x; }
    st[i * S + MMF_SHARES] += x / nav;
  }
  settleTotal(s, s.sec.moneyFund, got);
  return got;
}

/** Currency demand grows with its trend; households draw it from deposits (reserves fall). */
export function currencyWithdrawals(s: State): number {
  const target = s.sc.plumbing.currencyUsd * exp(log(1 + s.sc.plumbing.currencyGrowthAnnual) * (s.t / 252));
  const want = target - s.cash[s.sec.currency]!;
  if (want <= 0) return 0;
  return payFromDeposits(s, s.sec.currency, want);
}

/** The lowest comfortable level of reserves grows with nominal spending (payments need reserves). */
export function updateReserveFloor(s: State): void {
  s.reserveFloor = s.sc.plumbing.reserveFloorUsd * s.nominalIndex;
}

/** Idle money by component: ON RRP, reserves (net of standing-repo loans) above the floor. */
export function measureIdle(s: State, out: Float64Array): number {
  s.reserves = reservesFedSide(s);
  out[0] = Math.max(0, s.cash[s.sec.moneyFund]!);
  // Reserves lent by the standing repo facility are borrowed, not idle.
  out[1] = Math.max(0, s.reserves - s.fedSrf - s.reserveFloor);
  return out[0]! + out[1]!;
}
