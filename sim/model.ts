// One trading day: the ordered phases of the model (the design sketch (docs/MODEL.md) "Each day, in order";
// docs/MODEL.md "Process overview and scheduling"). Everything a day does is listed here.
import { ASSET_IDS, N_ASSETS, assetIndex } from './ids';
import type { Compiled } from './compiled';
import type { State } from './state';
import type { RunEvent } from './api-types';
import { exp, log } from './math';
import { Orders } from './market/orders';
import { clearRound } from './market/clearing';
import { FundingDay, clearFunding, settleFunding, updateSpread } from './market/funding';
import { currencyWithdrawals, measureIdle, moneyFundInflows, moneyMarketRates, repoMarket, setCorridor, updateReserveFloor } from './sectors/plumbing';
import { fedPaysInterest, mbsRunoff, repaySrf } from './sectors/fed';
import { bankInterest, reservesFedSide } from './sectors/banks';
import { issuanceNeed, payTreasuryInterest, primarySpending } from './sectors/treasury';
import { foreignEquityOrders, officialTreasurySales, outsideFlowOrders } from './sectors/foreign';
import { IDLE_COMPONENTS } from './ids';
import { closePrices, openPrices, rateChanges } from './market/prices';
import { expectationAnchor, updateRates } from './market/rates';
import { backstopPurchases, closeFedBook, openFedBook, scheduledPurchases, secondaryPurchases, setPolicy } from './agents/centralBank';
import { recirculate, updateTransactionsDemand } from './agents/realEconomy';
import { applyHurdle, hyperscalerFunding, plannedCapex, spendCapex } from './agents/hyperscaler';
import { smoothFundingCost } from './agents/capexResponse';
import { capitalCalls, payCalls } from './agents/sovereign';
import { hedgeFundRebalance, marginCalls, markHedgeFunds } from './agents/hedgeFund';
import { payRedemptions, quarterlyFlows, redemptionsDue } from './agents/hedgeFundFlows';
import { settleHedges } from './agents/hedgeFundHedges';
import { ctaDecide } from './agents/cta';
import { volTargetClose, volTargetDecide } from './agents/volTarget';
import { buybacks } from './agents/buyback';
import { consumption, retailFlows, stablecoinFlows } from './agents/households';
import { applyShocks } from './shocks';
import { openValueInvestors, restingLogPrice, valueFunding } from './sectors/valueInvestors';
import { dealerInventoryOrders, openDealers } from './sectors/dealers';
import { pensionRebalance } from './sectors/pensions';
import { fundFlows } from './sectors/funds';
import { DayRecord } from './record/dayRecord';
import { checkBooks, recordDay, type DayExtras } from './record/recorder';

const A = N_ASSETS;
const BE = assetIndex('broad_equity');
const TB = assetIndex('tbills'), TR = assetIndex('treasuries');

/** Per-run scratch space, reused every day (not part of a snapshot: empty between days). */
export class Scratch {
  orders = new Orders();
  funding = new FundingDay();
  rec = new DayRecord();
  planned: Float64Array;
  idleParts = new Float64Array(IDLE_COMPONENTS.length);
  dr = new Float64Array(A);
  news = new Float64Array(A);
  intraday = new Float64Array(A);
  gaps = new Float64Array(A);
  fut = new Float64Array(A);
  /** The day's figures for the recorder: one object reused every day, its number fields doubles
   *  from the start (a fresh literal a day, with 0 in some fields and fractions in others, made V8
   *  deoptimise the recorder every few days: see settleNumberFields in state.ts). */
  extras: DayExtras = { idleParts: this.idleParts, residual: 0.5, capexPlanned: 0.5, capexSpent: 0.5, callsPaid: 0.5, openShare: 0.5 };
  constructor(hyperscalers: number) { this.planned = new Float64Array(hyperscalers); }
}

export function stepDay(s: State, c: Compiled, x: Scratch, cols: Float64Array[], events: RunEvent[]): void {
  const sc = s.sc;
  const { orders: o, funding: f, rec } = x;
  o.clear(); f.reset(); rec.reset();
  s.volumeUsd.fill(0);
  for (let k = 0; k < A; k++) s.prevClose[k] = s.price[k]!;
  const prev = { policy: s.policy + s.policyAdj, y10: s.y10, coc: s.coc, ig: s.igSpread, hy: s.hySpread };

  // 1. Calendar and exogenous paths: timed shocks.
  applyShocks(s, c, events);
  // 2. Policy: the rate path and stance.
  setPolicy(s, c);
  // 3. The plumbing opens: administered rates, standing-repo loans repaid, interest paid (the Fed on
  //    reserves and ON RRP, the Treasury on bills and coupons, banks on deposits and margin loans),
  //    currency drawn, MBS runoff; firms' transactions demand follows nominal spending, and cash
  //    above it recirculates to households (the multiplier's return).
  setCorridor(s);
  repaySrf(s);
  rec.addFof('interest.fed', fedPaysInterest(s, reservesFedSide(s)));
  const tsyInterest = payTreasuryInterest(s);
  rec.addFof('interest.treasury', tsyInterest);
  const bi = bankInterest(s);
  rec.addFof('interest.deposits', bi.deposits); rec.addFof('interest.margin', bi.margin);
  rec.addFof('currency.withdrawn', currencyWithdrawals(s));
  rec.addFof('mmf.inflows', moneyFundInflows(s));
  rec.addFof('fed.mbsRunoff', mbsRunoff(s, c.mbsRunoffAt(s.cal.dayNumbers[s.t]!)));
  updateTransactionsDemand(s);
  updateReserveFloor(s);
  recirculate(s);
  rec.addFof('households.consumption', consumption(s));
  // 4. Funding needs: the capex waterfall, Treasury issuance (deficit, TGA to target, QT runoff), capital calls.
  const capexPlanned = plannedCapex(s, c, x.planned);
  s.cumCapexPlanned += capexPlanned;
  hyperscalerFunding(s, c, x.planned, o, f, rec);
  const issue = issuanceNeed(s, c.tgaTargetAt(s.cal.dayNumbers[s.t]!) + s.tgaShock);
  rec.addFof('treasury.issued', issue);
  const billShare = sc.realEconomy.billShare;
  f.add(s.sec.government, TB, issue * billShare, true);
  f.add(s.sec.government, TR, issue * (1 - billShare), true);
  s.netDurationSupply += issue * (1 - billShare);
  const cbFlow = scheduledPurchases(s, c);
  if (cbFlow < 0) {
    const runoff = Math.min(-cbFlow, s.units[s.sec.centralBank * A + TR]! * s.price[TR]!);
    f.add(s.sec.centralBank, TR, runoff, false);
    s.netDurationSupply += runoff;
  } else s.netDurationSupply -= cbFlow;
  const callShortfall = capitalCalls(s, c, o, rec);
  rec.demand = f.remaining() + callShortfall;
  s.cumDemand += rec.demand;
  // 5. The money market, then the funding market: the funds' repo with dealers, SOFR and the bill
  //    rate, then new paper bought by the central bank, idle money, spare deposits, then reallocation.
  repoMarket(s);
  rec.addFof('fed.srf', moneyMarketRates(s));
  const cbNewPaper = rec.fofOf('paper.cb');
  const residual = clearFunding(s, f, o, rec, Math.max(0, cbFlow), (r) => backstopPurchases(s, r), x.planned);
  // Purchases the day's new paper could not absorb are made in the secondary market (existing
  // Treasuries from their holders, as in March 2020), as an order in round 0.
  const cbSecondary = Math.max(0, cbFlow - (rec.fofOf('paper.cb') - cbNewPaper));
  updateSpread(s, residual);
  // The Treasury pays the deficit's cash outflow: interest (paid above), the rest as primary spending.
  rec.addFof('treasury.primary', primarySpending(s, tsyInterest));
  // 6. Rates and the open: discount rates move, fundamentals revalue, news and noise arrive.
  const today = s.cal.dayNumbers[s.t]!;
  updateRates(s, expectationAnchor(s, c.guidanceMean[s.t]!, c.inflationAt(today), c.outputGapAt(today)));
  rateChanges(s, prev, x.dr);
  earningsNews(s, x.news);
  openPrices(s, x.dr, x.news, 1);
  openMarkets(s);
  // 7. Agent decisions on yesterday's close (signals) and today's open (valuations).
  smoothFundingCost(s);
  applyHurdle(s, events);
  markHedgeFunds(s);
  if (s.cal.quarterEnd[s.t]) quarterlyFlows(s);
  redemptionsDue(s, o);
  marginCalls(s, o);
  hedgeFundRebalance(s, o);
  rec.addFof('funds.flows', fundFlows(s, o));
  rec.addFof('value.funding', valueFunding(s));
  pensionRebalance(s, o, x.gaps);
  dealerInventoryOrders(s, o);
  ctaDecide(s, o, false);
  volTargetDecide(s, o, null);
  const openShare = buybacks(s, o);
  foreignEquityOrders(s, o);
  rec.addFof('foreign.outsideFlow', outsideFlowOrders(s, o));
  rec.addFof('foreign.officialSales', officialTreasurySales(s, o));
  rec.addFof('fed.secondary', secondaryPurchases(s, o, cbSecondary));
  retailFlows(s, o);
  stablecoinFlows(s, o);
  // 8. Clearing, round 0.
  const cbBook = openFedBook(s);
  clearRound(s, o, 0, 0, rec);
  // 9. Forced-selling rounds: margin, vol-target cuts, CTA stop-outs on the day's move so far.
  cascade(s, o, rec, events, x.intraday);
  closeFedBook(s, cbBook);
  // 10. Settlement: paper bought with sale proceeds, capex paid, calls paid, redemptions paid.
  settleFunding(s, f, rec);
  const spent = spendCapex(s, x.planned, rec);
  s.cumCapexSpent += spent;
  const callsPaid = payCalls(s, rec);
  payRedemptions(s);
  // Earnings follow the capex plan (guidance), repriced within days, not the cash actually spent.
  s.capexEwma += (capexPlanned - s.capexEwma) / 5;
  // 11. Close: prices, volatility, history; idle money measured; exhaustion recorded.
  closePrices(s);
  rec.addFof('hf.variationMargin', settleHedges(s, x.fut));
  volTargetClose(s, log(s.price[BE]!) - log(s.prevClose[BE]!));
  markHedgeFunds(s);
  s.idle = measureIdle(s, x.idleParts);
  // Exhaustion is a state, not a one-off: recorded each time idle money falls below the threshold,
  // and its end each time it climbs back above twice the threshold (hysteresis against flicker).
  const threshold = s.idle0 * sc.pool.exhaustionShare;
  if (!s.exhausted && s.idle < threshold) {
    s.exhausted = true;
    if (s.exhaustionDay < 0) s.exhaustionDay = s.t;
    events.push({ kind: 'exhaustion', day: s.t, date: s.cal.dates[s.t]!, idleUsd: s.idle });
  } else if (s.exhausted && s.idle > 2 * threshold) {
    s.exhausted = false;
    events.push({ kind: 'replenished', day: s.t, date: s.cal.dates[s.t]!, idleUsd: s.idle });
  }
  // 12. Record and check the books.
  const imbalance = checkBooks(s);
  if (imbalance > s.maxImbalance) s.maxImbalance = imbalance;
  const ex = x.extras;
  ex.residual = residual; ex.capexPlanned = capexPlanned; ex.capexSpent = spent; ex.callsPaid = callsPaid; ex.openShare = openShare;
  recordDay(s, cols, rec, ex, imbalance);
  s.t++;
}

/** Earnings news: AI-hardware earnings follow the capex rate; broad equity gets the multiplier. */
function earningsNews(s: State, news: Float64Array): void {
  const re = s.sc.realEconomy;
  for (let k = 0; k < A; k++) {
    const a = s.sc.assets[ASSET_IDS[k]!];
    if (a.capexBeta === 0) { news[k] = 0; continue; }
    const capexAnnual = s.capexEwma * 252;
    // Log earnings relative to the announced path's starting rate: AI hardware's move with the capex
    // rate; broad equity's with the multiplier's extra spending as a share of GDP.
    // AI hardware's earnings are half hyperscaler capex at the start, half other demand, so a world
    // without AI capex halves them rather than sending them (and the price) to zero.
    const rel = k === BE ? (re.multiplier * (capexAnnual - s.capexRate0)) / re.gdpUsd
      : log((Math.max(0, capexAnnual) + s.capexRate0) / Math.max(1, 2 * s.capexRate0));
    const level = a.capexBeta * rel;
    news[k] = level - s.earn[k]!;
    s.earn[k] = level;
  }
}

/** The open: today's depth, the price at which value investors want what they hold, and dealers'
 *  quotes around it. T-bills are money-like: their price is their valuation. */
function openMarkets(s: State): void {
  openValueInvestors(s);
  s.price[0] = exp(s.lnF[0]!);
  for (let k = 1; k < A; k++) s.price[k] = exp(restingLogPrice(s, k));
  openDealers(s);
}

const lnPrevClose = new Float64Array(A);

function cascade(s: State, o: Orders, rec: DayRecord, events: RunEvent[], mv: Float64Array): void {
  const cfg = s.sc.cascade;
  for (let k = 0; k < A; k++) lnPrevClose[k] = log(s.prevClose[k]!);   // fixed for the day
  for (let k = 0; k < A; k++) mv[k] = log(s.price[k]!) - lnPrevClose[k]!;
  rec.closeRound(0, mv);
  let total = rec.roundLog[0]!.totalUsd;
  for (let round = 1; round <= cfg.maxRounds; round++) {
    for (let k = 0; k < A; k++) mv[k] = log(s.price[k]!) - lnPrevClose[k]!;
    const from = o.count;
    marginCalls(s, o, mv);
    volTargetDecide(s, o, mv[BE]!);
    ctaDecide(s, o, true);
    if (o.count === from) break;
    const forced = clearRound(s, o, from, round, rec);
    rec.closeRound(round, mv);
    rec.rounds = round;
    total += forced;
    if (forced < cfg.thresholdUsd) break;
  }
  if (rec.rounds >= 1 && total >= cfg.thresholdUsd && rec.roundLog.slice(1).some((r) => r.totalUsd >= cfg.thresholdUsd)) {
    events.push({ kind: 'cascade', day: s.t, date: s.cal.dates[s.t]!, rounds: rec.roundLog.filter((r) => r.sales.length > 0), totalUsd: total });
  }
}
