// Banks. Every balance sheet that is not an account at the Fed (households, firms, funds, dealers,
// the foreign sector, hyperscalers, sovereigns) holds bank deposits; a negative balance is a loan
// (margin debt). Reserves are what the banks hold at the Fed, so a payment from a depositor to an
// account at the Fed (the Treasury, a money fund's ON RRP, the currency sector, the Fed) drains
// reserves one for one, and a payment the other way adds them. Seen from the Fed, reserves are its
// liabilities less ON RRP, TGA and currency; seen from the banks, they are the banks' own cash plus
// their depositors' net balances. The two must agree every day (test/sim/plumbing.test.ts).
//
// Reserve demand (Afonso, Giannone, La Spada & Williams 2022; Poole 1968): the rate banks ask for
// parting with reserves is flat while reserves are ample and steep near their lowest comfortable
// level F (which grows with nominal spending, like payments):
//   SOFR − IORB = −a + b·exp(−(R_eff − F)/λ),  R_eff = R − repo the money funds do not fund.
import type { State } from '../state';
import { exp, log } from '../math';
import { pay, settleTotal } from '../market/book';

/** Reserves as the Fed's liability: −Fed cash − ON RRP − TGA − currency. O(1). */
export function reservesFedSide(s: State): number {
  const c = s.cash, x = s.sec;
  return -c[x.centralBank]! - c[x.moneyFund]! - c[x.government]! - c[x.currency]!;
}

/** Reserves as the banks' asset: their cash plus their depositors' net balances. O(n). */
export function reservesBankSide(s: State): number {
  const x = s.sec;
  let r = 0;
  for (let i = 0; i < s.n; i++) {
    if (i === x.centralBank || i === x.moneyFund || i === x.government || i === x.currency) continue;
    r += s.cash[i]!;
  }
  return r;
}

export const isFedAccount = (s: State, i: number): boolean =>
  i === s.sec.centralBank || i === s.sec.moneyFund || i === s.sec.government || i === s.sec.currency || i === s.sec.banks;

/** The reserve-demand curve: SOFR − IORB at effective reserves `rEff` (annual decimal). */
export function reservePremium(s: State, rEff: number): number {
  const p = s.sc.plumbing;
  const z = Math.min(30, -(rEff - s.reserveFloor) / p.scaleUsd);
  return -p.ampleDiscount + p.steepness * exp(z);
}

/** Effective reserves at which the premium equals `premium` (the inverse curve; for the SRF). */
export function reservesAtPremium(s: State, premium: number): number {
  const p = s.sc.plumbing;
  const x = (premium + p.ampleDiscount) / p.steepness;
  if (!(x > 0)) return Infinity;
  return s.reserveFloor - Math.min(30, Math.max(-30, log(x))) * p.scaleUsd;
}

/** Banks pay deposit interest (depositBeta × policy) and receive margin interest (yesterday's
 *  SOFR + spread: levered positions are financed in repo, so scarce reserves make them dearer). */
export function bankInterest(s: State): { deposits: number; margin: number } {
  const p = s.sc.plumbing;
  const policy = s.policy + s.policyAdj;
  const dr = Math.max(0, p.depositBeta * policy) / 252, mr = Math.max(0, s.sofr + p.marginSpread) / 252;
  const b = s.sec.banks, cash = s.cash;
  let deposits = 0, margin = 0;
  for (let i = 0; i < s.n; i++) {
    if (isFedAccount(s, i)) continue;
    const c = cash[i]!;
    if (c > 0) { const amt = Math.round(c * dr); cash[i] = c + amt; deposits += amt; }
    else if (c < 0) { const amt = Math.round(-c * mr); cash[i] = c - amt; margin += amt; }
  }
  // The banks' side, once (whole dollars: exactly the sum of the single payments).
  settleTotal(s, b, margin - deposits);
  return { deposits, margin };
}
