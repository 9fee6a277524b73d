// Falsification tests for the claims Model v2 part 2 re-measured on the clearing engine (C3, C5, C7,
// C8, C11; MODEL-V2 §3 in the design notes, scenarios/README.md for the table). Each claim is
// labelled EMERGENT (follows from the agents' rules and clearing, and survives the switch that would
// break a built-in version) or BUILT IN (restates a parameter or a rule: the switch removes it).
// Thresholds are fixed here, before the runs; every measure is a distribution over ten seeds with
// common random numbers, printed for scenarios/README.md. Where the claim itself does not hold on
// this engine, the test reports it (and asserts what the label predicts about the switch).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario, runToEnd } from '../../sim/index';
import { col, drawdown, median, result, type Result } from './metrics';

const SEEDS10 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const count = (xs: boolean[]) => xs.filter(Boolean).length;
const report = (claim: string, label: 'emergent' | 'built in', holds: boolean | null, measured: Record<string, unknown>) =>
  console.info(`${claim} [${label}]${holds === null ? '' : holds ? ' holds' : ' does not hold'} ${JSON.stringify(measured)}`);
const exDay = (r: Result) => r.summary.exhaustionDay ?? r.summary.days - 1;
const largestCascade = (r: Result) => Math.max(0, ...r.data.events.filter((e) => e.kind === 'cascade').map((e) => (e as { totalUsd: number }).totalUsd));
const round2 = (x: number) => Math.round(x * 100) / 100;

describe('C3: after exhaustion drawdowns split by duration (does not hold; not built in: durations do not drive it)', () => {
  // First written as BUILT IN (the durations in the valuation), predicting that equal durations would
  // halve the SaaS − broad-equity gap after exhaustion. The run refuted it: after exhaustion discount
  // rates barely move, and what drawdowns there are come from selling that lands on each market's
  // holders, the same with equal durations. The threshold stays as written for the claim (ordered in
  // at least 6 of 10 seeds); the switch is now asserted the other way: the gap moves less than 3pp.
  const EQUAL = ['ai_hardware', 'broad_equity', 'saas', 'crypto', 'speculative'].flatMap((a) => [`assets.${a}.duration=15`, `assets.${a}.convexity=250`]);
  const after = (r: Result, a: string) => drawdown(col(r, `price.${a}`), exDay(r));
  it('equal durations leave the SaaS − broad-equity gap after exhaustion where it was', () => {
    const base = SEEDS10.map((s) => result('baseline', s)), eq = SEEDS10.map((s) => result('baseline', s, EQUAL));
    const gap = (rs: Result[]) => rs.map((r) => after(r, 'saas') - after(r, 'broad_equity'));
    const order = (r: Result) => Math.min(after(r, 'crypto'), after(r, 'speculative')) > after(r, 'saas') && after(r, 'saas') > after(r, 'broad_equity');
    const dflt = gap(base), same = gap(eq);
    report('C3 duration split after exhaustion', 'emergent', count(base.map(order)) >= 6, {
      orderedSeeds: count(base.map(order)), gapDefault: dflt.map(round2), gapEqualDurations: same.map(round2),
    });
    expect(count(same.map((x, i) => Math.abs(x - dflt[i]!) < 0.03))).toBeGreaterThanOrEqual(8);
  });
});

describe('C5: cascades grow with leverage and thin markets (emergent: clearing against limited holders)', () => {
  it('more leverage and thinner markets make bigger cascades; without a dealer limit the leveraged cascades shrink', () => {
    const NO_LIMIT = ['holders.dealers.capacityUsd=1e15'];
    const base = SEEDS10.map((s) => result('baseline', s)), lev = SEEDS10.map((s) => result('high-leverage', s));
    const thin = SEEDS10.map((s) => result('thin-markets', s)), levFree = SEEDS10.map((s) => result('high-leverage', s, NO_LIMIT));
    const margin = (r: Result) => r.summary.cascades.forcedSalesUsd;
    const biggerLev = count(lev.map((r, i) => largestCascade(r) > largestCascade(base[i]!)));
    const biggerThin = count(thin.map((r, i) => largestCascade(r) > largestCascade(base[i]!)));
    const smallerFree = count(levFree.map((r, i) => largestCascade(r) < largestCascade(lev[i]!)));
    report('C5 cascades', 'emergent', biggerLev >= 7 && biggerThin >= 7, {
      biggerWithLeverage: biggerLev, biggerWhenThin: biggerThin, smallerWithoutDealerLimit: smallerFree,
      medianLargestT: { base: round2(median(base.map(largestCascade)) / 1e12), highLeverage: round2(median(lev.map(largestCascade)) / 1e12), thin: round2(median(thin.map(largestCascade)) / 1e12), noDealerLimit: round2(median(levFree.map(largestCascade)) / 1e12) },
      medianCascadeSalesT: { base: round2(median(base.map(margin)) / 1e12), highLeverage: round2(median(lev.map(margin)) / 1e12) },
    });
    expect(biggerLev).toBeGreaterThanOrEqual(7);
    expect(smallerFree).toBeGreaterThanOrEqual(6);
  });
});

describe('C7: vol-target funds amplify a volatility shock from calm (emergent: their rule meets clearing)', () => {
  const sc = (set: string[]) => loadScenario(JSON.parse(readFileSync(new URL('../../scenarios/volshock-2018.json', import.meta.url), 'utf8')), set);
  const dd = (set: string[], seed: number) => {
    const { data } = runToEnd(sc(set), seed);
    const from = data.dates.findIndex((d) => d >= '2018-01-26'), to = data.dates.findIndex((d) => d > '2018-02-08');
    return drawdown(data.columns['price.broad_equity']!, from, to);
  };
  it('in February 2018, broad equity falls further with the vol-target funds than without them', () => {
    const withVt = SEEDS10.map((s) => dd([], s)), without = SEEDS10.map((s) => dd(['vol_target.aumUsd=1e6'], s));
    const deeper = count(withVt.map((x, i) => x > without[i]!));
    report('C7 vol shock from calm (broad-equity drawdown Jan 26–Feb 8)', 'emergent', deeper >= 7, { deeperWithVolTarget: deeper, medianWith: round2(median(withVt)), medianWithout: round2(median(without)) });
    expect(deeper).toBeGreaterThanOrEqual(7);
  });
});

describe('C8: CTAs flip together (emergent: funds with different lookbacks follow the same trend)', () => {
  // First written as BUILT IN (each fund executes a flip over executionDays, so flows must cluster),
  // predicting that one-day execution would lower the day-to-day autocorrelation of CTA flows. The
  // run refuted it (0.44–0.55 with one-day execution against 0.37–0.48): the clustering comes from
  // funds reading the same price trend at different lookbacks. Asserted now: it survives the switch.
  const p99 = (x: Float64Array) => { const a = Array.from(x, Math.abs).sort((u, v) => u - v); return a[Math.floor(0.99 * (a.length - 1))]!; };
  const ac1 = (x: Float64Array) => { let n = 0, d = 0; const m = x.reduce((a, b) => a + b, 0) / x.length; for (let i = 0; i < x.length; i++) { d += (x[i]! - m) ** 2; if (i) n += (x[i]! - m) * (x[i - 1]! - m); } return n / d; };
  it('CTA flows cluster over days even when each fund executes in one day; dispersed thresholds damp the big days', () => {
    const base = SEEDS10.map((s) => result('baseline', s)), oneDay = SEEDS10.map((s) => result('baseline', s, ['cta.executionDays=1']));
    const disp = SEEDS10.map((s) => result('cta-dispersed', s));
    const acB = base.map((r) => ac1(col(r, 'flow.cta'))), ac1d = oneDay.map((r) => ac1(col(r, 'flow.cta')));
    const damped = count(disp.map((r, i) => p99(col(r, 'flow.cta')) < p99(col(base[i]!, 'flow.cta'))));
    report('C8 CTA clustering', 'emergent', count(acB.map((x) => x > 0.2)) >= 8 && damped >= 6, {
      autocorrBaseline: acB.map(round2), autocorrOneDayExecution: ac1d.map(round2), dispersedDampsBigDays: damped,
    });
    expect(count(ac1d.map((x) => x > 0.2))).toBeGreaterThanOrEqual(8);
    expect(damped).toBeGreaterThanOrEqual(6);
  });
});

describe('C11: a capex cut reprices the AI chain (built in: AI hardware earnings follow capex)', () => {
  it('AI hardware falls at least 5% against baseline after the cut; with capexBeta 0 the move is gone', () => {
    const cutDay = result('capex-cut', 1).data.events.find((e) => e.kind === 'shock')!.day;
    const rel = (set: string[], seed: number) => {
      const b = result('baseline', seed, set), c = result('capex-cut', seed, set);
      const r = (x: Result) => col(x, 'price.ai_hardware')[cutDay + 80]! / col(x, 'price.ai_hardware')[cutDay - 1]!;
      return r(c) / r(b) - 1;
    };
    const dflt = SEEDS10.map((s) => rel([], s)), noBeta = SEEDS10.map((s) => rel(['assets.ai_hardware.capexBeta=0'], s));
    report('C11 AI hardware 80 days after the cut vs baseline', 'built in', count(dflt.map((x) => x < -0.05)) >= 8, { default: dflt.map(round2), capexBeta0: noBeta.map(round2) });
    expect(count(noBeta.map((x) => Math.abs(x) < Math.abs(median(dflt)) / 2))).toBeGreaterThanOrEqual(8);
  });
});
