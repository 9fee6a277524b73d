// The plumbing (Model v2 part 1): balance-sheet identities every day, the money market's rates,
// transactions demand, the water level and the attribution of crowding out.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadScenario, runToEnd, type Scenario } from '../../sim/index';
import { initState } from '../../sim/init';
import { reservePremium, reservesBankSide, reservesFedSide } from '../../sim/sectors/banks';
import { fedIdentityGap } from '../../sim/sectors/fed';
import { receiveCapex } from '../../sim/agents/realEconomy';
import { ScenarioError } from '../../sim/scenario/load';
import { attribute, withoutSources } from '../../experiments/attribution/attribute';
import { shapley } from '../../experiments/attribution/shapley';
import { caseArb, type Case } from './arbitraries';
import { harness } from './helpers';

const base = (sets: string[] = []): Scenario => loadScenario('baseline', sets);

describe('balance sheets', () => {
  it('reserves seen from the Fed equal reserves seen from the banks, and the Fed balances, every day', () => {
    const h = harness(base(), 3, 300);
    const s = h.s;
    for (let t = 0; t < 300; t++) {
      h.step(1);
      expect(reservesBankSide(s)).toBe(reservesFedSide(s));
      expect(fedIdentityGap(s)).toBe(0);
      expect(s.cash[s.sec.moneyFund]!).toBeGreaterThanOrEqual(-1000); // ON RRP never negative beyond rounding
    }
  });

  it('starts from the published levels it is given', () => {
    const s = initState(base(['plumbing.reservesUsd=3.2e12', 'plumbing.tgaUsd=5e11']), 1);
    expect(reservesFedSide(s)).toBe(3.2e12);
    expect(s.cash[s.sec.government]).toBe(5e11);
    expect(s.cash[s.sec.moneyFund]).toBe(Math.round(s.sc.pool.rrpUsd));
  });

  it('spending moves deposits: capex paid to firms and abroad leaves reserves unchanged', () => {
    const s = initState(base(), 1);
    const hs = s.classStart[0]!;
    const r0 = reservesFedSide(s), firms = s.cash[s.sec.realEconomy]!, abroad = s.cash[s.sec.foreign]!;
    const paid = receiveCapex(s, hs, 1e10);
    expect(paid).toBe(1e10);
    expect(reservesFedSide(s)).toBe(r0);
    expect(s.cash[s.sec.realEconomy]! - firms + s.cash[s.sec.foreign]! - abroad).toBe(1e10);
    expect(s.cash[s.sec.foreign]! - abroad).toBe(Math.round(1e10 * s.sc.realEconomy.capexImportShare));
  });

  it('a payment into the TGA drains reserves one for one', () => {
    const s = initState(base(), 1);
    const r0 = reservesFedSide(s);
    const h = s.households.start;
    s.cash[h] -= 1e9; s.cash[s.sec.government] += 1e9;
    expect(reservesFedSide(s)).toBe(r0 - 1e9);
    expect(reservesBankSide(s)).toBe(r0 - 1e9);
  });
});

describe('money market', () => {
  it('the reserve-demand curve is flat when reserves are ample and steep near the floor', () => {
    const s = initState(base(), 1);
    const ample = reservePremium(s, s.reserveFloor + 1e12), near = reservePremium(s, s.reserveFloor), below = reservePremium(s, s.reserveFloor - 0.3e12);
    expect(ample).toBeLessThan(0);
    expect(near - ample).toBeGreaterThan(5 * (ample - reservePremium(s, s.reserveFloor + 2e12)));
    expect(below).toBeGreaterThan(near);
  });

  it('SOFR sits below IORB while reserves are ample and at or above it once they are scarce', () => {
    const ample = runToEnd(base(), 1, { days: 20 }).data.columns;
    expect(ample['rate.sofr']![19]! - ample['rate.iorb']![19]!).toBeLessThan(0);
    const scarce = runToEnd(base(['plumbing.reserveFloorUsd=3.6e12']), 1, { days: 20 }).data.columns;
    expect(scarce['rate.sofr']![19]! - scarce['rate.iorb']![19]!).toBeGreaterThan(0);
  });

  it('transactions demand rises with capex and falls back when capex falls', () => {
    const hi = runToEnd(base(['hyperscaler.capexScale=2']), 1, { days: 400 }).data.columns['plumbing.transactionsDemand']!;
    const lo = runToEnd(base(['hyperscaler.capexScale=0']), 1, { days: 400 }).data.columns['plumbing.transactionsDemand']!;
    expect(hi[399]!).toBeGreaterThan(lo[399]!);
    const cut = runToEnd(base(['shocks=[{"date":"2024-06-03","kind":"capex_scale","value":0}]']), 1, { days: 200 }).data.columns['plumbing.transactionsDemand']!;
    const keep = runToEnd(base(), 1, { days: 200 }).data.columns['plumbing.transactionsDemand']!;
    expect(cut[90]!).toBe(keep[90]!);            // same path before the cut
    expect(cut[199]!).toBeLessThan(keep[199]!);  // firms need less once capex stops
  });
});

describe('water level', () => {
  it('idle money is ON RRP plus reserves above the floor, never negative', () => {
    const { columns: c } = runToEnd(base(), 2, { days: 500 }).data;
    for (let t = 0; t < 500; t++) {
      expect(c['idle.total']![t]!).toBeGreaterThanOrEqual(0);
      const parts = Math.max(0, c['plumbing.rrp']![t]!) + Math.max(0, c['plumbing.reserves']![t]! - c['plumbing.reserveFloor']![t]!);
      expect(c['idle.total']![t]!).toBeCloseTo(parts, -3);
    }
  });

  it('over random valid scenarios: exact books, no NaN, idle money never negative, both sides of reserves agree', () => {
    fc.assert(fc.property(caseArb, fc.double({ min: -1e12, max: 3e12, noNaN: true }), fc.double({ min: 2e12, max: 4.5e12, noNaN: true }), (c: Case, deficit, reserves) => {
      const sc = loadScenario('baseline', [...c.sets, `realEconomy.deficitUsd=${deficit}`, `plumbing.reservesUsd=${reserves}`]);
      const days = Math.min(c.days, 80);
      const h = harness(sc, c.seed, days);
      const s = h.s;
      for (let t = 0; t < days; t++) {
        h.step(1);
        expect(reservesBankSide(s)).toBe(reservesFedSide(s));
        expect(Number.isFinite(s.sofr) && Number.isFinite(s.bill3m)).toBe(true);
        expect(s.idle).toBeGreaterThanOrEqual(0);
      }
    }), { numRuns: 6, seed: 23, endOnFailure: true });
  });

  it('"no AI capex", a zero deficit and no QT each run the whole baseline', () => {
    for (const off of [['capex'], ['deficit'], ['qt'], ['capex', 'deficit', 'qt']] as const) {
      const { summary } = runToEnd(withoutSources(base(), new Set(off)), 1);
      expect(summary.days, off.join('+')).toBe(1044);
      expect(summary.accounting.maxImbalanceUsd).toBe(0);
    }
  });
});

describe('attribution', () => {
  it('Shapley values of an additive game are its parts, and always sum to v(N) − v(∅)', () => {
    shapley(3, (m) => (m & 1 ? 5 : 0) + (m & 2 ? 7 : 0) + (m & 4 ? -2 : 0)).forEach((x, i) => expect(x).toBeCloseTo([5, 7, -2][i]!, 12));
    const pop = (m: number) => (m & 1) + ((m >> 1) & 1) + ((m >> 2) & 1);
    const phi = shapley(3, (m) => pop(m) * pop(m) + (m & 4 ? 1 : 0));
    expect(phi.reduce((a, b) => a + b, 0)).toBeCloseTo(10, 12);
    expect(phi[0]).toBeCloseTo(phi[1]!, 12); // symmetric players get the same share
  });

  it('the sources add up to the total for every metric, on common random numbers', () => {
    const res = attribute(base(), [1, 2], { days: 120 });
    expect(res.seeds).toBe(2);
    for (const [m, a] of Object.entries(res.metrics)) {
      const sum = a.sources.capex + a.sources.deficit + a.sources.qt + a.sources.other;
      expect(Math.abs(sum - a.total), m).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(a.total)));
    }
  });
});

describe('0.1 scenario files', () => {
  it('a removed field is named with what replaced it', () => {
    for (const [path, word] of [['realEconomy.capexAbsorbShare', 'velocity'], ['funding.scarcityPremium', 'reserve-demand']] as const) {
      const [a, b] = path.split('.') as [string, string];
      let err: unknown;
      try { loadScenario({ [a]: { [b]: 0.5 } }); } catch (e) { err = e; }
      expect(err).toBeInstanceOf(ScenarioError);
      expect((err as ScenarioError).field).toBe(path);
      expect((err as ScenarioError).message).toContain(word);
    }
  });
});
