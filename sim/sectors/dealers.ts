// Dealers: market makers with a balance sheet. Around the day's open they take inventory against a
// price concession, δ_k units per unit of log price, δ_k = marketMaking · ADV_k · 100 / P_k (a 1%
// concession buys marketMaking of a day's volume), within a capacity for inventory away from normal
// (a leverage-ratio limit: capacityUsd split across desks by daily volume, shrinking as volatility
// rises like value investors' depth). When full they stop absorbing and prices move further.
// Inventory costs: each day they unload 1 − 2^(−1/halfLife) of their inventory away from normal.
// They finance inventory in repo (their cash may go negative: the money funds' repo and the Fed's
// standing repo facility are their named credit lines, sectors/moneyFunds.ts and sectors/fed.ts).
import { ASSET_IDS, N_ASSETS } from '../ids';
import { log, pow } from '../math';
import type { State } from '../state';
import type { Orders } from '../market/orders';
import { VOLUNTARY } from '../market/orders';
import { depthFactor } from './valueInvestors';

const A = N_ASSETS;

/** At the open (after opening prices): inventory, reference price, depth and room for the day. */
export function openDealers(s: State): void {
  const h = s.hold, d = s.sec.dealer, hd = s.sc.holders.dealers;
  let adv = 0;
  for (let k = 1; k < A; k++) adv += s.sc.assets[ASSET_IDS[k]!].advUsd;
  for (let k = 1; k < A; k++) {
    const a = s.sc.assets[ASSET_IDS[k]!], p = s.price[k]!, depth = depthFactor(s, k);
    h.dealerOpen[k] = s.units[d * A + k]!;
    h.openLn[k] = log(p);
    h.dealerDelta[k] = (hd.marketMaking * a.advUsd * 100 * depth) / p;
    h.dealerRoom[k] = (hd.capacityUsd * (a.advUsd / adv) * Math.min(1, depth)) / p;
  }
}

/** Inventory away from normal, unloaded at the inventory half-life. */
export function dealerInventoryOrders(s: State, o: Orders): void {
  const h = s.hold, d = s.sec.dealer;
  const share = 1 - pow(0.5, 1 / s.sc.holders.dealers.inventoryHalfLifeDays);
  for (let k = 1; k < A; k++) {
    const gap = s.units[d * A + k]! - h.dealerBase[k]!;
    if (Math.abs(gap) * s.price[k]! > 1e6) o.add(d, k, -gap * share, VOLUNTARY);
  }
}

/** Dealers' inventory away from normal, USD, and the share of their capacity it uses. */
export function dealerInventory(s: State): { usd: number; capacityUsed: number } {
  const h = s.hold, d = s.sec.dealer;
  let usd = 0, room = 0;
  for (let k = 1; k < A; k++) {
    usd += Math.abs(s.units[d * A + k]! - h.dealerBase[k]!) * s.price[k]!;
    room += h.dealerRoom[k]! * s.price[k]!;
  }
  return { usd, capacityUsed: room > 0 ? usd / room : 0 };
}
