// The recorder: one Float64Array per column, preallocated for the whole run; a day is written
// once at its close. Also the books check: every day, money and every asset's units must balance
// exactly (integer dollars and units make the sums exact), or the run stops with an error.
import { ASSET_IDS, CLASS_IDS, IDLE_COMPONENTS, N_ASSETS, N_CLASSES, TRIGGERS } from '../ids';
import { fedIdentityGap, somaPar } from '../sectors/fed';
import type { State } from '../state';
import type { DayRecord } from './dayRecord';
import { FOF_KEYS } from './dayRecord';
import { COLUMN_INDEX, COLUMN_NAMES } from './columns';

const A = N_ASSETS;

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

export function recordDay(s: State, cols: Float64Array[], rec: DayRecord, x: DayExtras, imbalance: number): void {
  const t = s.t;
  const set = (name: string, v: number) => { cols[COLUMN_INDEX.get(name)!]![t] = v; };
  for (let k = 0; k < A; k++) {
    const id = ASSET_IDS[k]!;
    set(`price.${id}`, s.price[k]!);
    set(`drawdown.${id}`, 1 - s.price[k]! / s.peak[k]!);
    set(`volume.${id}`, s.volumeUsd[k]!);
    set(`vol.${id}`, Math.sqrt(s.ewVar[k]! * 252));
  }
  set('idle.total', s.idle);
  IDLE_COMPONENTS.forEach((c, j) => set(`idle.${c}`, x.idleParts[j]!));
  const m = s.sec.moneyFund;
  set('plumbing.soma', somaPar(s)); set('plumbing.reserves', s.reserves); set('plumbing.rrp', s.cash[m]!);
  set('plumbing.tga', s.cash[s.sec.government]!); set('plumbing.currency', s.cash[s.sec.currency]!);
  set('plumbing.fedOther', s.fedOther); set('plumbing.fedCapital', s.fedCapital); set('plumbing.srf', s.fedSrf);
  set('plumbing.reserveFloor', s.reserveFloor); set('plumbing.transactionsDemand', s.reWorking); set('plumbing.repoGap', s.repoGap);
  set('mmf.rrp', s.cash[m]!); set('mmf.bills', s.units[m * A]! * s.price[0]!); set('mmf.repo', s.mmfRepo);
  set('foreign.deposits', s.cash[s.sec.foreign]!);
  set('rate.sofr', s.sofr); set('rate.iorb', s.iorb); set('rate.rrp', s.rrpRate); set('rate.bill3m', s.bill3m);
  set('demand.daily', rec.demand); set('demand.cumulative', s.cumDemand); set('funding.residual', x.residual);
  set('rate.policy', s.policy + s.policyAdj); set('rate.expectedPolicy', s.expPolicy);
  set('rate.costOfCapital', s.coc); set('rate.treasury10y', s.y10);
  set('rate.fundingSpread', s.spread); set('rate.termPremium', s.termPremium);
  set('spread.ig_credit', s.igSpread); set('spread.hy_credit', s.hySpread);
  set('yield.ig_credit', s.y10 + s.igSpread); set('yield.hy_credit', s.y10 + s.hySpread);
  for (let c = 0; c < N_CLASSES; c++) {
    const id = CLASS_IDS[c]!;
    let tot = 0;
    for (let k = 1; k < A; k++) {
      const v = rec.classFlow[c * A + k]!;
      tot += v;
      set(`flow.${id}.${ASSET_IDS[k]}`, v);
    }
    set(`flow.${id}`, tot);
    set(`fof.sales.${id}`, rec.reallocSales[c]!);
    let cash = 0, expo = 0, nav = 0;
    for (let i = s.classStart[c]!; i < s.classEnd[c]!; i++) {
      cash += s.cash[i]!;
      let e = 0, v = s.cash[i]!;
      for (let k = 1; k < A; k++) { const u = s.units[i * A + k]!; e += Math.abs(u) * s.price[k]!; v += u * s.price[k]!; }
      v += s.units[i * A]! * s.price[0]!;
      expo += e; nav += v;
    }
    set(`class.${id}.cash`, cash); set(`class.${id}.exposure`, expo);
    set(`class.${id}.leverage`, nav > 0 ? expo / nav : 0);
  }
  TRIGGERS.forEach((tr, j) => set(`forced.${tr}`, rec.forced[j]!));
  set('cascade.rounds', rec.rounds);
  set('capex.planned', x.capexPlanned); set('capex.spent', x.capexSpent); set('capex.cumulative', s.cumCapexSpent);
  set('calls.paid', x.callsPaid);
  FOF_KEYS.forEach((k, j) => set(`fof.${k}`, rec.fof[j]!));
  set('buyback.openShare', x.openShare);
  let hfe = 0;
  for (let j = 0; j < s.hfEquity.length; j++) hfe += s.hfEquity[j]!;
  set('hedge_fund.equity', hfe);
  let cbA = 0;
  for (let k = 0; k < A; k++) cbA += s.units[s.sec.centralBank * A + k]! * s.price[k]!;
  set('cb.assets', cbA);
  set('accounting.imbalance', imbalance);
}

/** Σ cash over every balance sheet is constant (the central bank's negative cash is the money it
 *  created); Σ units held of each asset equals its supply. Exact equality: amounts are integers. */
export function checkBooks(s: State): number {
  let m = 0, big = 0;
  for (let i = 0; i < s.n; i++) { m += s.cash[i]!; big = Math.max(big, Math.abs(s.cash[i]!)); }
  for (let j = 0; j < s.units.length; j++) big = Math.max(big, Math.abs(s.units[j]!));
  // Sums of whole dollars and units are exact only below 2^53; past that the scenario's dynamics
  // have exploded (an unstable parameter set), which is reported as such, not as a books error.
  if (!(big < 2 ** 50)) {
    throw new AccountingError(`day ${s.t} (${s.cal.dates[s.t]}): balances reached ${big.toExponential(2)}, beyond exact double arithmetic: the scenario's dynamics exploded; try less extreme parameters`);
  }
  const moneyGap = Math.abs(m - s.money0);
  let worst = moneyGap;
  for (let k = 0; k < A; k++) {
    let u = 0;
    for (let i = 0; i < s.n; i++) u += s.units[i * A + k]!;
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
