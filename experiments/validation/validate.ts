// The validation suite without the CLI: run the long baseline-like run and the two episode
// scenarios for each seed, compute the facts, score every target over the seeds.
import { flowMultiplier } from './multiplier';
import { readFileSync } from 'node:fs';
import { loadScenario, runToEnd, type Scenario } from '../../sim/index';
import { logReturns } from '../../sim/stats';
import { facts } from './facts';
import { col, nonFiniteCount, type RunSeries } from './episodes';
import { summarize, type TargetResult } from './report';
import { FACT_ASSETS, TARGETS, type FactAsset, type SeedObservation, type TargetDef } from './targets';
import { packageRoot } from '../io/packageRoot';

export interface ValidationOptions {
  seeds: readonly number[];
  /** Length of the long run in years from the baseline's start. @defaultValue 20 */
  years?: number;
  /** `path=value` overrides applied to every run (as `--set`). */
  set?: readonly string[];
  /** Days dropped from the start of the long run before computing facts. @defaultValue 250 */
  burnInDays?: number;
  onProgress?: (msg: string) => void;
}

export const EPISODES = ['rate-shock-2022', 'dash-for-cash-2020', 'debt-ceiling-2023', 'volshock-2018', 'carry-unwind-2024'] as const;
const scenarioFile = (name: string): URL => new URL(`scenarios/${name}.json`, packageRoot);

/** The scenarios a validation uses; throws ScenarioError on a bad override (the CLI turns it into exit 2). */
export function validationScenarios(opts: Pick<ValidationOptions, 'years' | 'set'>): { long: Scenario; episodes: Record<(typeof EPISODES)[number], Scenario> } {
  const set = opts.set ?? [];
  const base = loadScenario('baseline', set);
  const startYear = Number(base.start.slice(0, 4));
  const end = `${startYear + (opts.years ?? 20) - 1}-12-31`;
  const long = loadScenario('baseline', [...set, `end="${end}"`, 'name="validation-long"']);
  const episodes = Object.fromEntries(EPISODES.map((e) => [e, loadScenario(JSON.parse(readFileSync(scenarioFile(e), 'utf8')), set)])) as Record<(typeof EPISODES)[number], Scenario>;
  return { long, episodes };
}

export interface SeedOutcome {
  obs: SeedObservation;
  /** Long-run daily log returns after burn-in, per fact asset (for the plots). */
  returns: Record<FactAsset, Float64Array>;
  errors: string[];
}

const EMPTY: RunSeries = { dates: [], columns: {} };

export function observeSeed(seed: number, sc: ReturnType<typeof validationScenarios>, burnInDays = 250): SeedOutcome {
  const errors: string[] = [];
  let maxImb = 0, nonFinite = 0;
  const run = (label: string, s: Scenario): RunSeries => {
    try {
      const { summary, data } = runToEnd(s, seed);
      maxImb = Math.max(maxImb, summary.accounting.maxImbalanceUsd);
      nonFinite += nonFiniteCount(data);
      return data;
    } catch (e) {
      errors.push(`seed ${seed} ${label}: ${(e as Error).message}`);
      maxImb = Infinity;
      return EMPTY;
    }
  };
  const long = run('long run', sc.long);
  const returns = {} as Record<FactAsset, Float64Array>;
  const f = {} as SeedObservation['facts'];
  for (const a of FACT_ASSETS) {
    try {
      const p = col(long, `price.${a}`).subarray(burnInDays);
      const v = col(long, `volume.${a}`).subarray(burnInDays + 1);
      returns[a] = logReturns(p);
      f[a] = facts(returns[a], v);
    } catch (e) {
      if (long !== EMPTY) errors.push(`seed ${seed} facts ${a}: ${(e as Error).message}`);
      returns[a] = new Float64Array(0);
      f[a] = new Proxy({}, { get: () => NaN }) as SeedObservation['facts'][FactAsset];
    }
  }
  const rateShock = run('rate-shock-2022', sc.episodes['rate-shock-2022']);
  const dashForCash = run('dash-for-cash-2020', sc.episodes['dash-for-cash-2020']);
  const debtCeiling = run('debt-ceiling-2023', sc.episodes['debt-ceiling-2023']);
  const volShock = run('volshock-2018', sc.episodes['volshock-2018']);
  const carryUnwind = run('carry-unwind-2024', sc.episodes['carry-unwind-2024']);
  let multiplier = NaN;
  try { multiplier = flowMultiplier(sc.long, 'broad_equity', seed); } catch (e) { errors.push(`seed ${seed} flow multiplier: ${(e as Error).message}`); }
  return { obs: { seed, facts: f, maxImbalanceUsd: maxImb, nonFinite, rateShock, dashForCash, debtCeiling, volShock, carryUnwind, multiplier }, returns, errors };
}

/** Score targets on observations from several seeds. A statistic that throws counts as NaN. */
export function evaluate(targets: readonly TargetDef[], obs: readonly SeedObservation[]): TargetResult[] {
  return targets.map((t) => {
    const values = obs.map((o) => {
      try { return t.value(o); } catch { return NaN; }
    });
    const s = summarize(values);
    const scored = t.min !== undefined || t.max !== undefined;
    const pass = !scored ? null : Number.isFinite(s.mean) && (t.min === undefined || s.mean >= t.min) && (t.max === undefined || s.mean <= t.max);
    return {
      id: t.id, group: t.group, fact: t.fact, subject: t.subject, statistic: t.statistic,
      values, ...s, reference: t.reference, source: t.source, pass,
    };
  });
}

export interface ValidationResult {
  results: TargetResult[];
  outcomes: SeedOutcome[];
  errors: string[];
}

export function validate(opts: ValidationOptions): ValidationResult {
  const sc = validationScenarios(opts);
  const outcomes: SeedOutcome[] = [];
  for (const seed of opts.seeds) {
    opts.onProgress?.(`seed ${seed} (${outcomes.length + 1}/${opts.seeds.length})`);
    outcomes.push(observeSeed(seed, sc, opts.burnInDays));
  }
  return { results: evaluate(TARGETS, outcomes.map((o) => o.obs)), outcomes, errors: outcomes.flatMap((o) => o.errors) };
}
