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
import { marketValue } from '../market/book';
import { drawFromIdle, payHouseholds } from '../agents/households';
import { lastHist } from '../market/prices';

const A = N_ASSETS;
const REDEMPTION = TRIGGERS.indexOf('redemption');

/** Today's shareholder flow (paid), then the funds' orders to restore their cash buffer. Returns
 *  the flow, USD (> 0 in). */
export function fundFlows(s: State, o: Orders): number {
  const i = s.sec.funds, hf = s.sc.holders.funds;
  const risky = marketValue(s, i, true);
  const holdings = marketValue(s, i);
  const aum = s.cash[i]! + holdings;
  if (!(aum > 0) || !(risky > 0)) return 0;
  const L = hf.lookbackDays;
  let R = 0;
  if (s.t > L) for (let k = 1; k < A; k++) R += ((s.units[i * A + k]! * s.price[k]!) / risky) * (lastHist(s, k, 1) - lastHist(s, k, 1 + L));
  const want = (aum * (R < 0 ? hf.flowOnLoss : hf.flowOnGain) * R) / L;
  const flow = want > 0 ? drawFromIdle(s, i, want, 0.01) : want < 0 ? -payHouseholds(s, i, -want) : 0;
  // Trade the gap from the cash buffer, pro rata to holdings: buying is voluntary, selling after an
  // outflow is a redemption sale.
  const gap = s.cash[i]! - hf.cashShare * (s.cash[i]! + holdings);
  if (Math.abs(gap) > 1e6) {
    // Selling to pay shareholders who left is a redemption sale; selling to rebuild a buffer drawn
    // down otherwise (futures variation margin, say) is a voluntary one.
    const redeemed = gap < 0 && flow < 0 ? Math.max(gap, flow) : 0;
    for (let k = 1; k < A; k++) {
      const u = s.units[i * A + k]!;
      if (u <= 0) continue;
      if (redeemed < 0) o.add(i, k, (redeemed * u) / risky, REDEMPTION);
      if (gap - redeemed !== 0) o.add(i, k, ((gap - redeemed) * u) / risky, VOLUNTARY);
    }
  }
  return flow;
}
