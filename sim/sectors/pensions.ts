// Pensions and insurers: they hold fixed target weights (their liability-driven strategic
// allocation) and rebalance toward them, closing 1/rebalanceDays of the gap each day. They are the
// market's slow contrarians: after a fall in equities they buy, after a rally they sell.
import { N_ASSETS } from '../ids';
import type { State } from '../state';
import type { Orders } from '../market/orders';
import { VOLUNTARY } from '../market/orders';
import { marketValue } from '../market/book';

const A = N_ASSETS;

export function pensionRebalance(s: State, o: Orders): void {
  const i = s.sec.pensions, w = s.hold.pensionTarget;
  const wealth = s.cash[i]! + marketValue(s, i);
  if (!(wealth > 0)) return;
  const speed = 1 / s.sc.holders.pensions.rebalanceDays;
  for (let k = 1; k < A; k++) {
    const gap = (w[k]! * wealth - s.units[i * A + k]! * s.price[k]!) * speed;
    if (Math.abs(gap) > 1e6) o.add(i, k, gap / s.price[k]!, VOLUNTARY);
  }
}
