// Pensions and insurers: they hold fixed target weights (their liability-driven strategic
// allocation) and rebalance toward them, closing 1/rebalanceDays of the gap each day. They are the
// market's slow contrarians: after a fall in equities they buy, after a rally they sell. They have
// no credit line: purchases are scaled to the cash they hold (today's sales may go unfilled in a
// one-sided market, so they pay for tomorrow's purchases).
import { N_ASSETS } from '../ids';
import type { State } from '../state';
import type { Orders } from '../market/orders';
import { VOLUNTARY } from '../market/orders';
import { marketValue } from '../market/book';

const A = N_ASSETS;

export function pensionRebalance(s: State, o: Orders, gaps: Float64Array): void {
  const i = s.sec.pensions, w = s.hold.pensionTarget;
  const wealth = s.cash[i]! + marketValue(s, i);
  if (!(wealth > 0)) return;
  const speed = 1 / s.sc.holders.pensions.rebalanceDays;
  let buys = 0;
  for (let k = 1; k < A; k++) {
    const gap = (w[k]! * wealth - s.units[i * A + k]! * s.price[k]!) * speed;
    gaps[k] = Math.abs(gap) > 1e6 ? gap : 0;
    if (gaps[k]! > 0) buys += gaps[k]!;
  }
  // A round may raise a price by at most e^0.2 ≈ 1.22 (market/assetMarket.ts): keep that margin.
  const room = Math.max(0, s.cash[i]!) / 1.25;
  const scale = buys > room ? room / buys : 1;
  for (let k = 1; k < A; k++) {
    const g = gaps[k]! > 0 ? gaps[k]! * scale : gaps[k]!;
    if (g !== 0) o.add(i, k, g / s.price[k]!, VOLUNTARY);
  }
}
