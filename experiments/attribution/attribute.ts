// Attribution of crowding out to its sources by counterfactual runs on common random numbers.
// Each source can be switched off: AI capex (capexScale 0), the deficit (deficitUsd 0) and QT (no
// runoff of Treasuries or MBS: negative balance-sheet steps set to 0). Every subset of sources is
// run with the same seed (2³ = 8 runs a seed), and each metric's change is split among the sources
// by their Shapley values; "other" is the change with all three off (policy path, TGA, currency,
// noise...). The sources add up to the total by construction. Pure: runs in Node and in a worker.
import { runToEnd, type Scenario } from '../../sim/index';
import type { Summary } from '../../sim/api-types';
import { shapley } from './shapley';

export const SOURCES = ['capex', 'deficit', 'qt'] as const;
export type Source = (typeof SOURCES)[number];

export const ATTRIBUTION_METRICS = ['costOfCapitalPeak', 'costOfCapitalEnd', 'idleMoneyMin', 'exhaustionDay'] as const;
export type AttributionMetric = (typeof ATTRIBUTION_METRICS)[number];

export interface Split { total: number; sources: Record<Source | 'other', number> }
export interface Attribution {
  scenario: string;
  seeds: number;
  metrics: Record<AttributionMetric, Split>;
}
export interface AttributionDetail extends Attribution {
  /** Runs (of seeds × 8) in which idle money never ran out: their exhaustion day is the horizon. */
  censored: number;
  days: number;
}

/** The scenario with the given sources switched off. */
export function withoutSources(sc: Scenario, off: ReadonlySet<Source>): Scenario {
  const c = structuredClone(sc);
  if (off.has('capex')) c.hyperscaler.capexScale = 0;
  if (off.has('deficit')) c.realEconomy.deficitUsd = 0;
  if (off.has('qt')) {
    c.central_bank.balanceSheetPath = c.central_bank.balanceSheetPath.map(([d, v]) => [d, Math.max(0, v)] as [string, number]);
    c.central_bank.mbsRunoffPath = c.central_bank.mbsRunoffPath.map(([d]) => [d, 0] as [string, number]);
    c.central_bank.extraQtMonthlyUsd = 0;
  }
  return c;
}

/** The metrics' values in one run, as changes from the start where a start exists. */
function values(s: Summary): Record<AttributionMetric, number> {
  return {
    costOfCapitalPeak: s.rates.costOfCapital.peak - s.rates.costOfCapital.start,
    costOfCapitalEnd: s.rates.costOfCapital.end - s.rates.costOfCapital.start,
    idleMoneyMin: s.idleMoney.min - s.idleMoney.start,
    exhaustionDay: s.exhaustionDay ?? s.days,
  };
}

export function attribute(sc: Scenario, seeds: readonly number[], opts: { days?: number; onRun?: (done: number, total: number) => void } = {}): AttributionDetail {
  const total = seeds.length * (1 << SOURCES.length);
  const acc = Object.fromEntries(ATTRIBUTION_METRICS.map((m) => [m, { total: 0, sources: { capex: 0, deficit: 0, qt: 0, other: 0 } }])) as Record<AttributionMetric, Split>;
  let done = 0, censored = 0, days = 0;
  for (const seed of seeds) {
    // mask bit i set = source i switched ON (present).
    const runs: Record<AttributionMetric, number>[] = [];
    for (let mask = 0; mask < 1 << SOURCES.length; mask++) {
      const off = new Set(SOURCES.filter((_, i) => !(mask & (1 << i))));
      const { summary } = runToEnd(withoutSources(sc, off), seed, opts.days === undefined ? {} : { days: opts.days });
      if (summary.exhaustionDay === null) censored++;
      days = summary.days;
      runs.push(values(summary));
      opts.onRun?.(++done, total);
    }
    const all = (1 << SOURCES.length) - 1;
    for (const m of ATTRIBUTION_METRICS) {
      const phi = shapley(SOURCES.length, (mask) => runs[mask]![m]);
      const a = acc[m];
      a.total += runs[all]![m] / seeds.length;
      a.sources.other += runs[0]![m] / seeds.length;
      SOURCES.forEach((src, i) => { a.sources[src] += phi[i]! / seeds.length; });
    }
  }
  return { scenario: sc.name, seeds: seeds.length, metrics: acc, censored, days };
}
