// Clearing one round of orders: the round's net flow extends the day's metaorder, the
// square-root law moves the price, and every order fills at the round's price against the
// institutional book (rest_of_market's elastic counterparty). Long-only holders cannot sell
// more than they hold; only CTAs (futures), the book itself and an outside seller (the foreign
// sector delivering a `flow` shock) may go short.
import { ASSET_IDS, CLASS_IDS, N_ASSETS } from '../ids';
import { exp } from '../math';
import type { State } from '../state';
import { sqrtImpact } from './impact';
import type { Orders } from './orders';
import type { DayRecord } from '../record/dayRecord';

const A = N_ASSETS;
const CTA = CLASS_IDS.indexOf('cta');
const TB = 0;

export function clearRound(s: State, o: Orders, from: number, round: number, rec: DayRecord): number {
  const price = s.price, units = s.units, cash = s.cash, cls = s.cls;
  const dealer = s.sec.dealer, foreign = s.sec.foreign;
  const flow = rec.roundFlow;
  flow.fill(0);
  // 1. Clamp sells to holdings (long-only classes) and sum the round's USD flow at the pre-round price.
  //    An agent's earlier sells in the round are set aside first, so several sells of one asset
  //    (e.g. a reallocation sale and a retail sale) cannot together exceed what it holds.
  for (let i = from; i < o.count; i++) {
    const ag = o.agent[i]!, k = o.asset[i]!;
    let u = o.units[i]!;
    if (u < 0 && cls[ag] !== CTA && ag !== foreign) {
      const have = units[ag * A + k]!;
      if (-u > have) { u = -Math.max(0, have); o.units[i] = u; }
      units[ag * A + k] += u;
    }
    flow[k] += u * price[k]!;
  }
  for (let i = from; i < o.count; i++) {
    const u = o.units[i]!;
    if (u < 0 && cls[o.agent[i]!] !== CTA && o.agent[i] !== foreign) units[o.agent[i]! * A + o.asset[i]!] -= u;
  }
  // 2. New prices from the extended metaorder. T-bills are money-like: no impact.
  const y = s.sc.impact.y;
  for (let k = 1; k < A; k++) {
    if (flow[k] === 0) continue;
    s.dayFlowUsd[k] += flow[k]!;
    const a = s.sc.assets[ASSET_IDS[k]!];
    rec.dayImpact[k] = sqrtImpact(y, a.dailyVol, s.dayFlowUsd[k]!, a.advUsd);
    price[k] = exp(s.lnF[k]! + s.mis[k]! + rec.dayImpact[k]!);
  }
  // 3. Fill every order at the new price; the book takes the other side.
  let forcedTotal = 0;
  for (let i = from; i < o.count; i++) {
    const ag = o.agent[i]!, k = o.asset[i]!, u = o.units[i]!;
    if (u === 0) continue;
    const usd = Math.round(u * price[k]!);
    units[ag * A + k] += u; units[dealer * A + k] -= u;
    cash[ag] -= usd; cash[dealer] += usd;
    const au = usd < 0 ? -usd : usd;
    s.volumeUsd[k] += au;
    const c = cls[ag]!;
    if (c < 255 && k !== TB) rec.classFlow[c * A + k] += usd;
    const t = o.trigger[i]!;
    if (t >= 0 && usd < 0) {
      rec.forced[t] += au;
      forcedTotal += au;
      rec.noteForcedSale(round, ag, c, k, t, au);
    }
  }
  return forcedTotal;
}
