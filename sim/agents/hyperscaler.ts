// hyperscaler: a dated capex plan (guidance), operating cash flow, and a funding waterfall
// (cash above buffer → sell T-bills → sell Treasuries → issue bonds: IG for strong names,
// HY/off-balance-sheet for weaker ones). Capex and cash flow respond to AI hardware's price and
// to the name's funding cost around the plan (capexResponse.ts, a q-type response). With the
// hurdle on, a name cuts its capex rate while its marginal funding cost (10y + its credit spread)
// exceeds its expected return on AI capex (C11).
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
import { aiPriceSignal, capexResponse, marginalFundingCost, ocfResponse } from './capexResponse';

const A = N_ASSETS;
const HS = CLASS_IDS.indexOf('hyperscaler');
const TB = assetIndex('tbills'), TR = assetIndex('treasuries'), IG = assetIndex('ig_credit'), HY = assetIndex('hy_credit');
const CAPEX_FUNDING = trig('capex_funding');

/** Planned capex today per agent (USD), written into `out`: the guidance path × scale × shocks,
 *  each name's share, its hurdle cut and its response to AI hardware's price and its funding cost. */
export function plannedCapex(s: State, c: Compiled, out: Float64Array): number {
  const h = s.sc.hyperscaler;
  const day = s.cal.dayNumbers[s.t]!;
  let annual = c.capexAt(day) * h.capexScale * s.capexShock;
  // An energy ceiling is physical: where it binds, the response can lower capex but not raise it.
  const capped = h.capexCeilingUsd > 0 && annual >= h.capexCeilingUsd;
  if (capped) annual = h.capexCeilingUsd;
  const signal = aiPriceSignal(s);
  let tot = 0;
  for (let i = s.classStart[HS]!, j = 0; i < s.classEnd[HS]!; i++, j++) {
    const response = capexResponse(s, i, signal);
    out[j] = (annual / 252) * s.par[i * P]! * s.st[i * S]! * (capped ? Math.min(1, response) : response);
    tot += out[j]!;
  }
  return tot;
}

/** Operating cash flow left for capex today for the class (USD): the path × the response of cloud
 *  revenue to AI demand (the same price signal). Each name receives its OCF share of it. */
export function dailyOcf(s: State, c: Compiled): number {
  return (c.ocfAt(s.cal.dayNumbers[s.t]!) / 252) * ocfResponse(s, aiPriceSignal(s));
}

export function hyperscalerFunding(s: State, c: Compiled, planned: Float64Array, o: Orders, f: FundingDay, rec: DayRecord): void {
  const ocf = dailyOcf(s, c);
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

/** Hurdle: cut capex while the name's marginal funding cost exceeds its expected return on AI
 *  capex (par slot 3); recover, four times slower, once it no longer does. */
export function applyHurdle(s: State, events: RunEvent[]): void {
  const h = s.sc.hyperscaler.hurdle;
  if (!h.enabled) return;
  for (let i = s.classStart[HS]!; i < s.classEnd[HS]!; i++) {
    const cost = marginalFundingCost(s, i);
    const cut = s.st[i * S]!;
    if (cost > s.par[i * P + 3]!) {
      if (s.st[i * S + 3] === 0) {
        s.st[i * S + 3] = 1;
        events.push({ kind: 'capex_cut', day: s.t, date: s.cal.dates[s.t]!, agent: i,
          reason: `marginal funding cost ${(cost * 100).toFixed(2)}% above expected return on AI capex ${(s.par[i * P + 3]! * 100).toFixed(2)}%` });
      }
      s.st[i * S] = Math.max(h.floor, cut * (1 - h.cutSpeed));
    } else {
      s.st[i * S + 3] = 0;
      s.st[i * S] = Math.min(1, cut + h.cutSpeed * 0.25);
    }
  }
}
