// The market's accounting in isolation: clearing, the funding market, rates.
import { describe, expect, it } from 'vitest';
import { CLASS_IDS, assetIndex } from '../../sim/ids';
import { clearRound } from '../../sim/market/clearing';
import { FundingDay, clearFunding, householdIdle, placePaper } from '../../sim/market/funding';
import { measureIdle } from '../../sim/sectors/plumbing';
import { reservesFedSide } from '../../sim/sectors/banks';
import { Orders, VOLUNTARY, trig } from '../../sim/market/orders';
import { expectationAnchor, updateRates } from '../../sim/market/rates';
import { DayRecord } from '../../sim/record/dayRecord';
import { A, harness, range, scenario, sumCash, unitsOf } from './helpers';
import { loadScenario, runToEnd } from '../../sim/index';

const cls = (c: (typeof CLASS_IDS)[number]) => CLASS_IDS.indexOf(c);
const TB = assetIndex('tbills'), TR = assetIndex('treasuries'), IG = assetIndex('ig_credit'), HY = assetIndex('hy_credit');
const BE = assetIndex('broad_equity'), CR = assetIndex('crypto'), AI = assetIndex('ai_hardware');

describe('clearing', () => {
  const setup = () => {
    const h = harness(scenario(), 3, 20);
    const s = h.s;
    const hh = s.households.start, cta = s.classStart[cls('cta')]!;
    // A hedge fund that holds crypto (strategies differ: relative-value books hold none).
    let hf = s.classStart[cls('hedge_fund')]!;
    while (!(s.units[hf * A + CR]! > 1e6)) hf++;
    return { s, hh, hf, cta, o: new Orders(), rec: new DayRecord() };
  };

  it('conserves every asset\'s units and the sum of cash; value investors and dealers take the other side', () => {
    const { s, hh, hf, cta, o, rec } = setup();
    const dealer = s.sec.dealer, value = s.sec.value;
    const book = () => ({ cash: s.cash[dealer]! + s.cash[value]!, units: Array.from({ length: A }, (_, k) => s.units[dealer * A + k]! + s.units[value * A + k]!) });
    o.add(hh, BE, 1e6, VOLUNTARY);          // buy
    o.add(hh + 1, BE, -2e5, VOLUNTARY);     // sell part of a holding
    o.add(hf, CR, -1e5, trig('margin_call'));
    o.add(cta, BE, 3e5, VOLUNTARY);
    o.add(hh, TB, 5e4, VOLUNTARY);          // T-bills: no impact, not in class flows
    const cash0 = sumCash(s), units0 = Array.from({ length: A }, (_, k) => unitsOf(s, k));
    const agents = [hh, hh + 1, hf, cta];
    const before = agents.map((i) => ({ cash: s.cash[i]!, units: Array.from(s.units.subarray(i * A, i * A + A)) }));
    const bookBefore = book();
    const p0 = Array.from(s.price);
    const forced = clearRound(s, o, 0, 0, rec);

    expect(sumCash(s)).toBe(cash0);
    for (let k = 0; k < A; k++) expect(unitsOf(s, k)).toBe(units0[k]);
    // Agents got their units; the holders' change is exactly the opposite of the agents' total.
    let dCashAgents = 0;
    const dUnits = new Array(A).fill(0);
    agents.forEach((i, j) => {
      dCashAgents += s.cash[i]! - before[j]!.cash;
      for (let k = 0; k < A; k++) dUnits[k] += s.units[i * A + k]! - before[j]!.units[k]!;
    });
    expect(dUnits[BE]).toBe(1e6 - 2e5 + 3e5);
    expect(dUnits[CR]).toBe(-1e5);
    expect(dUnits[TB]).toBe(5e4);
    const bookAfter = book();
    expect(bookAfter.cash - bookBefore.cash + dCashAgents).toBe(0);
    for (let k = 0; k < A; k++) expect(bookAfter.units[k]! - bookBefore.units[k]! + dUnits[k]).toBe(0);
    // Fills at the round's price, rounded to whole dollars.
    expect(s.cash[hh + 1]! - before[1]!.cash).toBe(Math.round(2e5 * s.price[BE]!));
    // Net buying lifts broad equity, net selling sinks crypto; T-bills do not move.
    expect(s.price[BE]).toBeGreaterThan(p0[BE]!);
    expect(s.price[CR]).toBeLessThan(p0[CR]!);
    expect(s.price[TB]).toBe(p0[TB]);
    // Forced sales are recorded by trigger and in the provenance log; class flows exclude T-bills.
    expect(forced).toBe(Math.round(1e5 * s.price[CR]!));
    expect(rec.forced[trig('margin_call')]).toBe(forced);
    expect(rec.classFlow[cls('hedge_fund') * A + CR]).toBe(-forced);
    expect(rec.classFlow[cls('rest_of_market') * A + TB]).toBe(0);
    expect(rec.classFlow[cls('cta') * A + BE]).toBe(Math.round(3e5 * s.price[BE]!));
    expect(s.volumeUsd[TB]).toBe(Math.round(5e4 * s.price[TB]!));
    rec.closeRound(0, new Float64Array(A));
    expect(rec.roundLog[0]!.sales).toEqual([{ round: 0, agent: hf, usd: forced, cls: 'hedge_fund', asset: 'crypto', trigger: 'margin_call' }]);
  });

  it('clamps long-only sellers to their holdings; CTAs may go short', () => {
    const { s, hh, cta, o, rec } = setup();
    const have = s.units[hh * A + AI]!;
    expect(have).toBeGreaterThan(0);
    o.add(hh, AI, -(have + 12345), VOLUNTARY);
    const ctaHave = s.units[cta * A + BE]!;
    o.add(cta, BE, -(ctaHave + 1e6), VOLUNTARY);
    const cash0 = sumCash(s);
    clearRound(s, o, 0, 0, rec);
    expect(s.units[hh * A + AI]).toBe(0);
    expect(o.units[0]).toBe(-have);
    expect(s.units[cta * A + BE]).toBe(-1e6);
    expect(sumCash(s)).toBe(cash0);
  });

  it('clears only the orders from `from` on (a cascade round)', () => {
    const { s, hh, o, rec } = setup();
    o.add(hh, BE, 1e6, VOLUNTARY);
    clearRound(s, o, 0, 0, rec);
    const u = s.units[hh * A + BE]!;
    o.add(hh, BE, 1e5, VOLUNTARY);
    clearRound(s, o, 1, 1, rec);
    expect(s.units[hh * A + BE]).toBe(u + 1e5);
  });
});

describe('funding market', () => {
  it('placing new paper conserves money; issued units add to supply, sold units leave the issuer', () => {
    const h = harness(scenario(), 5, 20);
    const s = h.s, f = new FundingDay();
    const hs = s.classStart[cls('hyperscaler')]!, cb = s.sec.centralBank, buyer = s.sec.moneyFund;
    f.add(s.sec.government, TB, 3e10, true);
    f.add(hs, IG, 1e10, true);
    f.add(cb, TR, 2e10, false);                // QT runoff: the central bank's own bonds
    f.add(hs, HY, 0.4, true);                  // dust is dropped
    expect(f.paper.length).toBe(3);
    const cash0 = sumCash(s), sup0 = Array.from(s.supply), held0 = Array.from({ length: A }, (_, k) => unitsOf(s, k));
    const cbTR0 = s.units[cb * A + TR]!, buyerCash0 = s.cash[buyer]!, govCash0 = s.cash[s.sec.government]!;
    const paid = placePaper(s, f, buyer, 3e10);
    expect(paid).toBeGreaterThan(3e10 - 10);
    expect(paid).toBeLessThanOrEqual(3e10 + 10);
    expect(sumCash(s)).toBe(cash0);
    expect(s.cash[buyer]).toBe(buyerCash0 - paid);
    expect(s.cash[s.sec.government]! - govCash0).toBeGreaterThan(0);
    for (let k = 0; k < A; k++) expect(unitsOf(s, k)).toBe(s.supply[k]);
    expect(s.supply[TR]).toBe(sup0[TR]);       // runoff moves existing bonds
    expect(s.units[cb * A + TR]).toBeLessThan(cbTR0);
    expect(s.supply[TB]! - sup0[TB]!).toBe(unitsOf(s, TB) - held0[TB]!);
    expect(s.supply[IG]).toBeGreaterThan(sup0[IG]!);
    // Pro rata: half of the $60B was placed, so half of each issue remains.
    expect(f.remaining()).toBeCloseTo(3e10, -3);
    expect(f.paper[0]!.usd / 3e10).toBeCloseTo(0.5, 6);
    // Buying more than is left takes only what is left.
    const rest = f.remaining();
    const paid2 = placePaper(s, f, buyer, 1e13);
    expect(paid2).toBeCloseTo(rest, -2);
    expect(sumCash(s)).toBe(cash0);
  });

  it('idle money is measured from balance sheets: ON RRP plus reserves above the floor', () => {
    const h = harness(scenario(), 5, 20);
    const s = h.s, out = new Float64Array(2);
    const total = measureIdle(s, out);
    expect(out[0]).toBe(Math.max(0, s.cash[s.sec.moneyFund]!));
    expect(out[1]).toBe(Math.max(0, reservesFedSide(s) - s.reserveFloor));
    expect(total).toBe(out[0]! + out[1]!);
    // Start: the published ON RRP and reserves.
    expect(out[0]).toBe(s.sc.pool.rrpUsd);
    expect(out[1]).toBe(s.sc.plumbing.reservesUsd - s.sc.plumbing.reserveFloorUsd);
    // A money fund moving ON RRP cash to a depositor (repo to a dealer) leaves the total: reserves rise as RRP falls.
    s.cash[s.sec.moneyFund] -= 1e11; s.cash[s.sec.dealer] += 1e11;
    expect(measureIdle(s, out)).toBe(total);
    // A household paying the Treasury drains reserves: idle money falls by the payment.
    s.cash[s.households.start] -= 1e11; s.cash[s.sec.government] += 1e11;
    expect(measureIdle(s, out)).toBe(total - 1e11);
    // A household spending into its buffer is no longer spare above it.
    const i = s.households.start + 1;
    const idle_i = householdIdle(s, i);
    s.cash[i] -= idle_i + 5; s.cash[s.sec.realEconomy] += idle_i + 5;
    expect(householdIdle(s, i)).toBe(0);
  });

  it('clearFunding places paper with idle money first and conserves money', () => {
    const h = harness(scenario(), 5, 20);
    const s = h.s, f = new FundingDay(), o = new Orders(), rec = new DayRecord();
    f.add(s.sec.government, TB, 5e10, true);
    const cash0 = sumCash(s);
    const residual = clearFunding(s, f, o, rec, 0, () => 0, new Float64Array(s.sc.hyperscaler.count));
    expect(sumCash(s)).toBe(cash0);
    for (let k = 0; k < A; k++) expect(unitsOf(s, k)).toBe(s.supply[k]);
    // Idle money deploys at most idleDeployShare of itself a day; $50B is well inside that.
    expect(residual).toBeLessThan(1e6);
    expect(rec.fof[1]).toBeGreaterThan(5e10 - 1e6);          // paper.idle
    expect(o.count).toBe(0);                                  // no reallocation needed
  });

  it('a residual beyond idle money calls for reallocation sales by households', () => {
    const h = harness(scenario(['funding.idleDeployShare=0.001']), 5, 20);
    const s = h.s, f = new FundingDay(), o = new Orders(), rec = new DayRecord();
    // Coupons: the money funds buy bills only, so idle money here is the banks' deploy share alone.
    f.add(s.sec.government, TR, 2e11, true);
    const residual = clearFunding(s, f, o, rec, 0, () => 0, new Float64Array(s.sc.hyperscaler.count));
    expect(residual).toBeGreaterThan(1e11);
    expect(o.count).toBeGreaterThan(0);
    let sold = 0;
    for (let j = 0; j < o.count; j++) {
      expect(o.agent[j]).toBeGreaterThanOrEqual(s.households.start);
      expect(o.units[j]).toBeLessThan(0);
      sold += -o.units[j]! * s.price[o.asset[j]!]!;
    }
    expect(sold / residual).toBeCloseTo(1, 3);
    expect(f.reallocUsd.subarray(0, f.reallocCount).reduce((a, u) => a + u, 0) / residual).toBeCloseTo(1, 9);
  });
});

describe('expectations without foresight', () => {
  const h = harness(scenario(), 1, 20);
  const s = h.s, u = s.sc.rates.rule;
  it('the rule pulls the expected path from today\'s rate toward the Taylor target with inertia', () => {
    s.policy = 0.05; s.policyAdj = 0;
    const target = u.neutralReal + 0.03 + u.phiPi * (0.03 - u.inflationTarget);
    const ruleOnly = expectationAnchor(s, NaN, 0.03, 0);
    expect(ruleOnly).toBeLessThan(0.05);
    expect(ruleOnly).toBeGreaterThan(target);
    // Higher observed inflation raises the anchor; a positive output gap too.
    expect(expectationAnchor(s, NaN, 0.06, 0)).toBeGreaterThan(ruleOnly);
    expect(expectationAnchor(s, NaN, 0.03, 0.02)).toBeGreaterThan(ruleOnly);
  });
  it('guidance, when announced, is blended with the rule by its weight', () => {
    const ruleOnly = expectationAnchor(s, NaN, 0.03, 0);
    const w = s.sc.rates.guidanceWeight;
    expect(expectationAnchor(s, 0.02, 0.03, 0)).toBeCloseTo(w * 0.02 + (1 - w) * ruleOnly, 15);
  });
  it('the realised policy path after today does not change today\'s expectations', () => {
    const a = runToEnd(loadScenario('baseline'), 1, { days: 120 }).data.columns['rate.expectedPolicy']!;
    const b = runToEnd(loadScenario('baseline', ['rates.policyPath=[["2024-01-02",0.0533],["2024-06-03",0.09]]']), 1, { days: 120 }).data.columns['rate.expectedPolicy']!;
    const cut = 102; // 2024-06-03 is trading day 103
    for (let t = 0; t < cut; t++) expect(b[t]).toBe(a[t]);
    expect(b[cut + 10]!).toBeGreaterThan(a[cut + 10]!); // the surprise moves expectations on its day
  });
});

describe('rates', () => {
  const h = harness(scenario(), 1, 20);
  const s = h.s, r = s.sc.rates;
  // The expected policy rate moves toward an anchor computed from what is known today
  // (expectationAnchor: the policy rule and the latest guidance; stance adjustments included).
  const update = updateRates as (s: typeof h.s, anchor: number) => void;
  const anchor = 0.04;
  const target = () => anchor;

  it('expected policy moves toward its anchor with the expectation half-life', () => {
    s.expPolicy = 0.03;
    update(s, anchor);
    const a = Math.LN2 / r.expectationHalfLifeDays;
    expect(s.expPolicy).toBeCloseTo(0.03 + (target() - 0.03) * a, 15);
  });

  it('10y = expected policy + term premium + pass-through × spread; cost of capital carries the whole spread', () => {
    s.spread = 0.004; s.netDurationSupply = 2e11; s.tpShock = 0.001;
    update(s, anchor);
    expect(s.termPremium).toBeCloseTo(r.termPremium0 + r.termPremiumPer100B * 2 + 0.001, 15);
    expect(s.y10).toBeCloseTo(s.expPolicy + s.termPremium + r.passThrough10y * 0.004, 15);
    expect(s.coc).toBeCloseTo(s.expPolicy + s.termPremium + 0.004, 15);
    expect(s.coc - s.y10).toBeCloseTo((1 - r.passThrough10y) * 0.004, 15);
  });

  it('credit spreads = base + β × funding spread + vol term above 15% annualised', () => {
    s.ewVar[BE] = (0.10 / Math.sqrt(252)) ** 2;             // 10% vol: no vol term
    s.spread = 0.01;
    update(s, anchor);
    expect(s.igSpread).toBeCloseTo(r.igSpread0 + r.igBeta * 0.01, 15);
    expect(s.hySpread).toBeCloseTo(r.hySpread0 + r.hyBeta * 0.01, 15);
    s.ewVar[BE] = (0.35 / Math.sqrt(252)) ** 2;             // 35%: 20 points of excess vol
    update(s, anchor);
    expect(s.igSpread).toBeCloseTo(r.igSpread0 + r.igBeta * 0.01 + r.igVolBeta * 0.2, 12);
    expect(s.hySpread).toBeCloseTo(r.hySpread0 + r.hyBeta * 0.01 + r.hyVolBeta * 0.2, 12);
  });

  it('high yield widens more than investment grade for a given rise in the funding spread', () => {
    s.ewVar[BE] = (0.12 / Math.sqrt(252)) ** 2;
    const at = (sp: number) => { s.spread = sp; s.expPolicy = 0.035; update(s, anchor); return { ig: s.igSpread, hy: s.hySpread, y10: s.y10, coc: s.coc }; };
    const lo = at(0), hi = at(0.02);
    expect(hi.hy - lo.hy).toBeGreaterThan(hi.ig - lo.ig);
    expect(hi.ig - lo.ig).toBeGreaterThan(0);
    expect(hi.coc - lo.coc).toBeGreaterThan(hi.y10 - lo.y10);
    expect(hi.y10 - lo.y10).toBeCloseTo(r.passThrough10y * 0.02, 12);
  });
});
