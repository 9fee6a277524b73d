// Each agent class's rule in isolation, on a freshly initialised state.
import { describe, expect, it } from 'vitest';
import type { RunEvent } from '../../sim/api-types';
import { compile } from '../../sim/compiled';
import { CLASS_IDS, assetIndex } from '../../sim/ids';
import { log } from '../../sim/math';
import { Orders, trig } from '../../sim/market/orders';
import { DayRecord } from '../../sim/record/dayRecord';
import { HIST, P, S, type State } from '../../sim/state';
import { buybacks, inBlackout } from '../../sim/agents/buyback';
import { ctaDecide } from '../../sim/agents/cta';
import { volTargetClose, volTargetDecide } from '../../sim/agents/volTarget';
import { applyHurdle, plannedCapex } from '../../sim/agents/hyperscaler';
import { capitalCalls } from '../../sim/agents/sovereign';
import { marginCalls, markHedgeFunds } from '../../sim/agents/hedgeFund';
import { setPolicy, backstopPurchases } from '../../sim/agents/centralBank';
import { A, harness, scenario } from './helpers';

const cls = (c: (typeof CLASS_IDS)[number]) => CLASS_IDS.indexOf(c);
const TR = assetIndex('treasuries'), BE = assetIndex('broad_equity'), SAAS = assetIndex('saas'), AI = assetIndex('ai_hardware');
const VT = cls('vol_target'), CTA = cls('cta'), BB = cls('buyback'), HS = cls('hyperscaler'), SOV = cls('sovereign'), HF = cls('hedge_fund');

/** Orders placed by one agent: [asset, units, trigger]. */
function ordersOf(o: Orders, agent: number, from = 0): Array<[number, number, number]> {
  const out: Array<[number, number, number]> = [];
  for (let j = from; j < o.count; j++) if (o.agent[j] === agent) out.push([o.asset[j]!, o.units[j]!, o.trigger[j]!]);
  return out;
}
const dailyVar = (annual: number) => (annual * annual) / 252;

describe('vol_target', () => {
  const fund = (s: State) => s.classStart[VT]!;

  it('targets less equity exposure when its variance estimate is higher: w = min(L, σ*/σ̂)', () => {
    const after = (annualVol: number) => {
      const { s } = harness(scenario(), 1, 20);
      const i = fund(s);
      s.st[i * S] = dailyVar(annualVol);
      s.st[i * S + 1] = 0;                                  // force a rebalance
      const o = new Orders();
      volTargetDecide(s, o, null);
      const order = ordersOf(o, i).find(([k]) => k === BE)?.[1] ?? 0;
      const nav = s.cash[i]! + s.units[i * A + BE]! * s.price[BE]! + s.units[i * A + TR]! * s.price[TR]!;
      return { order, exposure: ((s.units[i * A + BE]! + order) * s.price[BE]!) / (nav * s.sc.vol_target.equityShare) };
    };
    const v = scenario().vol_target;
    const lo = after(0.10), mid = after(0.20), hi = after(0.40);
    expect(lo.order).toBeGreaterThan(mid.order);
    expect(mid.order).toBeGreaterThan(hi.order);
    expect(lo.exposure).toBeGreaterThan(mid.exposure);
    expect(mid.exposure).toBeGreaterThan(hi.exposure);
    expect(hi.exposure).toBeCloseTo(Math.min(v.maxLeverage, v.targetVolAnnual / 0.40), 3);
    expect(mid.exposure).toBeCloseTo(Math.min(v.maxLeverage, v.targetVolAnnual / 0.20), 3);
  });

  it('cuts exposure when variance rises (trigger vol_target), and only cuts intraday', () => {
    const { s } = harness(scenario(), 1, 20);
    const i = fund(s), v = s.sc.vol_target;
    s.st[i * S] = dailyVar(0.15);
    s.st[i * S + 1] = 0;
    const o = new Orders();
    volTargetDecide(s, o, null);
    // Fill the fund's orders by hand (accounting is not under test here).
    for (const [k, u] of ordersOf(o, i)) { s.units[i * A + k] += u; s.cash[i] -= Math.round(u * s.price[k]!); }
    const eq0 = s.units[i * A + BE]!;
    expect(eq0).toBeGreaterThan(0);
    // Calm: inside the band, nothing to do.
    const calm = new Orders();
    volTargetDecide(s, calm, null);
    expect(ordersOf(calm, i)).toEqual([]);
    // Variance doubles: the fund sells equity, tagged as a vol-target cut.
    s.st[i * S] = dailyVar(0.15) * 4;
    const o2 = new Orders();
    const cut = volTargetDecide(s, o2, null);
    const be = ordersOf(o2, i).find(([k]) => k === BE)!;
    expect(be[1]).toBeLessThan(0);
    expect(be[2]).toBe(trig('vol_target'));
    expect(cut).toBeGreaterThan(0);
    expect(-be[1] / eq0).toBeCloseTo(0.5, 1);                // σ̂ doubled: exposure halves
    // Intraday, a calm day places no buy orders even when the target is above the position.
    s.st[i * S] = dailyVar(0.05);
    const o3 = new Orders();
    volTargetDecide(s, o3, 0.0001);
    expect(ordersOf(o3, i).filter(([k, u]) => k === BE && u > 0)).toEqual([]);
    void v;
  });

  it('updates its EWMA variance at the close: a large move raises it', () => {
    const { s } = harness(scenario(), 1, 20);
    const i = fund(s);
    s.st[i * S] = dailyVar(0.15);
    const before = s.st[i * S]!, lam = s.par[i * P]!;
    volTargetClose(s, -0.05);
    expect(s.st[i * S]).toBeCloseTo(lam * before + (1 - lam) * 0.0025, 15);
    expect(s.st[i * S]).toBeGreaterThan(before);
  });
});

describe('cta', () => {
  /** Broad-equity log closes with a constant daily trend ending at yesterday's close. */
  function trend(s: State, slope: number) {
    for (let h = 0; h < HIST; h++) s.lnHist[h * A + BE] = log(100) + slope * (h - (HIST - 1));
  }
  const zOf = (s: State, i: number, slope: number) => (slope * s.par[i * P]!) / (Math.sqrt(s.ewVar[BE]!) * Math.sqrt(s.par[i * P]!));
  const beIndex = (s: State) => Object.keys(s.sc.cta.instruments).indexOf('broad_equity');

  it('goes long when the trend rises through +threshold and short (cta_flip) when it falls through −threshold', () => {
    const { s } = harness(scenario(), 2, 20);
    const i = s.classStart[CTA]!, j = beIndex(s), th = s.par[i * P + 1]!;
    const slopeFor = (z: number) => (z * Math.sqrt(s.ewVar[BE]!)) / Math.sqrt(s.par[i * P]!);
    // Just below the threshold: no flip from flat.
    trend(s, slopeFor(th * 0.95));
    expect(zOf(s, i, slopeFor(th * 0.95))).toBeLessThan(th);
    let o = new Orders();
    ctaDecide(s, o, false);
    expect(s.st[i * S + j]).toBe(0);
    expect(ordersOf(o, i).filter(([k]) => k === BE)).toEqual([]);
    // Just above: long, buying half the gap at once.
    trend(s, slopeFor(th * 1.05));
    o = new Orders();
    ctaDecide(s, o, false);
    expect(s.st[i * S + j]).toBe(1);
    const buy = ordersOf(o, i).find(([k]) => k === BE)!;
    expect(buy[1]).toBeGreaterThan(0);
    // Hysteresis: a weaker but still positive trend keeps it long.
    s.units[i * A + BE] += buy[1];
    trend(s, slopeFor(-th * 0.5));
    o = new Orders();
    ctaDecide(s, o, false);
    expect(s.st[i * S + j]).toBe(1);
    // Through −threshold: flips short, a sale tagged cta_flip, beyond its long position.
    trend(s, slopeFor(-th * 1.05));
    o = new Orders();
    const flipped = ctaDecide(s, o, false);
    expect(s.st[i * S + j]).toBe(-1);
    const sell = ordersOf(o, i).find(([k]) => k === BE)!;
    expect(sell[1]).toBeLessThan(0);
    expect(sell[2]).toBe(trig('cta_flip'));
    expect(flipped).toBeGreaterThan(0);
    expect(-sell[1]).toBeGreaterThan(s.units[i * A + BE]! / 2);
  });
});

describe('buyback', () => {
  it('programmes in blackout place no orders; without blackouts they all buy', () => {
    const { s } = harness(scenario(), 4, 250);
    const first = s.classStart[BB]!, last = s.classEnd[BB]!;
    // Find a day when some programmes are in blackout and some are not.
    let t = 0;
    for (; t < 250; t++) {
      s.t = t;
      let n = 0;
      for (let i = first; i < last; i++) if (inBlackout(s, i)) n++;
      if (n > 0 && n < last - first) break;
    }
    expect(t).toBeLessThan(250);
    const o = new Orders();
    buybacks(s, o);
    for (let i = first; i < last; i++) {
      const mine = ordersOf(o, i);
      if (inBlackout(s, i)) expect(mine, `programme ${i} is in blackout on ${s.cal.dates[t]}`).toEqual([]);
      else expect(mine.map(([k]) => k).sort()).toEqual([AI, BE].sort());
    }
    // The window is closed blackoutBeforeDays before earnings (shifted by the programme's offset).
    const i = first, off = s.par[i * P + 1]!, b = s.sc.buyback;
    for (let d = 10; d < 240; d++) {
      s.t = d;
      const j = Math.min(s.days - 1, Math.max(0, d + off));
      expect(inBlackout(s, i)).toBe(s.cal.daysToEarnings[j]! <= b.blackoutBeforeDays || s.cal.daysSinceEarnings[j]! < b.blackoutAfterDays);
    }
    // With blackouts off, every programme buys.
    const { s: s2 } = harness(scenario(['buyback.blackout=false']), 4, 250);
    s2.t = t;
    const o2 = new Orders();
    expect(buybacks(s2, o2)).toBe(1);
    for (let i2 = first; i2 < last; i2++) expect(ordersOf(o2, i2).length).toBe(2);
  });
});

describe('hyperscaler hurdle', () => {
  it('cuts capex while the cost of capital exceeds the expected return, and recovers after', () => {
    const { s, c } = harness(scenario(), 1, 20);
    const i = s.classStart[HS]!, events: RunEvent[] = [];
    const planned = new Float64Array(s.sc.hyperscaler.count);
    const before = plannedCapex(s, c, planned);
    expect(s.st[i * S]).toBe(1);
    const hurdle = s.sc.hyperscaler.hurdle.expectedReturn + s.sc.hyperscaler.hurdle.dispersion;
    s.y10 = hurdle + 0.03;                                  // cost above every name's expected return
    applyHurdle(s, events);
    applyHurdle(s, events);
    const h = s.sc.hyperscaler.hurdle;
    expect(s.st[i * S]).toBeCloseTo((1 - h.cutSpeed) ** 2, 15);
    expect(events.filter((e) => e.kind === 'capex_cut').length).toBe(s.sc.hyperscaler.count); // once per name
    expect(events[0]).toMatchObject({ kind: 'capex_cut', day: 0, agent: i });
    expect(plannedCapex(s, c, planned)).toBeLessThan(before);
    for (let d = 0; d < 2000; d++) applyHurdle(s, events);
    expect(s.st[i * S]).toBe(h.floor);                      // never below the floor
    s.y10 = hurdle - 0.2;                                   // cost below: capex recovers
    applyHurdle(s, events);
    expect(s.st[i * S]).toBeCloseTo(h.floor + h.cutSpeed * 0.25, 15);
    for (let d = 0; d < 2000; d++) applyHurdle(s, events);
    expect(s.st[i * S]).toBe(1);
  });

  it('does nothing when the hurdle is disabled', () => {
    const { s } = harness(scenario(['hyperscaler.hurdle.enabled=false']), 1, 20);
    s.y10 = 1;
    const events: RunEvent[] = [];
    applyHurdle(s, events);
    expect(s.st[s.classStart[HS]! * S]).toBe(1);
    expect(events).toEqual([]);
  });
});

describe('sovereign capital calls', () => {
  const call = (order: unknown, usd: number) => scenario([
    `sovereign.peckingOrder=${JSON.stringify(order)}`, `sovereign.capitalCalls=[["2024-01-02", ${usd}]]`,
  ]);

  it('with an explicit pecking order, a call larger than cash sells the first listed asset first', () => {
    const { s } = harness(call(['saas', 'broad_equity', 'treasuries'], 2e12), 1, 20);
    const c = compile(s.sc, s.cal.dayNumbers), o = new Orders(), rec = new DayRecord();
    const shortfall = capitalCalls(s, c, o, rec);
    expect(shortfall).toBeGreaterThan(0);
    for (let i = s.classStart[SOV]!; i < s.classEnd[SOV]!; i++) {
      const mine = ordersOf(o, i);
      expect(mine.length).toBeGreaterThan(0);
      expect(mine.map(([k]) => k)).toEqual([SAAS, BE, TR].slice(0, mine.length));
      for (const [, u, t] of mine) { expect(u).toBeLessThan(0); expect(t).toBe(trig('capital_call')); }
      // At most maxSellFraction of a holding for one call.
      expect(-mine[0]![1]).toBeLessThanOrEqual(s.units[i * A + SAAS]! * s.sc.sovereign.maxSellFraction + 1);
    }
  });

  it('a call within the cash above the buffer sells nothing', () => {
    const { s } = harness(call(['saas'], 1e9), 1, 20);
    const c = compile(s.sc, s.cal.dayNumbers), o = new Orders();
    expect(capitalCalls(s, c, o, new DayRecord())).toBe(0);
    expect(o.count).toBe(0);
  });

  it('hedge_funds in the order requests redemptions paid after the notice period', () => {
    const { s } = harness(call(['hedge_funds', 'saas'], 2e12), 1, 20);
    markHedgeFunds(s);
    const c = compile(s.sc, s.cal.dayNumbers), o = new Orders();
    capitalCalls(s, c, o, new DayRecord());
    expect(s.redemptions.length).toBeGreaterThan(0);
    for (const r of s.redemptions) {
      expect(r.forSovereign).toBe(true);
      // Paid in daily tranches over liquidationDays, starting after the notice period.
      expect(r.due).toBeGreaterThanOrEqual(s.t + s.sc.hedge_fund.flows.noticeDays);
      expect(r.due).toBeLessThan(s.t + s.sc.hedge_fund.flows.noticeDays + s.sc.hedge_fund.flows.liquidationDays);
      expect(r.fund).toBeGreaterThanOrEqual(s.classStart[HF]!);
      expect(r.payee).toBeGreaterThanOrEqual(s.classStart[SOV]!);
    }
    // Then saas, if the redemption does not cover the call.
    for (let i = s.classStart[SOV]!; i < s.classEnd[SOV]!; i++) for (const [k] of ordersOf(o, i)) expect(k).toBe(SAAS);
  });

  it('by default sells the holding with the worst trailing return first', () => {
    const { s } = harness(call('trailing', 2e12), 1, 20);
    s.price[SAAS] = 40;                                     // saas down 60%: least trusted
    const c = compile(s.sc, s.cal.dayNumbers), o = new Orders();
    capitalCalls(s, c, o, new DayRecord());
    const i = s.classStart[SOV]!;
    expect(ordersOf(o, i)[0]![0]).toBe(SAAS);
  });
});

describe('hedge_fund margin', () => {
  it('a volatility spike raises haircuts and forces pro-rata sales tagged margin_call', () => {
    const { s } = harness(scenario(), 1, 20);
    const o = new Orders();
    expect(marginCalls(s, o)).toBe(0);                      // calm start: within limits
    for (let k = 1; k < A; k++) s.marginVar[k] = dailyVar(0.9);   // margins read the slower variance
    const forced = marginCalls(s, o);
    expect(forced).toBeGreaterThan(0);
    for (let j = 0; j < o.count; j++) { expect(o.units[j]).toBeLessThan(0); expect(o.trigger[j]).toBe(trig('margin_call')); }
    const i = s.classStart[HF]!;
    let g = 0;
    for (let k = 1; k < A; k++) g += Math.abs(s.units[i * A + k]!) * s.price[k]!;
    let sold = 0;
    for (const [k, u] of ordersOf(o, i)) sold += -u * s.price[k]!;
    expect(sold).toBeLessThanOrEqual(g * s.sc.hedge_fund.maxDailyDeleverage * 1.0001);
  });
});

describe('central_bank', () => {
  it('follows the policy path; tightening hikes at meetings from its start, up to the cap', () => {
    const hikesIn2024 = (sets: string[]) => {
      const { s, c } = harness(scenario(['central_bank.stance=tightening', 'central_bank.tighteningStart=2024-01-02', ...sets]), 1, 261);
      let hikes = 0;
      for (let t = 0; t < s.days; t++) {
        s.t = t;
        const before = s.policyAdj;
        setPolicy(s, c);
        if (s.policyAdj > before) { hikes++; expect(s.cal.policyMeeting[t]).toBe(1); }
      }
      expect(s.cal.dates[s.days - 1]).toBe('2024-12-31');
      expect(s.policy).toBe(c.policyAt(s.cal.dayNumbers[s.days - 1]!));  // the path, plus the stance in policyAdj
      return { hikes, adj: s.policyAdj };
    };
    expect(hikesIn2024([])).toEqual({ hikes: 8, adj: expect.closeTo(0.02, 12) });
    expect(hikesIn2024(['central_bank.hikePerMeeting=0.005', 'central_bank.tighteningCap=0.0125'])).toEqual({ hikes: 3, adj: 0.0125 });
    const { s, c } = harness(scenario(['central_bank.tighteningStart=2024-01-02']), 1, 261);   // neutral: never
    for (let t = 0; t < s.days; t++) { s.t = t; setPolicy(s, c); }
    expect(s.policyAdj).toBe(0);
  });

  it('backstops only under qe_backstop, and only while the spread is above its trigger', () => {
    const { s } = harness(scenario(['central_bank.stance=qe_backstop']), 1, 20);
    s.idle0 = 1; s.idle = 1;
    s.spread = 0;
    expect(backstopPurchases(s, 1e10)).toBe(0);
    s.spread = 0.01;
    expect(backstopPurchases(s, 1e10)).toBe(1e10);
    expect(backstopPurchases(s, 1e12)).toBe(s.sc.central_bank.qeMaxDailyUsd);
    const { s: n } = harness(scenario(), 1, 20);
    n.spread = 0.05;
    expect(backstopPurchases(n, 1e10)).toBe(0);
  });
});
