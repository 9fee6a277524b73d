// "No AI capex", a zero deficit and no QT must run to the end in every scenario (issue: the 0.1
// engine exploded without capex). Each is the counterfactual `crowdout attribute` runs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCENARIOS, loadScenario } from '../../sim/index';
import { runToEnd } from '../../sim/run';
import { buildCalendar } from '../../sim/calendar';
import { withoutSources, SOURCES } from '../../experiments/attribution/attribute';
import { EPISODES } from '../../experiments/validation/validate';
const load = (n: string) => (SCENARIOS[n] ? loadScenario(n) : loadScenario(JSON.parse(readFileSync(new URL(`../../scenarios/${n}.json`, import.meta.url), 'utf8'))));

describe('counterfactual sources switched off, in every scenario', () => {
  for (const name of [...Object.keys(SCENARIOS), ...EPISODES]) {
    it(name, () => {
      const sc = load(name);
      for (const src of SOURCES) {
        const { summary } = runToEnd(withoutSources(sc, new Set([src])), 1);
        expect(summary.days, `${name} without ${src}`).toBe(buildCalendar(sc.start, sc.end).dates.length);
        expect(summary.accounting.maxImbalanceUsd).toBe(0);
      }
    });
  }
});
