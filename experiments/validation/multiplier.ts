// The price multiplier of an outside flow (Gabaix & Koijen 2021, "In search of the origins of
// financial fluctuations: the inelastic markets hypothesis", NBER WP 28967: buying 1% of the equity
// market raises prices by ≈ 5%, range 3–8). Measured on common random numbers: the same scenario
// and seed with and without a `flow` shock buying 1% of the asset's market value over 5 trading
// days from day `t0` (or `flowDays`); the multiplier is Δln P ten days after the flow ends, per 1% bought
// (a sale: share < 0).
import { loadScenario, runToEnd, type Scenario } from '../../sim/index';
import type { AssetId } from '../../sim/ids';

export function flowMultiplier(base: Scenario, asset: AssetId, seed: number, t0 = 300, share = 0.01, flowDays = 5): number {
  const days = t0 + flowDays + 15;
  const without = runToEnd(base, seed, { days });
  const p0 = without.data.columns[`price.${asset}`]!;
  const usd = share * base.assets[asset].sizeUsd * (p0[t0 - 1]! / 100);
  const date = without.data.dates[t0]!;
  const withFlow = runToEnd(loadScenario({ ...base, shocks: [...base.shocks, { date, kind: 'flow', asset, value: usd, days: flowDays }] }), seed, { days });
  const p1 = withFlow.data.columns[`price.${asset}`]!;
  const t = t0 + flowDays - 1 + 10;                  // ten trading days after the last day of the flow
  return Math.log(p1[t]! / p0[t]!) / share;
}
