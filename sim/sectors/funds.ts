// Mutual, bond and exchange-traded funds. They stay invested in their mandate (they trade only their
// flows, pro rata to what they hold) and keep a cash buffer. Their shareholders, households, move
// money in and out after returns (Goldstein, Jiang & Ng 2017; Falato, Goldstein & Hortaçsu 2021:
// outflows react more to losses than inflows to gains):
//   flow_t = AUM · b · R / L,   R = the funds' log return over the last L days, b = flowOnLoss if R < 0
//   else flowOnGain.
// Inflows come out of households' idle deposits; outflows are paid to households at once, and the
// funds sell to restore their buffer (trigger: redemption, a forced sale).
import { N_ASSETS, TRIGGERS } from '../ids';
import type { State } from '../state';
import type { Orders } from '../market/orders';
import { VOLUNTARY } from '../market/orders';
import { marketValue, pay } from '../market/book';
import { householdIdle } from '../market/funding';
import { lastHist } from '../market/prices';
import { P } from '../state';

const A = N_ASSETS;
const REDEMPTION = TRIGGERS.indexOf('redemption');

/** Today's shareholder flow (paid), then the funds' orders to restore their cash buffer. Returns
 *  the flow, USD (> 0 in). */
export function fundFlows(s: State, o: Orders): number {
  const i = s.sec.funds, hf = s.sc.holders.funds;
  const risky = marketValue(s, i, true);
  const aum = s.cash[i]! + marketValue(s, i);
  if (!(aum > 0) || !(risky > 0)) return 0;
  const L = hf.lookbackDays;
  let R = 0;
  if (s.t > L) for (let k = 1; k < A; k++) R += ((s.units[i * A + k]! * s.price[k]!) / risky) * (lastHist(s, k, 1) - lastHist(s, k, 1 + L));
  const want = (aum * (R < 0 ? hf.flowOnLoss : hf.flowOnGain) * R) / L;
  let flow = 0;
  const { start, end } = s.households;
  if (want > 0) {
    let idle = 0;
    for (let j = start; j < end; j++) idle += householdIdle(s, j);
    const take = Math.min(want, idle * 0.01);
    if (take > 0) for (let j = start; j < end; j++) flow += pay(s, j, i, (take * householdIdle(s, j)) / idle);
  } else if (want < 0) {
    let tot = 0;
    for (let j = start; j < end; j++) tot += s.par[j * P + 3]!;
    if (tot > 0) for (let j = start; j < end; j++) flow -= pay(s, i, j, (-want * s.par[j * P + 3]!) / tot);
  }
  // Trade the gap from the cash buffer, pro rata to holdings: buying is voluntary, selling after an
  // outflow is a redemption sale.
  const gap = s.cash[i]! - hf.cashShare * (s.cash[i]! + marketValue(s, i));
  if (Math.abs(gap) > 1e6) {
    const t = gap < 0 && flow < 0 ? REDEMPTION : VOLUNTARY;
    for (let k = 1; k < A; k++) {
      const u = s.units[i * A + k]!;
      if (u > 0) o.add(i, k, (gap * u) / risky, t);
    }
  }
  return flow;
}
