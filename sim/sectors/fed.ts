// The Federal Reserve's balance sheet (H.4.1). Assets at par: SOMA Treasuries (the central bank's
// units of `tbills` and `treasuries` × par), other assets (agency MBS and the rest, `fedOther`) and
// standing-repo loans (`fedSrf`). Liabilities: reserves, ON RRP, TGA and currency — the cash balances
// of the banks, the money funds, the Treasury and the currency sector — shown as the Fed's negative
// cash. Capital is what the two sides differ by (its net interest income and gains or losses on
// sales at market prices); negative capital is the "deferred asset" of 2023–25. The identity
//   SOMA + other + SRF loans = reserves + RRP + TGA + currency + capital
// is checked every day (record/recorder.ts).
import { N_ASSETS } from '../ids';
import type { State } from '../state';
import { pay } from '../market/book';
import { payFromDeposits } from '../agents/households';

const A = N_ASSETS;
export const PAR = 100;

/** SOMA holdings at par: Treasuries, and any other paper a backstop bought (facility holdings). */
export function somaPar(s: State): number {
  const cb = s.sec.centralBank;
  let u = 0;
  for (let k = 0; k < A; k++) u += s.units[cb * A + k]!;
  return u * PAR;
}

/** The Fed's liabilities to the public: reserves + ON RRP + TGA + currency (minus its cash). */
export const fedLiabilities = (s: State): number => -s.cash[s.sec.centralBank]!;

/** Assets − liabilities − capital: zero when the Fed's books balance. */
export function fedIdentityGap(s: State): number {
  return somaPar(s) + s.fedOther + s.fedSrf - fedLiabilities(s) - s.fedCapital;
}

/** Interest the Fed pays: IORB on reserves, the ON RRP rate on the money funds' balances. */
export function fedPaysInterest(s: State, reserves: number): number {
  const cb = s.sec.centralBank;
  const paid = pay(s, cb, s.sec.banks, (Math.max(0, reserves) * s.iorb) / 252)
    + pay(s, cb, s.sec.moneyFund, (Math.max(0, s.cash[s.sec.moneyFund]!) * s.rrpRate) / 252);
  s.fedCapital -= paid;
  return paid;
}

/** Agency-MBS principal runoff: mortgage borrowers (households' deposits) repay the Fed. */
export function mbsRunoff(s: State, monthlyUsd: number): number {
  if (monthlyUsd <= 0 || s.fedOther <= 0) return 0;
  const want = Math.min(s.fedOther, monthlyUsd / 21);
  const got = payFromDeposits(s, s.sec.centralBank, want);
  s.fedOther -= got;
  return got;
}

/** Standing repo facility: yesterday's loans are repaid; today's lend what brings SOFR back to the
 *  facility rate (dealers borrow reserves from the Fed against Treasuries). */
export function repaySrf(s: State): void {
  if (s.fedSrf <= 0) return;
  const back = pay(s, s.sec.dealer, s.sec.centralBank, s.fedSrf);
  s.fedSrf -= back;
}

export function lendSrf(s: State, usd: number): number {
  if (usd <= 0) return 0;
  const lent = pay(s, s.sec.centralBank, s.sec.dealer, usd);
  s.fedSrf += lent;
  return lent;
}
