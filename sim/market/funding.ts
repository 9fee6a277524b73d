// The funding market (MODEL-SKETCH "The funding market"): each day new paper must be bought —
// Treasury net issuance, QT runoff, hyperscaler bonds. Buyers pay first from the central bank's
// purchases, then from idle money (at the floor spread); the residual can only be met by holders
// selling other assets to buy paper, which they do only at a higher spread. The spread is
//   s* = floor + κ·depletion^p + s_max·x/(1+x),  x = R̄ / (e · W₀ · s_max)
// (convex in depletion, rising with the reallocation R̄ it must call forth), smoothed over a few days.
import { CLASS_IDS, N_ASSETS, assetIndex } from '../ids';
import { pow } from '../math';
import { marketValue } from './book';
import type { State } from '../state';
import type { DayRecord } from '../record/dayRecord';
import type { Orders } from './orders';
import { VOLUNTARY } from './orders';

const A = N_ASSETS;
const TB = assetIndex('tbills');
const HS = CLASS_IDS.indexOf('hyperscaler');
const SOV = CLASS_IDS.indexOf('sovereign');
const ROM = CLASS_IDS.indexOf('rest_of_market');

/** One issue of new paper today: who issues, which asset, how many dollars are still unsold. */
export interface Paper { issuer: number; asset: number; usd: number; create: boolean }

export class FundingDay {
  paper: Paper[] = [];
  /** Households that sold assets to buy paper: settled after clearing. */
  realloc: Array<{ agent: number; usd: number }> = [];
  add(issuer: number, asset: number, usd: number, create: boolean): void {
    if (usd > 0.5) this.paper.push({ issuer, asset, usd, create });
  }
  remaining(): number { return this.paper.reduce((a, p) => a + p.usd, 0); }
  reset(): void { this.paper = []; this.realloc = []; }
}

/** Deliver `usd` of today's paper to `buyer`, pro rata across the issues still unsold. */
export function placePaper(s: State, f: FundingDay, buyer: number, usd: number): number {
  const total = f.remaining();
  if (total <= 0 || usd <= 0) return 0;
  const take = Math.min(usd, total);
  let paid = 0;
  for (const p of f.paper) {
    if (p.usd <= 0) continue;
    const x = (take * p.usd) / total;
    const price = s.price[p.asset]!;
    const u = Math.round(x / price);
    if (u <= 0) continue;
    const cost = Math.round(u * price);
    if (p.create) { s.units[buyer * A + p.asset] += u; s.supply[p.asset] += u; }
    else { s.units[p.issuer * A + p.asset] -= u; s.units[buyer * A + p.asset] += u; }
    s.cash[buyer] -= cost; s.cash[p.issuer] += cost;
    p.usd -= cost; paid += cost;
  }
  return paid;
}

export function householdIdle(s: State, i: number): number {
  return Math.max(0, s.cash[i]! - s.par[i * 4 + 3]!);
}

const HF_ = CLASS_IDS.indexOf('hedge_fund'), CTA_ = CLASS_IDS.indexOf('cta'), VT_ = CLASS_IDS.indexOf('vol_target');

/** The institutional book's free cash: its cash net of the credit it extends to levered funds
 *  (their overdrafts), relative to its starting level. Buybacks and asset purchases from the
 *  book raise it; margin lending does not (it is the book's own cash lent out). Signed. */
export function dealerNet(s: State): number {
  let lent = 0;
  for (const c of [HF_, CTA_, VT_]) for (let i = s.classStart[c]!; i < s.classEnd[c]!; i++) if (s.cash[i]! < 0) lent += s.cash[i]!;
  return s.cash[s.sec.dealer]! + lent - s.dealerNet0;
}

export function sovereignBuffer(s: State, i: number): number {
  return s.sc.sovereign.bufferShare * marketValue(s, i);
}

export function hyperscalerBuffer(s: State, i: number, dailyCapex: number): number {
  return s.sc.hyperscaler.bufferDays * dailyCapex;
}

/** Idle money by component, measured from balance sheets (not set). */
export function measureIdle(s: State, out: Float64Array, dailyCapex: Float64Array): number {
  out.fill(0);
  out[0] = Math.max(0, s.cash[s.sec.moneyFund]!);
  for (let i = s.households.start; i < s.households.end; i++) out[1] += householdIdle(s, i);
  out[1] = Math.max(0, out[1]! + dealerNet(s));
  for (let i = s.classStart[HS]!; i < s.classEnd[HS]!; i++) {
    // Cash above the operating buffer; T-bill piles are paper already bought (sold in the waterfall).
    out[2] += Math.max(0, s.cash[i]! - hyperscalerBuffer(s, i, dailyCapex[i - s.classStart[HS]!]!));
  }
  for (let i = s.classStart[SOV]!; i < s.classEnd[SOV]!; i++) out[3] += Math.max(0, s.cash[i]! - sovereignBuffer(s, i));
  return out[0]! + out[1]! + out[2]! + out[3]!;
}

/** Clear today's paper: central bank, idle buyers, then reallocation orders. Returns the residual R. */
export function clearFunding(s: State, f: FundingDay, o: Orders, rec: DayRecord, cbScheduled: number, backstop: (r: number) => number, dailyCapex: Float64Array): number {
  const cb = s.sec.centralBank;
  if (cbScheduled > 0) rec.addFof('paper.cb', placePaper(s, f, cb, cbScheduled));
  // A backstopping central bank buys new paper before private idle money is drawn on: it creates
  // the money instead of pulling it out of the pool (the end-absorber of C6).
  const bs = backstop(f.remaining());
  if (bs > 0) { rec.addFof('paper.cb', placePaper(s, f, cb, bs)); s.netDurationSupply -= bs; }
  // Idle buyers: money funds (RRP), households' excess cash, sovereigns' dry powder, pro rata.
  const need = f.remaining();
  if (need > 0) {
    const buyers: number[] = [], amounts: number[] = [];
    let idleTotal = 0;
    const push = (i: number, x: number) => { if (x > 1) { buyers.push(i); amounts.push(x); idleTotal += x; } };
    // Each holder deploys at most a share of its idle cash a day: supply from idle money is
    // proportional to the stock left, so the residual appears gradually as the pool drains.
    const d = s.sc.funding.idleDeployShare;
    push(s.sec.moneyFund, d * Math.max(0, s.cash[s.sec.moneyFund]!));
    // Households' excess cash and the book's free cash form one component (mmf_excess): when the
    // book is short of cash, households' excess refills it first, so only the net can buy paper —
    // the same number measureIdle reports.
    const dn = dealerNet(s);
    let hh = 0;
    for (let i = s.households.start; i < s.households.end; i++) hh += householdIdle(s, i);
    const gross = hh + Math.max(0, dn);
    const scale = gross > 0 ? Math.max(0, hh + dn) / gross : 0;
    push(s.sec.dealer, d * scale * Math.max(0, dn));
    for (let i = s.households.start; i < s.households.end; i++) push(i, d * scale * householdIdle(s, i));
    for (let i = s.classStart[SOV]!; i < s.classEnd[SOV]!; i++) push(i, d * Math.max(0, s.cash[i]! - sovereignBuffer(s, i)));
    for (let i = s.classStart[HS]!, j = 0; i < s.classEnd[HS]!; i++, j++) push(i, d * Math.max(0, s.cash[i]! - hyperscalerBuffer(s, i, dailyCapex[j]!)));
    if (idleTotal > 0) {
      const use = Math.min(need, idleTotal);
      let got = 0;
      for (let j = 0; j < buyers.length; j++) got += placePaper(s, f, buyers[j]!, (use * amounts[j]!) / idleTotal);
      rec.addFof('paper.idle', got);
    }
  }
  const residual = f.remaining();
  // Reallocation: households sell risky assets (their own pecking order: worst trailing return first
  // is approximated by selling pro rata to holdings weighted by duration-risk) to buy the residual.
  if (residual > 0) {
    const { start, end } = s.households;
    let wTot = 0;
    for (let i = start; i < end; i++) wTot += s.par[i * 4 + 1]! * riskyWealth(s, i);
    if (wTot > 0) {
      for (let i = start; i < end; i++) {
        const rw = riskyWealth(s, i);
        const w = s.par[i * 4 + 1]! * rw;
        if (w <= 0) continue;
        const usd = (residual * w) / wTot;
        for (let k = 1; k < A; k++) {
          const u = s.units[i * A + k]!;
          if (u > 0) o.add(i, k, -(u * usd) / rw, VOLUNTARY);
        }
        f.realloc.push({ agent: i, usd });
        rec.reallocSales[ROM] += usd;
      }
    }
  }
  return residual;
}

export const riskyWealth = (s: State, i: number): number => marketValue(s, i, true);

/** After clearing: households deliver the cash they raised; the dealer book takes whatever is left. */
export function settleFunding(s: State, f: FundingDay, rec: DayRecord): void {
  let got = 0;
  for (const r of f.realloc) got += placePaper(s, f, r.agent, Math.min(r.usd, Math.max(0, s.cash[r.agent]!)));
  rec.addFof('paper.realloc', got);
  const left = f.remaining();
  if (left > 0) rec.addFof('paper.dealer', placePaper(s, f, s.sec.dealer, left + 1e6));
}

/** The spread that the day's residual calls forth, smoothed over `smoothingDays`. */
export function updateSpread(s: State, residual: number): void {
  const fu = s.sc.funding;
  const a = 1 / fu.smoothingDays;
  s.residualEwma += (residual - s.residualEwma) * a;
  const depletion = s.idle0 > 0 ? Math.max(0, 1 - s.idle / s.idle0) : 1;
  const dp = depletion > 0 ? pow(depletion, fu.scarcityPower) : 0;
  // Reallocation premium: linear for small needs (slope 1/(e·W₀), W₀ = households' risky wealth at
  // the start, so it does not feed on falling prices), saturating at maxSpread for large ones.
  const x = Math.max(0, s.residualEwma) / Math.max(1, fu.elasticity * s.reallocWealth0 * fu.maxSpread);
  const target = fu.spreadFloor + fu.scarcityPremium * dp + (fu.maxSpread * x) / (1 + x);
  s.spread += (target - s.spread) * a;
}
