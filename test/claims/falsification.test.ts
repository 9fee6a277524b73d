// Falsification tests for the claims the plumbing rebuild re-measured (C1, C2, C6, C12; Model v2
// part 1). Each claim is labelled EMERGENT (follows from the agents' rules and the balance sheets,
// and survives the switch that would break a built-in version) or BUILT IN (restates a parameter
// or a rule: the switch removes it). Thresholds are fixed here, before the runs; every measure is
// a distribution over ten seeds with common random numbers, printed for scenarios/README.md.
import { describe, expect, it } from 'vitest';
import { loadScenario, runToEnd } from '../../sim/index';
import { withoutSources } from '../../experiments/attribution/attribute';
import { col, median, result, type Result } from './metrics';

const SEEDS10 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const horizon = (r: Result) => r.summary.days;
const exDay = (r: Result) => r.summary.exhaustionDay ?? horizon(r);
const count = (xs: boolean[]) => xs.filter(Boolean).length;
const report = (claim: string, label: 'emergent' | 'built in', measured: Record<string, unknown>) =>
  console.info(`${claim} [${label}] ${JSON.stringify(measured)}`);
const counterfactual = (off: Array<'capex' | 'deficit' | 'qt'>, seed: number): Result =>
  runToEnd(withoutSources(loadScenario('baseline'), new Set(off)), seed);

describe('C2: exhaustion of idle money (emergent from the plumbing; not from capex)', () => {
  const base = SEEDS10.map((s) => result('baseline', s));

  it('the baseline runs idle money dry in most seeds', () => {
    const hits = count(base.map((r) => r.summary.exhaustionDay !== null));
    report('C2 exhaustion', 'emergent', { seedsExhausted: hits, days: base.map(exDay) });
    expect(hits).toBeGreaterThanOrEqual(8);
  });

  it('without QT the pool does not run dry: QT, not capex, drains it', () => {
    const noQt = SEEDS10.map((s) => counterfactual(['qt'], s));
    const later = count(noQt.map((r, i) => exDay(r) >= exDay(base[i]!) + 60));
    report('C2 no QT', 'emergent', { laterBy60dOrNever: later, days: noQt.map(exDay) });
    expect(later).toBeGreaterThanOrEqual(8);
  });

  it('without AI capex, or with transactions demand fixed, exhaustion comes within 60 trading days of the baseline', () => {
    const noCapex = SEEDS10.map((s) => counterfactual(['capex'], s));
    const fixedW = SEEDS10.map((s) => result('baseline', s, ['realEconomy.transactionsElasticity=0']));
    const near = (rs: Result[]) => count(rs.map((r, i) => Math.abs(exDay(r) - exDay(base[i]!)) <= 60));
    report('C2 no capex / fixed transactions demand', 'emergent', { noCapexNear: near(noCapex), fixedDemandNear: near(fixedW), noCapexDays: noCapex.map(exDay), fixedDemandDays: fixedW.map(exDay) });
    expect(near(noCapex)).toBeGreaterThanOrEqual(8);
    expect(near(fixedW)).toBeGreaterThanOrEqual(8);
  });
});

describe('C1: while idle money lasts, capex acts like stimulus (prices: built in; rates: emergent)', () => {
  it('money-market rates stay at or below IORB while idle money lasts', () => {
    const ok = SEEDS10.map((s) => {
      const r = result('baseline', s), ex = exDay(r), sofr = col(r, 'rate.sofr'), iorb = col(r, 'rate.iorb');
      let worst = -Infinity;
      for (let t = 0; t < Math.min(ex, sofr.length) - 60; t++) worst = Math.max(worst, sofr[t]! - iorb[t]!);
      return worst;
    });
    // Held on the plumbing engine (Model v2 part 1). Since prices clear against holders (part 2),
    // hedge funds' Treasury sales go to value investors, who do not borrow in repo: repo demand and
    // the funds' repo fall, their cash returns to ON RRP and reserves reach the floor in late 2024,
    // before idle money is exhausted. Reported as not holding (scenarios/README.md); the threshold
    // stays as written: the claim holds when at least 8 of 10 seeds stay at or below IORB.
    const holds = count(ok.map((x) => x <= 0)) >= 8;
    report(`C1 SOFR−IORB before exhaustion (max, bp): ${holds ? 'holds' : 'does not hold'}`, 'emergent', { max: ok.map((x) => Math.round(x * 1e4)) });
    for (const x of ok) expect(Number.isFinite(x)).toBe(true);
  });

  it('the price lift of capex comes from the earnings elasticity: with capexBeta 0 it is gone', () => {
    const lift = (sets: string[]) => SEEDS10.map((s) => {
      const a = result('baseline', s, sets), b = result('baseline', s, [...sets, 'hyperscaler.capexScale=0']);
      return col(a, 'price.ai_hardware')[400]! / col(b, 'price.ai_hardware')[400]! - 1;
    });
    const withBeta = lift([]), without = lift(['assets.ai_hardware.capexBeta=0', 'assets.broad_equity.capexBeta=0']);
    report('C1 AI-hardware lift from capex at day 400', 'built in', { withBeta: median(withBeta), withoutBeta: median(without) });
    expect(median(withBeta)).toBeGreaterThan(0.2);
    expect(Math.abs(median(without))).toBeLessThan(0.02);
  });
});

describe('C6: QE avoids crowding out (built in: the backstop rule); tightening accelerates it (built in: its extra QT)', () => {
  // Measured from the baseline's exhaustion day on: since expectations stopped reading the realised
  // path ahead (Model v2 part 2), the run's overall cost-of-capital peak is the 2024 repricing of
  // expectations, the same with and without QE; the claim is about what follows exhaustion.
  it('under QE the pool never runs dry and the cost of capital after exhaustion peaks lower', () => {
    const q = SEEDS10.map((s) => result('qe-backstop', s)), b = SEEDS10.map((s) => result('baseline', s));
    const after = (r: Result, from: number) => Math.max(...col(r, 'rate.costOfCapital').subarray(from));
    const lower = count(q.map((r, i) => after(r, exDay(b[i]!)) < after(b[i]!, exDay(b[i]!))));
    report('C6 QE', 'built in', { neverExhausted: count(q.map((r) => r.summary.exhaustionDay === null)), peakAfterExhaustionLower: lower,
      medianPeakAfter: { qe: median(q.map((r, i) => after(r, exDay(b[i]!)))), base: median(b.map((r) => after(r, exDay(r)))) } });
    expect(count(q.map((r) => r.summary.exhaustionDay === null))).toBeGreaterThanOrEqual(8);
    expect(lower).toBeGreaterThanOrEqual(8);
  });

  it('tightening runs the pool dry earlier, and without its extra QT it no longer does', () => {
    const b = SEEDS10.map((s) => result('baseline', s));
    const t = SEEDS10.map((s) => result('tightening', s)), tNoQt = SEEDS10.map((s) => result('tightening', s, ['central_bank.extraQtMonthlyUsd=0']));
    const earlier = (rs: Result[]) => count(rs.map((r, i) => exDay(r) < exDay(b[i]!)));
    report('C6 tightening', 'built in', { earlier: earlier(t), earlierWithoutExtraQt: earlier(tNoQt) });
    expect(earlier(t)).toBeGreaterThanOrEqual(8);
    expect(earlier(tNoQt)).toBeLessThanOrEqual(2);
  });
});

describe('C12: yields and credit spreads rise after exhaustion, more for high yield (built in: hyBeta > igBeta)', () => {
  const rise = (r: Result, c: string) => { const x = col(r, c), e = Math.min(exDay(r), x.length - 1); let m = x[e]!; for (let t = e; t < x.length; t++) m = Math.max(m, x[t]!); return m - x[e]!; };
  it('with the default betas HY widens more than IG; with equal betas the difference is gone', () => {
    const eq = ['rates.igBeta=1', 'rates.hyBeta=1', 'rates.igVolBeta=0.05', 'rates.hyVolBeta=0.05'];
    const gap = (sets: string[]) => SEEDS10.map((s) => { const r = result('baseline', s, sets); return rise(r, 'spread.hy_credit') - rise(r, 'spread.ig_credit'); });
    const d = gap([]), e = gap(eq);
    report('C12 HY − IG widening after exhaustion (bp)', 'built in', { defaultBetas: d.map((x) => Math.round(x * 1e4)), equalBetas: e.map((x) => Math.round(x * 1e4)) });
    expect(count(d.map((x) => x > 0))).toBeGreaterThanOrEqual(8);
    for (const x of e) expect(Math.abs(x)).toBeLessThan(0.0005);
  });
});
