// The foreign sector: dollars paid abroad for imports (the imported share of AI capex) arrive as
// foreign-held deposits. Dollars above the sector's working deposits are recycled each day
// (recycleSpeed of the spare): a share buys new Treasury paper (in the funding market, as a
// buyer), a share buys US equities (an order in the market), the rest stays in deposits.
// In a global dash for cash its official holders (reserve managers) sell Treasuries for dollars
// instead (officialSales below).
import { N_ASSETS, assetIndex } from '../ids';
import type { State } from '../state';
import type { Orders } from '../market/orders';
import { VOLUNTARY } from '../market/orders';

const A = N_ASSETS;
const BE = assetIndex('broad_equity'), TR = assetIndex('treasuries');

/** Dollars above the sector's working deposits (which grow with nominal spending). */
export function foreignSpare(s: State): number {
  return Math.max(0, s.cash[s.sec.foreign]! - s.sc.foreign.depositsUsd * s.nominalIndex);
}

/** Today's recycling budget into Treasuries (for the funding market): none while officials sell. */
export function foreignTreasuryBudget(s: State): number {
  return (1 - dollarStress(s)) * s.sc.foreign.recycleSpeed * s.sc.foreign.treasuryShare * foreignSpare(s);
}

/** Dollar stress abroad, 0–1: broad equity's annualised volatility between the thresholds (a
 *  global risk-off is when reserve managers need dollars for their banks and currencies; Weiss
 *  2022, BIS; Vissing-Jorgensen 2021). */
export function dollarStress(s: State): number {
  const o = s.sc.foreign.officialSales;
  const vol = Math.sqrt(s.ewVar[BE]! * 252);
  return Math.min(1, Math.max(0, (vol - o.volThreshold) / (o.volFull - o.volThreshold)));
}

/** Official sales of Treasuries under dollar stress, as a market order. They carry no forced-sale
 *  trigger (the triggers name the classes' rules); they are the foreign sector's fills and
 *  `fof.foreign.officialSales`. Returns USD. */
export function officialTreasurySales(s: State, o: Orders): number {
  const stress = dollarStress(s);
  const held = s.units[s.sec.foreign * A + TR]!;
  if (stress <= 0 || held <= 0) return 0;
  const units = held * stress * s.sc.foreign.officialSales.maxDailyShare;
  o.add(s.sec.foreign, TR, -units, VOLUNTARY);
  return units * s.price[TR]!;
}

/** Today's recycling into US equities, as a market order. */
export function foreignEquityOrders(s: State, o: Orders): void {
  const usd = s.sc.foreign.recycleSpeed * s.sc.foreign.equityShare * foreignSpare(s);
  if (usd > 1e6) o.add(s.sec.foreign, BE, usd / s.price[BE]!, VOLUNTARY);
}

/** Outside flows (`flow` shocks): the foreign sector buys or sells the day's slice of each flow in
 *  the market, paying from or receiving into its deposits. It may sell what it does not hold (an
 *  outside seller delivering from abroad), so its units of the asset can go negative. */
export function outsideFlowOrders(s: State, o: Orders): number {
  let usd = 0;
  for (const f of s.outsideFlows) {
    if (f.daysLeft <= 0) continue;
    o.add(s.sec.foreign, f.asset, f.usdPerDay / s.price[f.asset]!, VOLUNTARY);
    f.daysLeft--;
    usd += f.usdPerDay;
  }
  if (s.outsideFlows.length > 0 && s.outsideFlows.every((f) => f.daysLeft <= 0)) s.outsideFlows = [];
  return usd;
}
