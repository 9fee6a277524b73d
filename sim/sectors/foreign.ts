// The foreign sector: dollars paid abroad for imports (the imported share of AI capex) arrive as
// foreign-held deposits. Dollars above the sector's working deposits are recycled each day
// (recycleSpeed of the spare): a share buys new Treasury paper (in the funding market, as a
// buyer), a share buys US equities (an order in the market), the rest stays in deposits.
import { assetIndex } from '../ids';
import type { State } from '../state';
import type { Orders } from '../market/orders';
import { VOLUNTARY } from '../market/orders';

const BE = assetIndex('broad_equity');

/** Dollars above the sector's working deposits (which grow with nominal spending). */
export function foreignSpare(s: State): number {
  return Math.max(0, s.cash[s.sec.foreign]! - s.sc.foreign.depositsUsd * s.nominalIndex);
}

/** Today's recycling budget into Treasuries (for the funding market). */
export function foreignTreasuryBudget(s: State): number {
  return s.sc.foreign.recycleSpeed * s.sc.foreign.treasuryShare * foreignSpare(s);
}

/** Today's recycling into US equities, as a market order. */
export function foreignEquityOrders(s: State, o: Orders): void {
  const usd = s.sc.foreign.recycleSpeed * s.sc.foreign.equityShare * foreignSpare(s);
  if (usd > 1e6) o.add(s.sec.foreign, BE, usd / s.price[BE]!, VOLUNTARY);
}
