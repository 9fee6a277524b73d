// sovereign: AUM across assets, dry powder, and a schedule of capital calls for AI commitments.
// When a call exceeds the cash above its buffer, the fund sells by a pecking order of confidence
// (sources: docs/CALIBRATION.md): by default the holding with the worst trailing return first, or an explicit
// order that may include 'hedge_funds' (a redemption request, paid after the notice period).
import { ASSET_IDS, CLASS_IDS, N_ASSETS, type AssetId } from '../ids';
import type { Compiled } from '../compiled';
import type { State } from '../state';
import { P, S } from '../state';
import { lastHist } from '../market/prices';
import type { Orders } from '../market/orders';
import { trig } from '../market/orders';
import { sovereignBuffer } from '../market/funding';
import { pay } from '../market/book';
import { log } from '../math';
import type { DayRecord } from '../record/dayRecord';
import { hfSectorEquity } from './hedgeFund';
import { queueRedemption } from './hedgeFundFlows';

const A = N_ASSETS;
const SOV = CLASS_IDS.indexOf('sovereign');
const HF = CLASS_IDS.indexOf('hedge_fund');
const CALL = trig('capital_call');

type Step = number | 'hedge_funds';

function peckingOrder(s: State): Step[] {
  const po = s.sc.sovereign.peckingOrder;
  if (po !== 'trailing') return po.map((x) => (x === 'hedge_funds' ? 'hedge_funds' : ASSET_IDS.indexOf(x as AssetId)));
  // Confidence = trailing return; least trusted first. Hedge funds are ranked by their own trailing return.
  const lag = Math.min(s.sc.sovereign.trailingDays, 250);
  const ranked: Array<[Step, number]> = [];
  for (let k = 1; k < A; k++) ranked.push([k, log(s.price[k]!) - lastHist(s, k, lag)]);
  ranked.push(['hedge_funds', s.hfTrailing]);
  ranked.sort((a, b) => a[1] - b[1]);
  return ranked.map((r) => r[0]);
}

export function capitalCalls(s: State, c: Compiled, o: Orders, rec: DayRecord): number {
  const day = s.cal.dayNumbers[s.t]!;
  const call = c.calls.get(day) ?? 0;
  const sv = s.sc.sovereign;
  let shortfall = 0;
  let order: Step[] | null = null;
  for (let i = s.classStart[SOV]!, j = 0; i < s.classEnd[SOV]!; i++, j++) {
    if (call > 0) s.st[i * S] += call * s.par[i * P]!;
    const unpaid = s.st[i * S]!;
    if (unpaid <= 0) continue;
    const avail = Math.max(0, s.cash[i]! - sovereignBuffer(s, i));
    let need = unpaid - avail - s.st[i * S + 2]!; // minus redemptions already requested
    if (need <= 0) continue;
    shortfall += need;
    order ??= peckingOrder(s);
    for (const step of order) {
      if (need <= 0) break;
      if (step === 'hedge_funds') {
        const stake = s.hfStakeFraction[j]! * hfSectorEquity(s);
        const req = Math.min(need, stake * sv.maxSellFraction);
        if (req > 1e6) { requestHfRedemption(s, i, req); s.st[i * S + 2] += req; need -= req; rec.addFof('calls.hfRedemptions', req); }
        continue;
      }
      const have = s.units[i * A + step]! * s.price[step]!;
      const sell = Math.min(need, have * sv.maxSellFraction);
      if (sell > 1e6) { o.add(i, step, -sell / s.price[step]!, CALL); need -= sell; rec.addFof('calls.assetSales', sell); }
    }
  }
  return shortfall;
}

function requestHfRedemption(s: State, sovereign: number, usd: number): void {
  const eqTot = hfSectorEquity(s);
  if (eqTot <= 0) return;
  const notice = s.sc.hedge_fund.flows.noticeDays;
  for (let h = s.classStart[HF]!; h < s.classEnd[HF]!; h++) {
    const e = s.hfEquity[h - s.classStart[HF]!]!;
    if (e > 0) queueRedemption(s, h, sovereign, (usd * e) / eqTot, s.t + notice, true);
  }
}

/** Pay what can be paid of each call into the real economy (AI ventures spend it). */
export function payCalls(s: State, rec: DayRecord): number {
  let paid = 0;
  for (let i = s.classStart[SOV]!; i < s.classEnd[SOV]!; i++) {
    const unpaid = s.st[i * S]!;
    if (unpaid <= 0) continue;
    const p = pay(s, i, s.sec.realEconomy, Math.min(unpaid, Math.max(0, s.cash[i]!)));
    s.st[i * S] = unpaid - p;
    paid += p;
  }
  rec.addFof('calls.cash', paid);
  return paid;
}
