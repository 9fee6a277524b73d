// Payments between balance sheets, and valuations of one balance sheet. Amounts are rounded to
// whole dollars (trades and paper settle the same way inline in clearing.ts and funding.ts), so
// every sum in the books is exact in double precision.
import { N_ASSETS } from '../ids';
import type { State } from '../state';

const A = N_ASSETS;

export function pay(s: State, from: number, to: number, usd: number): number {
  const amt = Math.round(usd);
  if (amt === 0 || from === to) return 0;
  if (!Number.isFinite(amt)) throw new Error(`non-finite payment from ${from} to ${to}`);
  s.cash[from] -= amt;
  s.cash[to] += amt;
  return amt;
}

/** The other side of a loop of household payments: `total` whole dollars (the sum of each
 *  household's rounded amount) to or from `agent`, credited once. Cash is integer-valued, so one
 *  sum is exactly the sequence of single payments. Throws as `pay` does on a non-finite amount. */
export function settleTotal(s: State, agent: number, total: number): void {
  if (!Number.isFinite(total)) throw new Error(`non-finite payment to or from ${agent}`);
  s.cash[agent] += total;
}

export function marketValue(s: State, agent: number, skipTbills = false): number {
  let v = 0;
  const base = agent * A;
  for (let k = skipTbills ? 1 : 0; k < A; k++) v += s.units[base + k]! * s.price[k]!;
  return v;
}

export function grossExposure(s: State, agent: number, from = 1): number {
  let v = 0;
  const base = agent * A;
  for (let k = from; k < A; k++) v += Math.abs(s.units[base + k]!) * s.price[k]!;
  return v;
}
