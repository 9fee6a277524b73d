// The recorder: one Float64Array per column, preallocated for the whole run; a day is written
// once at its close. Also the books check: every day, money and every asset's units must balance
// exactly (integer dollars and units make the sums exact), or the run stops with an error.
import { ASSET_IDS, CLASS_IDS, HF_STRATEGIES, IDLE_COMPONENTS, N_ASSETS, N_CLASSES, TRIGGERS } from '../ids';
import { grossExposure } from '../market/book';
import { dealerInventory } from '../sectors/dealers';
import { futuresNow, hedgeNotional } from '../agents/hedgeFundHedges';
import { fedIdentityGap, somaPar } from '../sectors/fed';
import { mmfNav } from '../sectors/moneyFunds';
import type { State } from '../state';
import type { DayRecord } from './dayRecord';
import { FOF_KEYS } from './dayRecord';
import { COLUMN_INDEX, COLUMN_NAMES } from './columns';

const A = N_ASSETS;
const HF = CLASS_IDS.indexOf('hedge_fund');
const TR = ASSET_IDS.indexOf('treasuries');

export class AccountingError extends Error {
  constructor(message: string) { super(message); this.name = 'AccountingError'; }
}

export function allocColumns(days: number): Float64Array[] {
  return COLUMN_NAMES.map(() => new Float64Array(days));
}

export interface DayExtras {
  idleParts: Float64Array;
  residual: number;
  capexPlanned: number;
  capexSpent: number;
  callsPaid: number;
  openShare: number;
}

/** Column index of a name, resolved once at load (no name lookups on the daily path). */
const ix = (name: string): number => {
  const i = COLUMN_INDEX.get(name);
  if (i === undefined) throw new Error(`no column ${name}`);
  return i;
};
const perAsset = (prefix: string) => ASSET_IDS.map((a) => ix(`${prefix}.${a}`));
const COL = {
  price: perAsset('price'), drawdown: perAsset('drawdown'), volume: perAsset('volume'), vol: perAsset('vol'),
  idle: IDLE_COMPONENTS.map((c) => ix(`idle.${c}`)),
  classAsset: CLASS_IDS.map((c) => ASSET_IDS.map((a, k) => (k === 0 ? -1 : ix(`flow.${c}.${a}`)))),
  classFlow: CLASS_IDS.map((c) => ix(`flow.${c}`)), classSales: CLASS_IDS.map((c) => ix(`fof.sales.${c}`)),
  classCash: CLASS_IDS.map((c) => ix(`class.${c}.cash`)), classExposure: CLASS_IDS.map((c) => ix(`class.${c}.exposure`)),
  classLeverage: CLASS_IDS.map((c) => ix(`class.${c}.leverage`)),
  forced: TRIGGERS.map((t) => ix(`forced.${t}`)), fof: FOF_KEYS.map((k) => ix(`fof.${k}`)),
  hfStrategy: HF_STRATEGIES.map((h) => ix(`hf.equity.${h}`)),
};
const NAMED = [
  'idle.total', 'plumbing.soma', 'plumbing.reserves', 'plumbing.rrp', 'plumbing.tga', 'plumbing.currency', 'plumbing.fedOther',
  'plumbing.fedCapital', 'plumbing.srf', 'plumbing.reserveFloor', 'plumbing.transactionsDemand', 'plumbing.repoGap',
  'mmf.rrp', 'mmf.bills', 'mmf.repo', 'mmf.nav', 'foreign.deposits', 'rate.sofr', 'rate.iorb', 'rate.rrp', 'rate.bill3m',
  'demand.daily', 'demand.cumulative', 'funding.residual', 'rate.policy', 'rate.expectedPolicy', 'rate.costOfCapital',
  'rate.treasury10y', 'rate.fundingSpread', 'rate.termPremium', 'spread.ig_credit', 'spread.hy_credit', 'yield.ig_credit',
  'yield.hy_credit', 'cascade.rounds', 'capex.planned', 'capex.spent', 'capex.cumulative', 'calls.paid', 'buyback.openShare',
  'hedge_fund.equity', 'cb.assets', 'accounting.imbalance',
  'hf.equity', 'hf.gross', 'hf.redemptions', 'dealer.inventory', 'dealer.capacityUsed',
] as const;
const N = Object.fromEntries(NAMED.map((n) => [n, ix(n)])) as Record<(typeof NAMED)[number], number>;

export function recordDay(s: State, cols: Float64Array[], rec: DayRecord, x: DayExtras, imbalance: number): void {
  const t = s.t;
  const set = (i: number, v: number) => { cols[i]![t] = v; };
  for (let k = 0; k < A; k++) {
    set(COL.price[k]!, s.price[k]!);
    set(COL.drawdown[k]!, 1 - s.price[k]! / s.peak[k]!);
    set(COL.volume[k]!, s.volumeUsd[k]!);
    set(COL.vol[k]!, Math.sqrt(s.ewVar[k]! * 252));
  }
  set(N['idle.total'], s.idle);
  for (let j = 0; j < COL.idle.length; j++) set(COL.idle[j]!, x.idleParts[j]!);
  const m = s.sec.moneyFund;
  set(N['plumbing.soma'], somaPar(s)); set(N['plumbing.reserves'], s.reserves); set(N['plumbing.rrp'], s.cash[m]!);
  set(N['plumbing.tga'], s.cash[s.sec.government]!); set(N['plumbing.currency'], s.cash[s.sec.currency]!);
  set(N['plumbing.fedOther'], s.fedOther); set(N['plumbing.fedCapital'], s.fedCapital); set(N['plumbing.srf'], s.fedSrf);
  set(N['plumbing.reserveFloor'], s.reserveFloor); set(N['plumbing.transactionsDemand'], s.reWorking); set(N['plumbing.repoGap'], s.repoGap);
  set(N['mmf.rrp'], s.cash[m]!); set(N['mmf.bills'], s.units[m * A]! * s.price[0]!); set(N['mmf.repo'], s.mmfRepo); set(N['mmf.nav'], mmfNav(s));
  set(N['foreign.deposits'], s.cash[s.sec.foreign]!);
  set(N['rate.sofr'], s.sofr); set(N['rate.iorb'], s.iorb); set(N['rate.rrp'], s.rrpRate); set(N['rate.bill3m'], s.bill3m);
  set(N['demand.daily'], rec.demand); set(N['demand.cumulative'], s.cumDemand); set(N['funding.residual'], x.residual);
  set(N['rate.policy'], s.policy + s.policyAdj); set(N['rate.expectedPolicy'], s.expPolicy);
  set(N['rate.costOfCapital'], s.coc); set(N['rate.treasury10y'], marketYield10y(s));
  set(N['rate.fundingSpread'], s.spread); set(N['rate.termPremium'], s.termPremium);
  set(N['spread.ig_credit'], s.igSpread); set(N['spread.hy_credit'], s.hySpread);
  set(N['yield.ig_credit'], s.y10 + s.igSpread); set(N['yield.hy_credit'], s.y10 + s.hySpread);
  for (let c = 0; c < N_CLASSES; c++) {
    let tot = 0;
    for (let k = 1; k < A; k++) {
      const v = rec.classFlow[c * A + k]!;
      tot += v;
      set(COL.classAsset[c]![k]!, v);
    }
    set(COL.classFlow[c]!, tot);
    set(COL.classSales[c]!, rec.reallocSales[c]!);
    let cash = 0, expo = 0, nav = 0;
    for (let i = s.classStart[c]!; i < s.classEnd[c]!; i++) {
      cash += s.cash[i]!;
      let e = 0, v = s.cash[i]!;
      for (let k = 1; k < A; k++) { const u = s.units[i * A + k]!; e += Math.abs(u) * s.price[k]!; v += u * s.price[k]!; }
      v += s.units[i * A]! * s.price[0]!;
      expo += e; nav += v;
    }
    set(COL.classCash[c]!, cash); set(COL.classExposure[c]!, expo);
    set(COL.classLeverage[c]!, nav > 0 ? expo / nav : 0);
  }
  for (let j = 0; j < COL.forced.length; j++) set(COL.forced[j]!, rec.forced[j]!);
  set(N['cascade.rounds'], rec.rounds);
  set(N['capex.planned'], x.capexPlanned); set(N['capex.spent'], x.capexSpent); set(N['capex.cumulative'], s.cumCapexSpent);
  set(N['calls.paid'], x.callsPaid);
  for (let j = 0; j < COL.fof.length; j++) set(COL.fof[j]!, rec.fof[j]!);
  set(N['buyback.openShare'], x.openShare);
  let hfe = 0;
  for (let j = 0; j < s.hfEquity.length; j++) hfe += s.hfEquity[j]!;
  set(N['hedge_fund.equity'], hfe);
  recordHedgeFunds(s, set, hfe);
  const inv = dealerInventory(s);
  set(N['dealer.inventory'], inv.usd); set(N['dealer.capacityUsed'], inv.capacityUsed);
  let cbA = 0;
  for (let k = 0; k < A; k++) cbA += s.units[s.sec.centralBank * A + k]! * s.price[k]!;
  set(N['cb.assets'], cbA);
  set(N['accounting.imbalance'], imbalance);
}

/** The 10y yield the cash Treasury price implies: the valuation's yield less the clearing gap over
 *  duration (a cash price below valuation is a higher yield: March 2020's dash for cash). */
export function marketYield10y(s: State): number {
  return s.y10 - s.mis[TR]! / s.sc.assets.treasuries.duration;
}

const fut = new Float64Array(A);
const byStrategy = new Float64Array(HF_STRATEGIES.length);

/** The hedge-fund sector's series: equity (total and by strategy), gross (longs + short futures
 *  notional) and redemptions paid today. */
function recordHedgeFunds(s: State, set: (i: number, v: number) => void, equity: number): void {
  futuresNow(s, fut);
  byStrategy.fill(0);
  let gross = 0;
  const first = s.classStart[HF]!;
  for (let j = 0; j < s.hfEquity.length; j++) {
    byStrategy[s.hfStrategy[j]!] += s.hfEquity[j]!;
    gross += grossExposure(s, first + j) + hedgeNotional(s, first + j, j, fut);
  }
  set(N['hf.equity'], equity); set(N['hf.gross'], gross); set(N['hf.redemptions'], s.hfPaidToday);
  for (let h = 0; h < byStrategy.length; h++) set(COL.hfStrategy[h]!, byStrategy[h]!);
}

const held = new Float64Array(A);

/** Σ cash over every balance sheet is constant (the central bank's negative cash is the money it
 *  created); Σ units held of each asset equals its supply. Exact equality: amounts are integers. */
export function checkBooks(s: State): number {
  // One pass over the balance sheets (each asset's units summed in agent order, as a column sum).
  const cash = s.cash, units = s.units;
  let m = 0, big = 0;
  held.fill(0);
  for (let i = 0; i < s.n; i++) {
    const c = cash[i]!;
    m += c;
    big = Math.max(big, Math.abs(c));
    for (let k = 0; k < A; k++) { const u = units[i * A + k]!; held[k] += u; big = Math.max(big, Math.abs(u)); }
  }
  // Sums of whole dollars and units are exact only below 2^53; past that the scenario's dynamics
  // have exploded (an unstable parameter set), which is reported as such, not as a books error.
  if (!(big < 2 ** 50)) {
    throw new AccountingError(`day ${s.t} (${s.cal.dates[s.t]}): balances reached ${big.toExponential(2)}, beyond exact double arithmetic: the scenario's dynamics exploded; try less extreme parameters`);
  }
  const moneyGap = Math.abs(m - s.money0);
  let worst = moneyGap;
  for (let k = 0; k < A; k++) {
    const u = held[k]!;
    const gap = Math.abs(u - s.supply[k]!) * s.price[k]!;
    if (gap > worst) worst = gap;
    if (u !== s.supply[k]) {
      throw new AccountingError(`day ${s.t} (${s.cal.dates[s.t]}): units of ${ASSET_IDS[k]} held ${u} ≠ supply ${s.supply[k]}`);
    }
  }
  if (moneyGap !== 0) throw new AccountingError(`day ${s.t} (${s.cal.dates[s.t]}): Σ cash ${m} ≠ ${s.money0} (gap ${moneyGap})`);
  // The Fed's balance sheet: SOMA + other + SRF loans = reserves + ON RRP + TGA + currency + capital.
  const fedGap = fedIdentityGap(s);
  if (fedGap !== 0) throw new AccountingError(`day ${s.t} (${s.cal.dates[s.t]}): the Fed's assets differ from its liabilities and capital by ${fedGap}`);
  return worst;
}
