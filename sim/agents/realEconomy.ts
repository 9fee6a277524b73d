// real_economy: where capex, capital calls and government spending go, and from which operating
// cash flow, buyback budgets and recirculated income come back. A share of every inflow is
// absorbed for good (imports paid abroad — most AI hardware is imported —, taxes, and the working
// balances that rising activity needs): the economy's required working balance W rises by it.
// Only cash above W is paid out: first scheduled flows (hyperscaler OCF, buyback budgets), the
// rest returns to households with an exponential lag (the multiplier's recirculation). So money
// spent leaves the idle pool exactly in proportion to the absorbed shares (docs/MODEL.md).
import type { State } from '../state';
import { pay } from '../market/book';

/** Record spending received by the real economy: the absorbed share raises the working balance. */
export function receiveSpending(s: State, capexUsd: number, govUsd: number): void {
  const re = s.sc.realEconomy;
  s.reWorking += re.capexAbsorbShare * capexUsd + re.govAbsorbShare * govUsd;
}

const free = (s: State): number => Math.max(0, s.cash[s.sec.realEconomy]! - s.reWorking);

/** Income returning to households: cash above the working balance, paid out over the lag. */
export function recirculate(s: State): number {
  const out = free(s) / s.sc.realEconomy.returnLagDays;
  const { start, end } = s.households;
  let tot = 0;
  for (let i = start; i < end; i++) tot += s.par[i * 4 + 3]!;
  let paid = 0;
  if (tot > 0 && out > 0) for (let i = start; i < end; i++) paid += pay(s, s.sec.realEconomy, i, (out * s.par[i * 4 + 3]!) / tot);
  return paid;
}

/** Pay a scheduled flow out of the real economy, never into its working balance. */
export function payFromRealEconomy(s: State, to: number, usd: number): number {
  return pay(s, s.sec.realEconomy, to, Math.min(usd, free(s)));
}
