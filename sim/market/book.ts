// The only ways money and units move: a payment between two balance sheets, and a trade
// (units one way, cash the other) against the institutional book. Amounts are rounded to whole
// dollars and whole units, so every sum in the books is exact in double precision.
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

/** Move whole units of asset k between two holders at a price; returns the cash paid. */
export function transferUnits(s: State, seller: number, buyer: number, k: number, units: number, price: number): number {
  const u = Math.round(units);
  if (u === 0) return 0;
  const usd = Math.round(u * price);
  s.units[seller * A + k] -= u;
  s.units[buyer * A + k] += u;
  s.cash[buyer] -= usd;
  s.cash[seller] += usd;
  return usd;
}

/** Create new units (issuance) in the issuer's hands; supply grows by the same amount. */
export function issueUnits(s: State, holder: number, k: number, units: number): number {
  const u = Math.round(units);
  s.units[holder * A + k] += u;
  s.supply[k] += u;
  return u;
}

export const holding = (s: State, agent: number, k: number): number => s.units[agent * A + k]!;

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
