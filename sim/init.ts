// Initialization: balance sheets at the start date, sized in dollars from docs/CALIBRATION.md (see
// docs/CALIBRATION.md). Every asset unit outstanding is held by someone: what the named classes and
// households do not hold ("the rest") is split among the holders (initHolders.ts).
import { buildCalendar } from './calendar';
import { ASSET_IDS, CLASS_IDS, N_ASSETS, assetIndex, type AssetId, type ClassId } from './ids';
import { exp, log } from './math';
import { Rng } from './rng';
import { ScenarioError } from './scenario/load';
import type { Scenario } from './scenario/schema';
import { HIST, P, S, settleNumberFields, type State } from './state';
import { updateRates } from './market/rates';
import { riskyWealth } from './market/funding';
import { IDLE_COMPONENTS } from './ids';
import { nominalSpending, updateTransactionsDemand } from './agents/realEconomy';
import { MMF_SHARES, mmfBillShare } from './sectors/moneyFunds';
import { leveredTreasuries, measureIdle, moneyMarketRates, setCorridor } from './sectors/plumbing';
import { splitTheRest } from './initHolders';
import { initHedgeFunds } from './initHedgeFunds';
import { resetFutures } from './agents/hedgeFundHedges';
import { openValueInvestors } from './sectors/valueInvestors';
import { openDealers } from './sectors/dealers';

const A = N_ASSETS;
export const PRICE0 = 100;
const TB = assetIndex('tbills');
const TR = assetIndex('treasuries');

export function initState(sc: Scenario, seed: number, maxDays?: number): State {
  const cal = buildCalendar(sc.start, sc.end, maxDays);
  const rng = new Rng(`crowdout:${seed}`);
  const counts: Record<ClassId, number> = {
    hyperscaler: sc.hyperscaler.count, sovereign: sc.sovereign.count, hedge_fund: sc.hedge_fund.count,
    cta: sc.cta.count, vol_target: sc.vol_target.count, buyback: sc.buyback.count, central_bank: 1,
    rest_of_market: sc.rest_of_market.households + 6, // households + dealers, money funds, stablecoin issuers, value investors, pensions, funds
  };
  const classStart = new Int32Array(CLASS_IDS.length);
  const classEnd = new Int32Array(CLASS_IDS.length);
  let n = 0;
  CLASS_IDS.forEach((c, i) => { classStart[i] = n; n += counts[c]; classEnd[i] = n; });
  const government = n++, realEconomy = n++, banks = n++, foreign = n++, currency = n++, futures = n++;
  const cbIdx = classStart[CLASS_IDS.indexOf('central_bank')]!;
  const romStart = classStart[CLASS_IDS.indexOf('rest_of_market')]!;
  const sec = {
    government, centralBank: cbIdx, realEconomy, dealer: romStart, moneyFund: romStart + 1, stablecoin: romStart + 2,
    value: romStart + 3, pensions: romStart + 4, funds: romStart + 5, banks, foreign, currency, futures,
  };
  const households = { start: romStart + 6, end: classEnd[CLASS_IDS.indexOf('rest_of_market')]!, bufferTotal: 0 };

  const cls = new Uint8Array(n).fill(255);
  CLASS_IDS.forEach((_, i) => cls.fill(i, classStart[i]!, classEnd[i]!));
  const cash = new Float64Array(n), units = new Float64Array(n * A);
  const par = new Float64Array(n * P), st = new Float64Array(n * S), buffer = new Float64Array(n);
  const supply = new Float64Array(A);
  for (let k = 0; k < A; k++) supply[k] = Math.round(sc.assets[ASSET_IDS[k]!].sizeUsd / PRICE0);
  const held = new Float64Array(A);
  const give = (agent: number, k: number, usd: number) => {
    const u = Math.round(usd / PRICE0);
    units[agent * A + k] += u; held[k] += u;
  };
  const range = (c: ClassId): [number, number] => [classStart[CLASS_IDS.indexOf(c)]!, classEnd[CLASS_IDS.indexOf(c)]!];
  const shares = (count: number, dispersion: number) => {
    // Heterogeneous sizes: uniform weights in [1−d, 1+d], normalised to one (seeded).
    const w = Array.from({ length: count }, () => 1 + dispersion * (rng.uniform() - 0.5) * 2);
    const s = w.reduce((a, b) => a + b, 0);
    return w.map((x) => x / s);
  };

  // Hyperscalers: cash, T-bill and Treasury piles; the last `weakCount` are the weaker credits.
  {
    const [a, b] = range('hyperscaler');
    const cnt = b - a, weak = Math.min(sc.hyperscaler.weakCount, cnt - 1);
    const strongW = shares(cnt - weak, 0.6), weakW = shares(Math.max(weak, 1), 0.3);
    for (let i = a; i < b; i++) {
      const j = i - a;
      const isWeak = j >= cnt - weak;
      const capexShare = isWeak ? sc.hyperscaler.weakShare * weakW[j - (cnt - weak)]! : (1 - (weak > 0 ? sc.hyperscaler.weakShare : 0)) * strongW[j]!;
      par[i * P] = capexShare;
      par[i * P + 1] = capexShare;                      // OCF share follows capex share
      par[i * P + 2] = isWeak ? 1 : 0;
      par[i * P + 3] = sc.hyperscaler.hurdle.expectedReturn + sc.hyperscaler.hurdle.dispersion * (rng.uniform() * 2 - 1);
      st[i * S] = 1;                                    // capex cut factor
      cash[i] = Math.round(sc.hyperscaler.cashUsd * capexShare);
      give(i, TB, sc.hyperscaler.tbillsUsd * capexShare);
      give(i, TR, sc.hyperscaler.treasuriesUsd * capexShare);
    }
  }
  // Sovereign funds: dry powder in cash, a hedge-fund stake, the rest by weights.
  const hfStakeFraction = new Float64Array(sc.sovereign.count);
  {
    const [a, b] = range('sovereign');
    const w = shares(b - a, 0.8);
    const invested = Math.max(0, sc.sovereign.aumUsd - sc.sovereign.dryPowderUsd - sc.sovereign.hfStakeUsd);
    const wsum = Object.values(sc.sovereign.weights).reduce((x, y) => x + (y ?? 0), 0) || 1;
    for (let i = a; i < b; i++) {
      const s = w[i - a]!;
      par[i * P] = s;
      cash[i] = Math.round(sc.sovereign.dryPowderUsd * s);
      for (const [id, wt] of Object.entries(sc.sovereign.weights)) give(i, assetIndex(id as AssetId), invested * s * (wt ?? 0) / wsum);
      hfStakeFraction[i - a] = sc.hedge_fund.equityUsd > 0 ? (sc.sovereign.hfStakeUsd * s) / sc.hedge_fund.equityUsd : 0;
    }
  }
  // Hedge funds: strategies, books and hedges (initHedgeFunds.ts).
  const hfBooks = initHedgeFunds(sc, rng, range('hedge_fund')[0], par, shares,
    (i, k, usd) => { give(i, k, usd); return Math.round(usd / PRICE0) * PRICE0; }, cash);
  // CTAs: collateral in cash; lookbacks and thresholds dispersed.
  {
    const [a, b] = range('cta');
    const w = shares(b - a, 0.7);
    const lbs = sc.cta.lookbacks;
    for (let i = a; i < b; i++) {
      const j = i - a;
      par[i * P] = lbs[j % lbs.length]!;
      par[i * P + 1] = Math.max(0.05, sc.cta.threshold + sc.cta.thresholdDispersion * (rng.uniform() * 2 - 1));
      par[i * P + 2] = sc.cta.aumUsd * w[j]!;
      cash[i] = Math.round(par[i * P + 2]!);
    }
  }
  // Vol-target funds: invested at their target exposure at the start; EWMA half-lives dispersed.
  const vtStart: number[] = [];
  {
    const [a, b] = range('vol_target');
    const w = shares(b - a, 0.6);
    const [h0, h1] = sc.vol_target.halfLifeDays;
    for (let i = a; i < b; i++) {
      const hl = h0 + (h1 - h0) * rng.uniform();
      par[i * P] = exp(-Math.LN2 / hl);                 // EWMA decay per day
      par[i * P + 1] = sc.vol_target.band * (0.5 + rng.uniform());
      par[i * P + 2] = sc.vol_target.aumUsd * w[i - a]!;
      cash[i] = Math.round(par[i * P + 2]!);
      vtStart.push(i);
    }
  }
  // Buyback programmes: budgets and staggered earnings dates (so blackouts overlap ~50%).
  {
    const [a, b] = range('buyback');
    const w = shares(b - a, 0.8);
    for (let i = a; i < b; i++) {
      par[i * P] = sc.buyback.annualUsd * w[i - a]!;
      par[i * P + 1] = Math.floor(rng.uniform() * 15) - 7; // earnings offset, trading days
      cash[i] = Math.round(par[i * P]! / 12);             // a month of budget on hand
    }
  }
  // Central bank: SOMA Treasuries (~$4.7T early 2024); its cash is minus the money it created.
  const cb = sec.centralBank;
  give(cb, TR, 4.7e12);
  give(cb, TB, 0.2e12);
  // Money funds: ON RRP balances are their idle cash; they also hold most T-bills.
  cash[sec.moneyFund] = Math.round(sc.pool.rrpUsd);
  give(sec.moneyFund, TB, Math.min(2.4e12, supply[TB]! * PRICE0 * 0.45));
  give(sec.stablecoin, TB, sc.stablecoin.reservesUsd);
  // Households: idle and buffer cash, a retail speculative sleeve, and a share of every market.
  {
    const { start, end } = households;
    const nh = end - start;
    const w = shares(nh, 0.9);
    const retail = sc.rest_of_market.retailWeight;
    for (let i = start; i < end; i++) {
      const s = w[i - start]!;
      par[i * P + 1] = 0.5 + rng.uniform();             // reallocation elasticity weight
      par[i * P + 2] = retail * (0.3 + 1.4 * rng.uniform()); // retail target weight in crypto+speculative
      buffer[i] = sc.pool.householdBufferUsd * s;       // operating buffer, USD
      cash[i] = Math.round((sc.pool.householdBufferUsd + sc.pool.householdIdleUsd) * s);
      // Money-fund shares at a NAV of $1: the funds' starting assets (ON RRP, bills, repo), pro rata.
      st[i * S + MMF_SHARES] = (sc.pool.rrpUsd + Math.min(2.4e12, supply[TB]! * PRICE0 * 0.45) + sc.money_funds.repoUsd) * s;
    }
    // Households hold 30% of each risky market that is left, pro rata to their weights.
    for (let k = 0; k < A; k++) {
      if (k === TB) continue;
      const left = supply[k]! - held[k]!;
      for (let i = start; i < end; i++) give(i, k, Math.max(0, left * 0.3 * w[i - start]! * PRICE0));
    }
  }
  // The dealer / institutional book holds the rest; real economy and Treasury hold operating cash.
  cash[sec.dealer] = Math.round(sc.rest_of_market.dealerCashUsd);
  for (let k = 0; k < A; k++) {
    const left = supply[k]! - held[k]!;
    if (left < 0) throw new ScenarioError(`assets.${ASSET_IDS[k]}.sizeUsd`, `the classes' starting holdings of ${ASSET_IDS[k]} exceed its market size; raise the size or lower the class weights or leverage`);
    units[sec.dealer * A + k] += left; held[k] += left;
  }
  // Vol-target funds start at w = min(L, σ*/σ) in broad equity and Treasuries, bought from the book.
  {
    const BEi = assetIndex('broad_equity');
    const vol = sc.assets.broad_equity.dailyVol * Math.sqrt(252);
    const w = Math.min(sc.vol_target.maxLeverage, sc.vol_target.targetVolAnnual / vol);
    for (const i of vtStart) {
      const nav = cash[i]!;
      const ue = Math.round((w * nav * sc.vol_target.equityShare) / PRICE0);
      const ut = Math.round((w * nav * (1 - sc.vol_target.equityShare)) / PRICE0);
      units[i * A + BEi] += ue; units[sec.dealer * A + BEi] -= ue;
      units[i * A + TR] += ut; units[sec.dealer * A + TR] -= ut;
      cash[i] -= (ue + ut) * PRICE0; cash[sec.dealer] += (ue + ut) * PRICE0;
    }
  }
  // Retail targets start near each household's actual speculative weight (no start-up buying spree).
  {
    const CRi = assetIndex('crypto'), SPi = assetIndex('speculative');
    for (let i = households.start; i < households.end; i++) {
      let wealth = cash[i]!;
      for (let k = 0; k < A; k++) wealth += units[i * A + k]! * PRICE0;
      const cur = wealth > 0 ? ((units[i * A + CRi]! + units[i * A + SPi]!) * PRICE0) / wealth : 0;
      par[i * P + 2] = cur * (sc.rest_of_market.retailWeight / 0.04) * (0.8 + 0.4 * rng.uniform());
    }
  }
  const hold = splitTheRest(sc, sec, units, cash, supply);
  cash[realEconomy] = Math.round(sc.realEconomy.initialCashUsd);
  cash[foreign] = Math.round(sc.foreign.depositsUsd);
  // Accounts at the Fed: TGA, currency, ON RRP (the money funds' cash, above) and reserves. The Fed's
  // cash is minus its liabilities; its assets other than SOMA Treasuries (MBS and the rest) are
  // what balances them at the start. The banks' cash is reserves less their depositors' balances.
  const pl = sc.plumbing;
  cash[government] = Math.round(pl.tgaUsd);
  cash[currency] = Math.round(pl.currencyUsd);
  let deposits = 0;
  for (let i = 0; i < n; i++) {
    if (i === cb || i === sec.moneyFund || i === government || i === currency || i === banks) continue;
    deposits += cash[i]!;
  }
  cash[banks] = Math.round(pl.reservesUsd) - deposits;
  cash[cb] = -(Math.round(pl.reservesUsd) + cash[sec.moneyFund]! + cash[government]! + cash[currency]!);
  const somaPar0 = (units[cb * A + TB]! + units[cb * A + TR]!) * PRICE0;
  const fedOther = -cash[cb]! - somaPar0;
  if (fedOther < 0) throw new ScenarioError('plumbing.reservesUsd', `the Fed's liabilities (reserves + ON RRP + TGA + currency) are below its Treasury holdings of $${(somaPar0 / 1e12).toFixed(2)}T; raise reserves or currency`);

  // Price history before the start: 2023's moves (S&P +24%, BTC +155%, Treasuries ≈ 0).
  const lnHist = new Float64Array(HIST * A);
  const past: Partial<Record<AssetId, number>> = { broad_equity: 0.24, ai_hardware: 0.9, saas: 0.35, crypto: 1.55, speculative: 0.2, treasuries: 0.0 };
  for (let h = 0; h < HIST; h++) {
    for (let k = 0; k < A; k++) {
      const r = past[ASSET_IDS[k]!] ?? 0;
      lnHist[h * A + k] = log(PRICE0) - log(1 + r) * (HIST - 1 - h) / (HIST - 1);
    }
  }
  const lnF = new Float64Array(A).fill(log(PRICE0));
  const ewVar = new Float64Array(A);
  for (let k = 0; k < A; k++) { const v = sc.assets[ASSET_IDS[k]!].dailyVol; ewVar[k] = v * v; }
  let money0 = 0;
  for (let i = 0; i < n; i++) money0 += cash[i]!;

  // Earnings news is measured against the announced path's starting rate, not the scenario's scaled
  // one: a scenario with less capex starts with lower AI-hardware earnings (repriced on day 0).
  const capexRate0 = sc.hyperscaler.capexPath[0]![1];
  const s: State = {
    sc, seed, cal, days: cal.dates.length, t: 0, rng,
    lnF, mis: new Float64Array(A), hold, price: new Float64Array(A).fill(PRICE0),
    prevClose: new Float64Array(A).fill(PRICE0), supply, ewVar, marginVar: ewVar.slice(), logVol: new Float64Array(A), lnHist,
    volumeUsd: new Float64Array(A), earn: new Float64Array(A),
    peak: new Float64Array(A).fill(PRICE0),
    policy: sc.rates.policyPath[0]![1], policyAdj: 0, expPolicy: sc.rates.expectedPolicy0, termPremium: sc.rates.termPremium0,
    spread: sc.funding.spreadFloor, y10: 0, coc: 0, igSpread: sc.rates.igSpread0, hySpread: sc.rates.hySpread0,
    netDurationSupply: 0, residualEwma: 0, reallocWealth0: 0,
    iorb: 0, rrpRate: 0, sofr: 0, bill3m: 0, billSpread: sc.money_funds.billSpread0, mmfRepo: sc.money_funds.repoUsd, mmfBillShare0: 0,
    leveredTsy0: 0, repoGap: 0, reserves: pl.reservesUsd, reserveFloor: pl.reserveFloorUsd, fedOther, fedSrf: 0, fedCapital: 0,
    nominal0: 1, nominalIndex: 1, tgaShock: 0, outsideFlows: [], exhausted: false,
    n, cls, cash, units, par, buffer, st, classStart, classEnd, sec, households,
    idle0: 0, idle: 0, exhaustionDay: -1, reWorking: 0, capexRate0, capexEwma: (capexRate0 * sc.hyperscaler.capexScale) / 252,
    cumDemand: 0, cumCapexPlanned: 0, cumCapexSpent: 0, hfStakeFraction, redemptions: [], pendingPayouts: [], volShock: 0, tpShock: 0, liquidityShock: 0, capexShock: 1, hfEquity: new Float64Array(sc.hedge_fund.count), hfTrailing: 0,
    hfStrategy: hfBooks.strategy, hfWeights: hfBooks.weights, hfHedge: hfBooks.hedge, hfShares: hfBooks.shares, hfNavQ: hfBooks.navQ,
    futRef: new Float64Array(A), gapSlow: new Float64Array(A), hfPaidToday: 0,
    money0, maxImbalance: 0,
  };
  settleNumberFields(s);
  for (let i = households.start; i < households.end; i++) s.reallocWealth0 += riskyWealth(s, i);
  for (let i = households.start; i < households.end; i++) households.bufferTotal += buffer[i]!;
  s.nominal0 = Math.max(1, nominalSpending(s));
  updateTransactionsDemand(s);
  s.mmfBillShare0 = mmfBillShare(s);
  s.leveredTsy0 = leveredTreasuries(s);
  setCorridor(s);
  moneyMarketRates(s);
  s.idle0 = s.idle = measureIdle(s, new Float64Array(IDLE_COMPONENTS.length));
  updateRates(s, s.expPolicy);                         // rates at the start: no jump on day 0
  openValueInvestors(s);
  openDealers(s);
  resetFutures(s);
  return s;
}
