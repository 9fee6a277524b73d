// Clearing one round of orders against the holders' demand (docs/MODEL.md "Clearing"). The round's
// orders net to q_k units per asset; the price moves until value investors and dealers take the
// other side (assetMarket.ts: their demand curves, and the solver). Every order fills at the round's
// price; units and cash are conserved exactly (whole units, whole dollars, the dealers take the
// rounding). Long-only holders cannot sell more than they hold; only CTAs (futures), dealers and an
// outside seller (the foreign sector delivering a `flow` shock) may go short. T-bills are money-like:
// dealers take them at the going price.
import { CLASS_IDS, N_ASSETS } from '../ids';
import { exp, log } from '../math';
import type { State } from '../state';
import type { Orders } from './orders';
import type { DayRecord } from '../record/dayRecord';
import { AssetMarket, solveRound } from './assetMarket';
import { valueBudget } from '../sectors/valueInvestors';

const A = N_ASSETS;
const CTA = CLASS_IDS.indexOf('cta');
const TB = 0;

/** Reused scratch (clearing is synchronous and not re-entrant). */
const market = new AssetMarket();
const netUnits = new Float64Array(A);
const room = new Float64Array(A);      // units value investors may buy this round
const wantUsd = new Float64Array(A);   // what they would spend on each market with no budget
const solved = new Float64Array(A);    // each market's log price from the unconstrained pass
const valueTake = new Float64Array(A); // units value investors take at the round's price
const buys = new Float64Array(A), sells = new Float64Array(A);
const fill = new Float64Array(A);      // share of the heavy side's orders filled (1 unless a round hit its bound)
const ordUnits = new Float64Array(A), ordUsd = new Float64Array(A);

const mayShort = (s: State, ag: number): boolean => s.cls[ag] === CTA || ag === s.sec.foreign || ag === s.sec.dealer;

export function clearRound(s: State, o: Orders, from: number, round: number, rec: DayRecord): number {
  const price = s.price, units = s.units, cash = s.cash, cls = s.cls;
  const dealer = s.sec.dealer, value = s.sec.value;
  const flow = rec.roundFlow;
  flow.fill(0); netUnits.fill(0); buys.fill(0); sells.fill(0); fill.fill(1); ordUnits.fill(0); ordUsd.fill(0);
  // 1. Clamp sells to holdings (long-only holders) and net the round's units per asset. An agent's
  //    earlier sells in the round are set aside first, so several sells of one asset cannot
  //    together exceed what it holds.
  for (let i = from; i < o.count; i++) {
    const ag = o.agent[i]!, k = o.asset[i]!;
    let u = o.units[i]!;
    if (u < 0 && !mayShort(s, ag)) {
      const have = units[ag * A + k]!;
      if (-u > have) { u = -Math.max(0, have); o.units[i] = u; }
      units[ag * A + k] += u;
    }
    netUnits[k] += u;
    if (u > 0) buys[k] += u; else sells[k] -= u;
    flow[k] += u * price[k]!;
  }
  for (let i = from; i < o.count; i++) {
    const u = o.units[i]!;
    if (u < 0 && !mayShort(s, o.agent[i]!)) units[o.agent[i]! * A + o.asset[i]!] -= u;
  }
  // 2. The clearing price of each risky asset. Value investors' budget is shared: first each market
  //    clears as if it were unlimited; if their purchases would exceed it, each market gets the
  //    budget in proportion to what it wanted and clears again. A round that hits its bound fills
  //    the heavy side pro rata to what the holders take there.
  const budget = valueBudget(s);
  let want = 0;
  for (let k = 1; k < A; k++) {
    room[k] = Infinity; wantUsd[k] = 0; valueTake[k] = 0;
    if (netUnits[k] === 0) continue;
    loadMarket(s, k, netUnits[k]!, Infinity);
    solved[k] = solveRound(market, log(price[k]!));
    const bought = market.value(solved[k]!) - market.held;
    wantUsd[k] = bought > 0 ? bought * price[k]! : 0;
    want += wantUsd[k]!;
  }
  const scale = want > budget ? budget / want : 1;
  for (let k = 1; k < A; k++) {
    if (netUnits[k] === 0) continue;
    if (scale < 1) room[k] = (wantUsd[k]! * scale) / price[k]!;
    loadMarket(s, k, netUnits[k]!, room[k]!);
    // Unconstrained, the first pass already solved this market (same inputs, same bits).
    const x = scale < 1 ? solveRound(market, log(price[k]!)) : solved[k]!;
    const take = market.absorb(x);
    if (Math.abs(netUnits[k]! + take) > 0.5) {
      // Unfilled: the heavy side gets what the light side plus the holders leave.
      fill[k] = netUnits[k]! > 0 ? Math.max(0, (sells[k]! - take) / buys[k]!) : Math.max(0, (buys[k]! + take) / sells[k]!);
    }
    price[k] = exp(x);
    valueTake[k] = Math.round(market.value(log(price[k]!)) - market.held);
  }
  // 3. Fill every order at the round's price.
  let forcedTotal = 0;
  for (let i = from; i < o.count; i++) {
    const ag = o.agent[i]!, k = o.asset[i]!;
    let u = o.units[i]!;
    if (u === 0) continue;
    if (fill[k] !== 1 && (u > 0) === (netUnits[k]! > 0)) { u = Math.trunc(u * fill[k]!); o.units[i] = u; if (u === 0) continue; }
    const usd = Math.round(u * price[k]!);
    units[ag * A + k] += u; cash[ag] -= usd;
    ordUnits[k] += u; ordUsd[k] += usd;
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
  // 4. The holders take the other side: value investors what their demand says, dealers the rest
  //    (so units and cash balance exactly).
  for (let k = 0; k < A; k++) {
    if (ordUnits[k] === 0 && ordUsd[k] === 0) continue;
    let uv = 0, usdV = 0;
    if (k !== TB && netUnits[k] !== 0) {
      uv = valueTake[k]!;
      usdV = Math.round(uv * price[k]!);
      units[value * A + k] += uv; cash[value] -= usdV;
    }
    units[dealer * A + k] -= ordUnits[k]! + uv;
    cash[dealer] += ordUsd[k]! + usdV;
  }
  return forcedTotal;
}

function loadMarket(s: State, k: number, q: number, buyRoom: number): void {
  const h = s.hold, m = market;
  m.q = q;
  m.base = h.valueOpen[k]!;
  m.held = s.units[s.sec.value * A + k]!;
  m.zeta = h.valueZeta[k]!;
  m.room = buyRoom;
  m.dOpen = h.dealerOpen[k]!;
  m.dNow = s.units[s.sec.dealer * A + k]!;
  m.xOpen = h.openLn[k]!;
  m.delta = h.dealerDelta[k]!;
  const b = h.dealerBase[k]!, r = h.dealerRoom[k]!;
  m.lo = Math.min(b - r, m.dOpen); m.hi = Math.max(b + r, m.dOpen);
}
