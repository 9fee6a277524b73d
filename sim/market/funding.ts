// The funding market: each day new paper must be bought — Treasury bills and coupons (the deficit,
// the TGA's move to its target, QT runoff) and hyperscaler bonds. Buyers, in order: the central
// bank (scheduled purchases, backstop), the money funds (bills only, from ON RRP and repo, by
// relative yield), the banks (reserves above their lowest comfortable level), then spare deposits
// (households above their buffers, sovereign dry powder, hyperscaler cash above buffers, recycled
// foreign dollars), each deploying at most `idleDeployShare` of what it has spare a day. The
// residual can only be met by holders selling other assets to buy paper, which they do only at a
// spread: s* = floor + m·max(0, SOFR − IORB) + s_max·x/(1+x), x = R̄ / (e · W₀ · s_max),
// smoothed over a few days (the scarcity part comes from the money market, not from a formula).
import { CLASS_IDS, N_ASSETS, assetIndex } from '../ids';
import { marketValue } from './book';
import type { State } from '../state';
import type { DayRecord } from '../record/dayRecord';
import type { Orders } from './orders';
import { VOLUNTARY } from './orders';
import { PAR } from '../sectors/fed';
import { reservesFedSide } from '../sectors/banks';
import { mmfBillTake, mmfCashForBills } from '../sectors/moneyFunds';
import { foreignTreasuryBudget } from '../sectors/foreign';

const A = N_ASSETS;
const TB = assetIndex('tbills');
const HS = CLASS_IDS.indexOf('hyperscaler');
const SOV = CLASS_IDS.indexOf('sovereign');
const ROM = CLASS_IDS.indexOf('rest_of_market');

/** One issue of new paper today: who issues, which asset, how many dollars are still unsold. */
export interface Paper { issuer: number; asset: number; usd: number; create: boolean }

export class FundingDay {
  paper: Paper[] = [];
  /** Households that sold assets to buy paper (agent, USD raised): settled after clearing. Typed
   *  arrays reused every day, so a day with reallocation allocates nothing per household. */
  reallocAgent = new Int32Array(64);
  reallocUsd = new Float64Array(64);
  reallocCount = 0;
  /** Scratch for the day's buyers of new paper out of spare deposits, and households' risky wealth. */
  buyer = new Int32Array(64);
  amount = new Float64Array(64);
  wealth = new Float64Array(64);
  add(issuer: number, asset: number, usd: number, create: boolean): void {
    if (usd > 0.5) this.paper.push({ issuer, asset, usd, create });
  }
  /** Dollars still unsold (of one asset only, if `only` ≥ 0), summed in issue order. */
  remaining(only = -1): number {
    let a = 0;
    for (const p of this.paper) if (only < 0 || p.asset === only) a += p.usd;
    return a;
  }
  addRealloc(agent: number, usd: number): void {
    if (this.reallocCount === this.reallocAgent.length) {
      const a = new Int32Array(this.reallocCount * 2); a.set(this.reallocAgent); this.reallocAgent = a;
      const u = new Float64Array(this.reallocCount * 2); u.set(this.reallocUsd); this.reallocUsd = u;
    }
    this.reallocAgent[this.reallocCount] = agent; this.reallocUsd[this.reallocCount++] = usd;
  }
  /** Scratch arrays of at least `n` entries (grown, never shrunk). */
  reserve(n: number): void {
    if (this.buyer.length >= n) return;
    const m = Math.max(n, this.buyer.length * 2);
    this.buyer = new Int32Array(m); this.amount = new Float64Array(m); this.wealth = new Float64Array(m);
  }
  reset(): void { this.paper = []; this.reallocCount = 0; }
}

/** Deliver `usd` of today's paper to `buyer`, pro rata across the issues still unsold (of one
 *  asset only, if `only` ≥ 0). The Fed books what it buys at par: the difference is its capital. */
export function placePaper(s: State, f: FundingDay, buyer: number, usd: number, only = -1): number {
  const total = f.remaining(only);
  if (total <= 0 || usd <= 0) return 0;
  const take = Math.min(usd, total);
  const cb = s.sec.centralBank;
  let paid = 0;
  for (const p of f.paper) {
    if (p.usd <= 0 || (only >= 0 && p.asset !== only)) continue;
    const x = (take * p.usd) / total;
    const price = s.price[p.asset]!;
    const u = Math.round(x / price);
    if (u <= 0) continue;
    const cost = Math.round(u * price);
    if (p.create) { s.units[buyer * A + p.asset] += u; s.supply[p.asset] += u; }
    else { s.units[p.issuer * A + p.asset] -= u; s.units[buyer * A + p.asset] += u; }
    s.cash[buyer] -= cost; s.cash[p.issuer] += cost;
    if (buyer === cb) s.fedCapital += u * PAR - cost;
    if (p.issuer === cb && !p.create) s.fedCapital += cost - u * PAR;
    p.usd -= cost; paid += cost;
  }
  return paid;
}

export function householdIdle(s: State, i: number): number {
  return Math.max(0, s.cash[i]! - s.buffer[i]!);
}

export function sovereignBuffer(s: State, i: number): number {
  return s.sc.sovereign.bufferShare * marketValue(s, i);
}

export function hyperscalerBuffer(s: State, i: number, dailyCapex: number): number {
  return s.sc.hyperscaler.bufferDays * dailyCapex;
}

/** Clear today's paper: central bank, idle buyers, then reallocation orders. Returns the residual R. */
export function clearFunding(s: State, f: FundingDay, o: Orders, rec: DayRecord, cbScheduled: number, backstop: (r: number) => number, dailyCapex: Float64Array): number {
  const cb = s.sec.centralBank;
  if (cbScheduled > 0) rec.addFof('paper.cb', placePaper(s, f, cb, cbScheduled));
  // A backstopping central bank buys new paper before private idle money is drawn on: it creates
  // the money instead of pulling it out of the pool (the end-absorber of C6).
  const bs = backstop(f.remaining());
  if (bs > 0) { rec.addFof('paper.cb', placePaper(s, f, cb, bs)); s.netDurationSupply -= bs; }
  // Idle money: the money funds take their share of the new bills from ON RRP (and repo), the banks
  // buy with reserves above their floor.
  const bills = f.remaining(TB);
  if (bills > 0) {
    const want = mmfBillTake(s) * bills;
    const got = placePaper(s, f, s.sec.moneyFund, mmfCashForBills(s, want), TB);
    rec.addFof('paper.mmf', got); rec.addFof('paper.idle', got);
  }
  const d = s.sc.funding.idleDeployShare;
  const excess = Math.max(0, reservesFedSide(s) - s.reserveFloor);
  if (excess > 0 && f.remaining() > 0) {
    const got = placePaper(s, f, s.sec.banks, d * excess);
    rec.addFof('paper.banks', got); rec.addFof('paper.idle', got);
  }
  // Spare deposits, pro rata: households above buffers, sovereigns, hyperscalers, foreign dollars.
  const need = f.remaining();
  if (need > 0) {
    f.reserve(s.n);
    const buyers = f.buyer, amounts = f.amount;
    let nb = 0, spare = 0;
    for (let i = s.households.start; i < s.households.end; i++) {
      const x = d * householdIdle(s, i);
      if (x > 1) { buyers[nb] = i; amounts[nb++] = x; spare += x; }
    }
    for (let i = s.classStart[SOV]!; i < s.classEnd[SOV]!; i++) {
      const x = d * Math.max(0, s.cash[i]! - sovereignBuffer(s, i));
      if (x > 1) { buyers[nb] = i; amounts[nb++] = x; spare += x; }
    }
    for (let i = s.classStart[HS]!, j = 0; i < s.classEnd[HS]!; i++, j++) {
      const x = d * Math.max(0, s.cash[i]! - hyperscalerBuffer(s, i, dailyCapex[j]!));
      if (x > 1) { buyers[nb] = i; amounts[nb++] = x; spare += x; }
    }
    const fx = foreignTreasuryBudget(s);
    if (fx > 1) { buyers[nb] = s.sec.foreign; amounts[nb++] = fx; spare += fx; }
    if (spare > 0) {
      const use = Math.min(need, spare);
      // Whole dollars, so the two totals are exact whatever the order they are added in.
      let deposits = 0, foreign = 0;
      for (let j = 0; j < nb; j++) {
        const got = placePaper(s, f, buyers[j]!, (use * amounts[j]!) / spare);
        if (buyers[j] === s.sec.foreign) foreign += got; else deposits += got;
      }
      rec.addFof('paper.deposits', deposits); rec.addFof('paper.foreign', foreign);
    }
  }
  const residual = f.remaining();
  // Reallocation: households sell risky assets (their own pecking order: worst trailing return first
  // is approximated by selling pro rata to holdings weighted by duration-risk) to buy the residual.
  if (residual > 0) {
    const { start, end } = s.households;
    f.reserve(s.n);
    const rws = f.wealth;
    let wTot = 0;
    for (let i = start; i < end; i++) { const rw = riskyWealth(s, i); rws[i - start] = rw; wTot += s.par[i * 4 + 1]! * rw; }
    if (wTot > 0) {
      let sold = 0;
      for (let i = start; i < end; i++) {
        const rw = rws[i - start]!;
        const w = s.par[i * 4 + 1]! * rw;
        if (w <= 0) continue;
        const usd = (residual * w) / wTot;
        for (let k = 1; k < A; k++) {
          const u = s.units[i * A + k]!;
          if (u > 0) o.add(i, k, -(u * usd) / rw, VOLUNTARY);
        }
        f.addRealloc(i, usd);
        sold += usd;
      }
      rec.reallocSales[ROM] += sold;
    }
  }
  return residual;
}

export const riskyWealth = (s: State, i: number): number => marketValue(s, i, true);

/** After clearing: households deliver the cash they raised; the dealer book takes whatever is left. */
export function settleFunding(s: State, f: FundingDay, rec: DayRecord): void {
  let got = 0;
  for (let j = 0; j < f.reallocCount; j++) {
    const agent = f.reallocAgent[j]!;
    got += placePaper(s, f, agent, Math.min(f.reallocUsd[j]!, Math.max(0, s.cash[agent]!)));
  }
  rec.addFof('paper.realloc', got);
  const left = f.remaining();
  if (left > 0) rec.addFof('paper.dealer', placePaper(s, f, s.sec.dealer, left + 1e6));
}

/** The spread that the day's residual calls forth, smoothed over `smoothingDays`. */
export function updateSpread(s: State, residual: number): void {
  const fu = s.sc.funding;
  const a = 1 / fu.smoothingDays;
  s.residualEwma += (residual - s.residualEwma) * a;
  // Money-market scarcity: SOFR above IORB once reserves are scarce (the reserve-demand curve).
  const scarcity = fu.moneyMarketPassThrough * Math.max(0, s.sofr - s.iorb);
  // Reallocation premium: linear for small needs (slope 1/(e·W₀), W₀ = households' risky wealth at
  // the start, so it does not feed on falling prices), saturating at maxSpread for large ones.
  const x = Math.max(0, s.residualEwma) / Math.max(1, fu.elasticity * s.reallocWealth0 * fu.maxSpread);
  const target = fu.spreadFloor + scarcity + (fu.maxSpread * x) / (1 + x);
  s.spread += (target - s.spread) * a;
}
