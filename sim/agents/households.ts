// rest_of_market households: a heterogeneous population. Each keeps an operating cash buffer
// (cash above it is idle money), sells risky assets pro rata when the funding market needs
// reallocation (market/funding.ts), and runs a retail speculative sleeve (crypto + speculative)
// whose target weight follows liquidity: w_i · (1 + β·(idle/idle₀ − 1)). They also buy
// stablecoins; issuers park the reserves in T-bills unless a share is routed into crypto (C10).
import { N_ASSETS, assetIndex } from '../ids';
import type { State } from '../state';
import { P } from '../state';
import type { Orders } from '../market/orders';
import { VOLUNTARY } from '../market/orders';
import { householdIdle } from '../market/funding';
import { settleTotal } from '../market/book';

const A = N_ASSETS;
const CR = assetIndex('crypto'), SP = assetIndex('speculative'), TB = assetIndex('tbills');

export function retailFlows(s: State, o: Orders): void {
  const r = s.sc.rest_of_market;
  const liq = s.idle0 > 0 ? s.idle / s.idle0 - 1 : 0;
  const pc = s.price[CR]!, ps = s.price[SP]!;
  const units = s.units, par = s.par, price = s.price;
  for (let i = s.households.start; i < s.households.end; i++) {
    let wealth = s.cash[i]!;
    const b = i * A;
    for (let k = 0; k < A; k++) wealth += units[b + k]! * price[k]!;
    if (wealth <= 0) continue;
    const target = Math.max(0, par[i * P + 2]! * (1 + r.liquidityBeta * liq));
    const cur = units[b + CR]! * pc + units[b + SP]! * ps;
    let gap = (target * wealth - cur) * r.retailSpeed;
    if (gap > 0) gap = Math.min(gap, householdIdle(s, i));  // buying only out of idle cash
    if (Math.abs(gap) < 1e4) continue;
    o.add(i, CR, (0.6 * gap) / pc, VOLUNTARY);
    o.add(i, SP, (0.4 * gap) / ps, VOLUNTARY);
  }
}

/** Households pay `want` USD to `to` out of their idle deposits, pro rata to them, at most `cap`
 *  (a share) of their idle total: flows cannot conjure money. Returns what was paid. */
export function drawFromIdle(s: State, to: number, want: number, cap: number): number {
  const { start, end } = s.households;
  const cash = s.cash, buf = s.buffer;
  let idle = 0;
  for (let i = start; i < end; i++) idle += Math.max(0, cash[i]! - buf[i]!);
  if (!(idle > 0)) return 0;
  const take = Math.min(want, idle * cap);
  if (!(take > 0)) return 0;
  let paid = 0;
  for (let i = start; i < end; i++) {
    const amt = Math.round((take * Math.max(0, cash[i]! - buf[i]!)) / idle);
    if (amt !== 0) { cash[i] -= amt; paid += amt; }
  }
  settleTotal(s, to, paid);
  return paid;
}

/** Households pay `want` USD to `to` pro rata to their positive deposits (mortgage runoff,
 *  currency drawn), each a whole-dollar amount. Returns what was paid (0 if no one has deposits). */
export function payFromDeposits(s: State, to: number, want: number): number {
  const cash = s.cash;
  let tot = 0;
  for (let i = s.households.start; i < s.households.end; i++) tot += Math.max(0, cash[i]!);
  if (tot <= 0) return 0;
  let got = 0;
  for (let i = s.households.start; i < s.households.end; i++) {
    const amt = Math.round((want * Math.max(0, cash[i]!)) / tot);
    if (amt !== 0) { cash[i] -= amt; got += amt; }
  }
  settleTotal(s, to, got);
  return got;
}

const one = new Float64Array(1), oneOut = new Float64Array(1);

/** `from` pays households `usd`, pro rata to their operating buffers. Returns what was paid. */
export function payHouseholds(s: State, from: number, usd: number): number {
  one[0] = usd;
  payHouseholdsMany(s, one, 1, oneOut);
  settleTotal(s, from, -oneOut[0]!);
  return oneOut[0]!;
}

/** Several payments to households in one pass: payment c of `usd[c]` (c < n) is shared pro rata to
 *  operating buffers and rounded per household exactly as `payHouseholds` does, and households
 *  receive them in order c. out[c] = what payment c paid; the caller debits the payers. */
export function payHouseholdsMany(s: State, usd: Float64Array, n: number, out: Float64Array): void {
  const { start, end, bufferTotal: tot } = s.households;
  out.fill(0, 0, n);
  if (!(tot > 0)) return;
  const cash = s.cash, buf = s.buffer;
  for (let i = start; i < end; i++) {
    const b = buf[i]!;
    for (let c = 0; c < n; c++) {
      const u = usd[c]!;
      if (!(u > 0)) continue;
      const amt = Math.round((u * b) / tot);
      if (amt !== 0) { cash[i] += amt; out[c] += amt; }
    }
  }
}

/** New stablecoin demand: households pay issuers; reserves go to T-bills or (routed share) crypto. */
export function stablecoinFlows(s: State, o: Orders): void {
  const sc = s.sc.stablecoin;
  const inflow = (sc.reservesUsd * sc.growthAnnual) / 252;
  if (inflow <= 0) return;
  const got = drawFromIdle(s, s.sec.stablecoin, inflow, 0.01);
  if (got === 0) return;
  const issuer = s.sec.stablecoin;
  o.add(issuer, TB, (got * (1 - sc.routeToCrypto)) / s.price[TB]!, VOLUNTARY);
  o.add(issuer, CR, (got * sc.routeToCrypto) / s.price[CR]!, VOLUNTARY);
}

/** Consumption closes the circular flow: households spend a share of their deposits above their
 *  buffer at firms each day (the income firms pay out returns as their revenue). */
export function consumption(s: State): number {
  const k = s.sc.rest_of_market.consumptionShare;
  const cash = s.cash, buf = s.buffer;
  let paid = 0;
  for (let i = s.households.start; i < s.households.end; i++) {
    const amt = Math.round(k * Math.max(0, cash[i]! - buf[i]!));
    if (amt !== 0) { cash[i] -= amt; paid += amt; }
  }
  settleTotal(s, s.sec.realEconomy, paid);
  return paid;
}
