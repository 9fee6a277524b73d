// hyperscaler: a dated capex plan, operating cash flow, and a funding waterfall
// (cash above buffer → sell T-bills → sell Treasuries → issue bonds: IG for strong names,
// HY/off-balance-sheet for weaker ones). With the hurdle on, a name cuts its capex rate while its
// own cost of capital (10y + its credit spread) exceeds its expected return on AI (C11).
import { CLASS_IDS, N_ASSETS, assetIndex } from '../ids';
import type { Compiled } from '../compiled';
import type { State } from '../state';
import { P, S } from '../state';
import type { Orders } from '../market/orders';
import { trig } from '../market/orders';
import type { FundingDay } from '../market/funding';
import { hyperscalerBuffer } from '../market/funding';
import { payFromRealEconomy, receiveCapex } from './realEconomy';
import { pay } from '../market/book';
import type { DayRecord } from '../record/dayRecord';
import type { RunEvent } from '../api-types';

const A = N_ASSETS;
const HS = CLASS_IDS.indexOf('hyperscaler');
const TB = assetIndex('tbills'), TR = assetIndex('treasuries'), IG = assetIndex('ig_credit'), HY = assetIndex('hy_credit');
const CAPEX_FUNDING = trig('capex_funding');

/** Planned capex today per agent (USD), written into `out`. */
export function plannedCapex(s: State, c: Compiled, out: Float64Array): number {
  const h = s.sc.hyperscaler;
  const day = s.cal.dayNumbers[s.t]!;
  let annual = c.capexAt(day) * h.capexScale * s.capexShock;
  if (h.capexCeilingUsd > 0) annual = Math.min(annual, h.capexCeilingUsd);
  let tot = 0;
  for (let i = s.classStart[HS]!, j = 0; i < s.classEnd[HS]!; i++, j++) {
    out[j] = (annual / 252) * s.par[i * P]! * s.st[i * S]!;
    tot += out[j]!;
  }
  return tot;
}

export function hyperscalerFunding(s: State, c: Compiled, planned: Float64Array, o: Orders, f: FundingDay, rec: DayRecord): void {
  const day = s.cal.dayNumbers[s.t]!;
  const ocf = c.ocfAt(day) / 252;
  for (let i = s.classStart[HS]!, j = 0; i < s.classEnd[HS]!; i++, j++) {
    const got = payFromRealEconomy(s, i, ocf * s.par[i * P + 1]!);
    rec.addFof('capex.ocf', Math.min(got, planned[j]!));
    const due = planned[j]! + s.st[i * S + 1]!;
    const buffer = hyperscalerBuffer(s, i, planned[j]!);
    let need = due - Math.max(0, s.cash[i]! - buffer);
    rec.addFof('capex.cash', Math.max(0, Math.min(due, s.cash[i]! - buffer) - Math.min(got, planned[j]!)));
    if (need <= 0) continue;
    // Sell T-bills, then Treasuries (forced by the capex plan: trigger capex_funding), keeping a
    // liquidity reserve of liquidityFloorDays of capex.
    let reserve = s.sc.hyperscaler.liquidityFloorDays * planned[j]!;
    for (const k of [TB, TR]) {
      if (need <= 0) break;
      const value = s.units[i * A + k]! * s.price[k]!;
      const have = Math.max(0, value - reserve);
      reserve = Math.max(0, reserve - value);
      const sell = Math.min(have, need);
      if (sell > 0) { o.add(i, k, -sell / s.price[k]!, CAPEX_FUNDING); need -= sell; rec.addFof('capex.assetSales', sell); }
    }
    if (need > 0) {
      const weak = s.par[i * P + 2]! > 0.5;
      f.add(i, weak ? HY : IG, need, true);
      s.st[i * S + 2] += need;
      s.netDurationSupply += need;
      rec.addFof('capex.bonds', need);
    }
  }
}

/** After clearing and funding settle: pay the capex into the real economy; anything unpaid carries over. */
export function spendCapex(s: State, planned: Float64Array, rec: DayRecord): number {
  let spent = 0;
  for (let i = s.classStart[HS]!, j = 0; i < s.classEnd[HS]!; i++, j++) {
    const due = planned[j]! + s.st[i * S + 1]!;
    const before = s.cash[s.sec.foreign]!;
    const paid = receiveCapex(s, i, Math.min(due, Math.max(0, s.cash[i]!)));
    rec.addFof('foreign.imports', s.cash[s.sec.foreign]! - before);
    s.st[i * S + 1] = Math.max(0, due - paid);
    spent += paid;
  }
  return spent;
}

/** Hurdle: cut capex while the name's cost of capital exceeds its expected AI return. */
export function applyHurdle(s: State, events: RunEvent[]): void {
  const h = s.sc.hyperscaler.hurdle;
  if (!h.enabled) return;
  for (let i = s.classStart[HS]!; i < s.classEnd[HS]!; i++) {
    const weak = s.par[i * P + 2]! > 0.5;
    const cost = s.y10 + (weak ? s.hySpread : s.igSpread);
    const cut = s.st[i * S]!;
    if (cost > s.par[i * P + 3]!) {
      if (s.st[i * S + 3] === 0) {
        s.st[i * S + 3] = 1;
        events.push({ kind: 'capex_cut', day: s.t, date: s.cal.dates[s.t]!, agent: i,
          reason: `cost of capital ${(cost * 100).toFixed(2)}% above expected AI return ${(s.par[i * P + 3]! * 100).toFixed(2)}%` });
      }
      s.st[i * S] = Math.max(h.floor, cut * (1 - h.cutSpeed));
    } else {
      s.st[i * S + 3] = 0;
      s.st[i * S] = Math.min(1, cut + h.cutSpeed * 0.25);
    }
  }
}
