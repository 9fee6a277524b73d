// crowdout's engine: the one API the browser worker, the sweep runner, the CLI and the tests use.
export * from './ids';
export type * from './api-types';
export { Run, createRun, restoreRun, runToEnd, type Snapshot } from './run';
export { COLUMN_NAMES } from './record/columns';
export { AccountingError } from './record/recorder';
export { DEFAULTS } from './scenario/defaults';
export type { Scenario } from './scenario/schema';
export { scenarioSchema } from './scenario/schema';
export { ScenarioError, parseScenario, parseScenarioText, diffFromDefaults, applyOverride } from './scenario/load';
export { VERSION } from './version';
export { SCENARIOS } from '../scenarios/index';
import { SCENARIOS } from '../scenarios/index';
import { ScenarioError, parseScenario } from './scenario/load';
import type { Scenario } from './scenario/schema';

/** A named scenario (see `SCENARIOS`) or a raw scenario object, with `path=value` overrides. */
export function loadScenario(nameOrRaw: string | unknown, overrides: readonly string[] = []): Scenario {
  if (typeof nameOrRaw === 'string') {
    const raw = SCENARIOS[nameOrRaw];
    if (!raw) throw new ScenarioError('scenario', `unknown scenario "${nameOrRaw}"; known: ${Object.keys(SCENARIOS).join(', ')}`);
    return parseScenario(raw, overrides);
  }
  return parseScenario(nameOrRaw, overrides);
}

export function summaryToJson(s: unknown): string { return JSON.stringify(s, null, 2); }
