// real_economy: firms, where capex, capital calls and government spending arrive as deposits and
// from which operating cash flow, buyback budgets and income to households are paid. Spending does
// not destroy money: it moves deposits. Firms keep the transactions balances their nominal spending
// needs, N/v (v = realEconomy.velocity, calibrated from nominal GDP over demand deposits); the
// cash above that returns to households with an exponential lag (the multiplier's recirculation).
// When spending rises (AI capex is part of it) firms hold more and pay out less; when it falls
// the balances come back. The imported share of capex is paid to the foreign sector instead.
import type { State } from '../state';
import { pay } from '../market/book';
import { exp, log } from '../math';
import { payHouseholds } from './households';

/** Nominal spending, annual USD: trend nominal GDP plus AI capex above its announced starting rate. */
export function nominalSpending(s: State): number {
  const re = s.sc.realEconomy;
  const years = s.t / 252;
  return re.gdpUsd * exp(log(1 + re.nominalGrowthAnnual) * years) + (s.capexEwma * 252 - s.capexRate0);
}

/** Update the transactions demand (firms' required deposits) and the nominal-spending index:
 *  W = (N₀/v)·(N/N₀)^ε — at the start N₀/v, then growing with spending at income elasticity ε
 *  (ε = 0 switches the growth off; Baumol–Tobin and Ball 2001 put ε near 0.5). */
export function updateTransactionsDemand(s: State): void {
  const re = s.sc.realEconomy;
  const n = Math.max(1, nominalSpending(s));
  s.nominalIndex = n / s.nominal0;
  s.reWorking = (s.nominal0 / re.velocity) * exp(re.transactionsElasticity * log(s.nominalIndex));
}

/** Capex received: the imported share goes abroad (foreign deposits), the rest to domestic firms. */
export function receiveCapex(s: State, from: number, usd: number): number {
  const imp = s.sc.realEconomy.capexImportShare;
  const a = pay(s, from, s.sec.foreign, usd * imp);
  return a + pay(s, from, s.sec.realEconomy, Math.min(usd - a, Math.max(0, s.cash[from]!)));
}

const free = (s: State): number => Math.max(0, s.cash[s.sec.realEconomy]! - s.reWorking);

/** Income returning to households: cash above transactions needs, paid out over the lag. */
export function recirculate(s: State): number {
  return payHouseholds(s, s.sec.realEconomy, free(s) / s.sc.realEconomy.returnLagDays);
}

/** Pay a scheduled flow out of the real economy, never into its transactions balances. */
export function payFromRealEconomy(s: State, to: number, usd: number): number {
  return pay(s, s.sec.realEconomy, to, Math.min(usd, free(s)));
}
