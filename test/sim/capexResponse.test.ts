// Hyperscalers' q-type response around their guidance: capex and operating cash flow follow AI
// hardware's price (against a slow reference) and capex the name's funding cost; the hurdle cuts only
// while the marginal funding cost exceeds the expected return on AI capex.
import { describe, expect, it } from 'vitest';
import type { RunEvent } from '../../sim/api-types';
import { CLASS_IDS, assetIndex } from '../../sim/ids';
import { log } from '../../sim/math';
import { P, S } from '../../sim/state';
import { COLUMN_INDEX } from '../../sim/record/columns';
import { applyHurdle, dailyOcf } from '../../sim/agents/hyperscaler';
import { marginalFundingCost } from '../../sim/agents/capexResponse';
import { harness, scenario, type Harness } from './helpers';

const HS = CLASS_IDS.indexOf('hyperscaler');
const AI = assetIndex('ai_hardware');
const PLANNED = COLUMN_INDEX.get('capex.planned')!;
const NO_RESPONSE = ['hyperscaler.response.priceElasticity=0', 'hyperscaler.response.costSemiElasticity=0', 'hyperscaler.response.ocfElasticity=0'];
const aiCrash = (date: string, value: number) =>
  `shocks=${JSON.stringify([{ date, kind: 'price', asset: 'ai_hardware', value }])}`;

const sum = (x: Float64Array, from: number, to: number) => { let a = 0; for (let t = from; t < to; t++) a += x[t]!; return a; };
const std = (x: number[]) => { const m = x.reduce((a, b) => a + b, 0) / x.length; return Math.sqrt(x.reduce((a, b) => a + (b - m) * (b - m), 0) / x.length); };

describe('capex and cash flow respond to AI hardware\'s price', () => {
  for (const seed of [1, 2, 3]) {
    it(`a fall in AI hardware's price lowers capex and OCF against the same seed without it (seed ${seed})`, () => {
      const days = 180, shockDay = 40;
      const calm = harness(scenario(), seed, days);
      const date = calm.s.cal.dates[shockDay]!;
      const hit = harness(scenario([aiCrash(date, -0.5)]), seed, days);
      const ocf = (h: Harness) => { let a = 0; while (h.s.t < days) { a += dailyOcf(h.s, h.c); h.step(); } return a; };
      const ocfCalm = ocf(calm), ocfHit = ocf(hit);
      expect(hit.s.price[AI]!).toBeLessThan(calm.s.price[AI]!);                  // the shock took
      const planned = (h: Harness) => sum(h.cols[PLANNED]!, shockDay + 1, days);
      expect(planned(hit)).toBeLessThan(planned(calm));
      expect(ocfHit).toBeLessThan(ocfCalm);
    });
  }

  it('with its elasticities at 0 the plan is the guidance and OCF the path, bit for bit, even after a crash', () => {
    const sc = scenario([...NO_RESPONSE, 'hyperscaler.hurdle.enabled=false', aiCrash('2024-03-01', -0.5)]);
    const h = harness(sc, 4, 300);
    const { s, c } = h;
    while (s.t < s.days) {
      const day = s.cal.dayNumbers[s.t]!;
      const annual = c.capexAt(day) * sc.hyperscaler.capexScale * s.capexShock;
      let guidance = 0;
      for (let i = s.classStart[HS]!; i < s.classEnd[HS]!; i++) guidance += (annual / 252) * s.par[i * P]!;
      expect(dailyOcf(s, c)).toBe(c.ocfAt(day) / 252);
      h.step();
      expect(h.cols[PLANNED]![s.t - 1]).toBe(guidance);
    }
  });

  it('is smooth: day-to-day changes in planned capex are far below an unsmoothed response to daily returns', () => {
    const h = harness(scenario(['hyperscaler.hurdle.enabled=false']), 5, 1008);
    h.step(1008);
    const dates = h.s.cal.dates, planned = h.cols[PLANNED]!, ai = h.cols[COLUMN_INDEX.get('price.ai_hardware')!]!;
    const dPlan: number[] = [], dAi: number[] = [];
    for (let t = 1; t < dates.length; t++) {
      if (!dates[t]!.startsWith('2025')) continue;
      dPlan.push(log(planned[t]!) - log(planned[t - 1]!));
      dAi.push(log(ai[t]!) - log(ai[t - 1]!));
    }
    expect(std(dPlan)).toBeLessThan(0.5 * h.s.sc.hyperscaler.response.priceElasticity * std(dAi));
  });

  it('a higher funding cost lowers the plan: the same run with the funding-cost reference 2pp lower', () => {
    const base = harness(scenario(), 6, 150);
    const dear = harness(scenario(['hyperscaler.response.referenceCost.ig=0.0295', 'hyperscaler.response.referenceCost.hy=0.0545']), 6, 150);
    base.step(150); dear.step(150);
    expect(sum(dear.cols[PLANNED]!, 60, 150)).toBeLessThan(sum(base.cols[PLANNED]!, 60, 150));
  });
});

describe('the hurdle cuts only when the marginal funding cost exceeds the expected return', () => {
  it('no cut and no event while the cost is just below every name\'s expected return', () => {
    const { s } = harness(scenario(), 1, 20);
    const events: RunEvent[] = [];
    let lowest = Infinity;
    for (let i = s.classStart[HS]!; i < s.classEnd[HS]!; i++) lowest = Math.min(lowest, s.par[i * P + 3]! - (marginalFundingCost(s, i) - s.y10));
    s.y10 = lowest - 1e-4;
    for (let d = 0; d < 50; d++) applyHurdle(s, events);
    for (let i = s.classStart[HS]!; i < s.classEnd[HS]!; i++) expect(s.st[i * S]).toBe(1);
    expect(events).toEqual([]);
  });

  for (const seed of [1, 2]) {
    it(`in the baseline, a name's capex factor falls only on days its cost exceeds its return, with one event per episode (seed ${seed})`, () => {
      const h = harness(scenario(), seed, 1008);
      const { s } = h;
      const a = s.classStart[HS]!, b = s.classEnd[HS]!;
      const prev = Array.from({ length: b - a }, (_, j) => s.st[(a + j) * S]!);
      const breached = new Array<boolean>(b - a).fill(false);
      let episodes = 0;
      while (s.t < s.days) {
        h.step();
        for (let i = a; i < b; i++) {
          const above = marginalFundingCost(s, i) > s.par[i * P + 3]!;   // the rates applyHurdle saw today
          const factor = s.st[i * S]!;
          if (!above) expect(factor).toBeGreaterThanOrEqual(prev[i - a]!);
          if (above) expect(factor).toBeLessThanOrEqual(prev[i - a]!);
          if (above && !breached[i - a]) episodes++;
          breached[i - a] = above; prev[i - a] = factor;
        }
      }
      expect(h.events.filter((e) => e.kind === 'capex_cut').length).toBe(episodes);
    });
  }
});
