// The Treasury: its cash is the TGA at the Fed. Each day it pays the deficit's cash outflow
// (deficit / 252): interest to every holder of bills (3-month bill rate) and coupons (average
// coupon), the rest as primary spending to the real economy (negative = net taxes). It issues
// bills and coupons for the deficit and to move the TGA toward its target; QT runoff is financed
// by the public buying the central bank's maturing holdings (model.ts, funding market).
import { N_ASSETS, assetIndex } from '../ids';
import type { State } from '../state';
import { pay, settleTotal } from '../market/book';
import { PAR } from './fed';

const A = N_ASSETS;
const TB = assetIndex('tbills'), TR = assetIndex('treasuries');

/** Interest on Treasury debt, paid from the TGA to each holder (the Fed's share is its income). */
export function payTreasuryInterest(s: State): number {
  const g = s.sec.government;
  const rb = s.bill3m / 252, rc = s.sc.plumbing.couponRate / 252;
  const units = s.units, cash = s.cash, cb = s.sec.centralBank;
  let paid = 0;
  for (let i = 0; i < s.n; i++) {
    if (i === g) continue;
    const ub = units[i * A + TB]!, uc = units[i * A + TR]!;
    if (ub <= 0 && uc <= 0) continue;
    const x = Math.round((Math.max(0, ub) * rb + Math.max(0, uc) * rc) * PAR);
    if (x === 0) continue;
    cash[i] += x;
    if (i === cb) s.fedCapital += x;
    paid += x;
  }
  settleTotal(s, g, -paid);
  return paid;
}

/** Primary spending: the deficit's daily outflow less the interest already paid. */
export function primarySpending(s: State, interestPaid: number): number {
  const d = s.sc.realEconomy.deficitUsd / 252 - interestPaid;
  return d >= 0 ? pay(s, s.sec.government, s.sec.realEconomy, d) : -pay(s, s.sec.realEconomy, s.sec.government, Math.min(-d, Math.max(0, s.cash[s.sec.realEconomy]!)));
}

/** Today's gross issuance need: the deficit plus the move of the TGA toward its target. */
export function issuanceNeed(s: State, tgaTarget: number): number {
  const gap = tgaTarget - s.cash[s.sec.government]!;
  return Math.max(0, s.sc.realEconomy.deficitUsd / 252 + gap / s.sc.treasury.tgaAdjustDays);
}
