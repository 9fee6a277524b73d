// The scripting API (package export "."): run one scenario, or a designed sweep, from TypeScript.
//
// @example
//   import { runScenario, runSweep } from 'crowdout';
//   const { summary } = runScenario('baseline', { seed: 1, set: { 'hedge_fund.leverage.max': 6 } });
//   await runSweep('experiments/smoke.json', { out: 'out/smoke', workers: 2 });
import type { RunData, Summary } from '../sim/api-types';
import { loadScenario, runToEnd } from '../sim/index';
import type { Scalar } from './spec/schema';
import { flatten, toOverrides, type Metric } from './run/engine';

export { runSweep, type SweepOptions, type SweepProgress, type SweepResult } from './sweep';
export { mergeSweeps, type MergeOptions, type MergeResult } from './merge';
export { analyzeSweep, type AnalyzeOptions, type AnalyzeResult } from './analyze/index';
export { validateSpec, loadSpecFile } from './spec/load';
export type { ExperimentSpec, ExperimentSpecInput, Parameter, Design } from './spec/schema';
export type { MetricDef, Agg } from './spec/metricDef';
export type { MetricsCallback, SweepRun } from './run/callback';
export { runSeed } from './seeds';
export { UserError } from './cli/errors';

export interface RunScenarioOptions {
  /** Random seed (default 1, as the CLI). */
  seed?: number;
  days?: number;
  /** Overrides by dotted path, as an object or as `path=value` strings (like --set). */
  set?: Record<string, Scalar> | string[];
}

export interface ScenarioRun {
  summary: Summary;
  data: RunData;
  /** The summary flattened to dotted metric names (assets.crypto.maxDrawdown, exhaustionDay, ...). */
  metrics: Record<string, Metric>;
}

/** Run one scenario (a name, a raw scenario object, or an already-loaded Scenario) to its end, synchronously. */
export function runScenario(nameOrScenario: string | object, opts: RunScenarioOptions = {}): ScenarioRun {
  const overrides = Array.isArray(opts.set) ? opts.set : toOverrides(opts.set ?? {});
  const scenario = loadScenario(nameOrScenario, overrides);
  const { summary, data } = runToEnd(scenario, opts.seed ?? 1, opts.days === undefined ? {} : { days: opts.days });
  return { summary, data, metrics: flatten(summary) };
}
