// Metrics derived from a run's events and series, for questions the summary does not answer
// directly. They appear under `derived.` next to the summary's own metrics.
//  - derived.largestCascadeUsd: forced sales in the single largest cascade (a day's rounds), USD.
//  - derived.largestCascadeRounds: rounds in that cascade.
//  - derived.exhaustionDayOrEnd: exhaustion day, or the run's length when idle money never ran
//    out (right-censored), so samplers and Sobol indices get a number for every run.
import type { Metric } from './engine';

interface Ev { kind: string; totalUsd?: number; rounds?: unknown[] }

export function derivedMetrics(summary: { exhaustionDay: number | null; days: number }, events: readonly Ev[]): Record<string, Metric> {
  let big: Ev | undefined;
  for (const e of events) if (e.kind === 'cascade' && (e.totalUsd ?? 0) > (big?.totalUsd ?? -1)) big = e;
  return {
    'derived.largestCascadeUsd': big?.totalUsd ?? 0,
    'derived.largestCascadeRounds': big?.rounds?.length ?? 0,
    'derived.exhaustionDayOrEnd': summary.exhaustionDay ?? summary.days,
  };
}
