// central_bank: the policy rate follows the scenario path; stances change it (docs/CALIBRATION.md for the
// 2024–25 path and the QT schedule). `tightening` hikes at each meeting from a start date (the
// "wrong diagnosis") and runs extra QT; `qe_backstop` buys new paper when the funding spread
// rises above a trigger (the end-absorber of C6). Balance-sheet flows reach the funding market.
import type { Compiled } from '../compiled';
import type { State } from '../state';
import type { Orders } from '../market/orders';
import { VOLUNTARY } from '../market/orders';
import { N_ASSETS, assetIndex } from '../ids';

const A = N_ASSETS;
const TR = assetIndex('treasuries');
const PAR = 100;

export function setPolicy(s: State, c: Compiled): void {
  const day = s.cal.dayNumbers[s.t]!;
  const cb = s.sc.central_bank;
  s.policy = c.policyAt(day);
  if (cb.stance === 'tightening' && s.cal.policyMeeting[s.t] && day >= c.tighteningStart) {
    s.policyAdj = Math.min(cb.tighteningCap, s.policyAdj + cb.hikePerMeeting);
  }
}

/** Scheduled net purchases today (USD; negative = QT runoff sold to the public). */
export function scheduledPurchases(s: State, c: Compiled): number {
  const day = s.cal.dayNumbers[s.t]!;
  const cb = s.sc.central_bank;
  let monthly = c.balanceSheetAt(day);
  if (cb.stance === 'tightening' && day >= c.tighteningStart) monthly -= cb.extraQtMonthlyUsd;
  return monthly / 21;
}

/** Backstop purchases under `qe_backstop`: absorb the residual need while the spread is above the trigger. */
export function backstopPurchases(s: State, residualUsd: number): number {
  const cb = s.sc.central_bank;
  if (cb.stance !== 'qe_backstop' || residualUsd <= 0) return 0;
  if (s.spread < cb.backstopTrigger && s.idle > s.idle0 * 0.25) return 0;
  return Math.min(residualUsd, cb.qeMaxDailyUsd);
}

/** Scheduled purchases beyond the day's new paper buy existing Treasuries in the market (round 0).
 *  Returns the USD ordered. */
export function secondaryPurchases(s: State, o: Orders, usd: number): number {
  if (usd < 1e6) return 0;
  o.add(s.sec.centralBank, TR, usd / s.price[TR]!, VOLUNTARY);
  return usd;
}

/** The Fed's Treasury units and cash before the day's clearing, so what it bought in the market
 *  is booked at par, the difference to what it paid going to its capital (as placePaper does). */
export function openFedBook(s: State): { units: number; cash: number } {
  const cb = s.sec.centralBank;
  return { units: s.units[cb * A + TR]!, cash: s.cash[cb]! };
}

export function closeFedBook(s: State, before: { units: number; cash: number }): void {
  const cb = s.sec.centralBank;
  const du = s.units[cb * A + TR]! - before.units, paid = before.cash - s.cash[cb]!;
  if (du !== 0 || paid !== 0) s.fedCapital += du * PAR - paid;
}
