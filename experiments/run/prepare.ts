// Checking a spec against the model before any run starts: the base scenario loads, every
// parameter path and value is accepted, and every requested metric and series column exists.
// A mistake here is a UserError naming the spec field, not a sweep of failed runs.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UserError } from '../cli/errors';
import type { LoadedSpec } from '../spec/load';
import { canonicalJson, sha256 } from '../spec/load';
import type { Scalar } from '../spec/schema';
import type { MetricDef, MetricEntry } from '../spec/metricDef';
import { closest, hasSeriesColumn } from './seriesColumns';
import { expandDesign, type Plan } from '../design/expand';
import { fromUnit } from '../design/scale';
import { createModel, type Model } from './engine';
import type { RunnerInit } from './runner';

export interface Prepared extends RunnerInit {
  plan: Plan;
  specHash: string;
  /** sha256 of the resolved base scenario (fixed overrides applied), or null for built-in models. */
  scenarioHash: string | null;
}

const looksLikeFile = (s: string): boolean => s.endsWith('.json') || s.includes('/');

function resolveBase(loaded: LoadedSpec, label: string): unknown {
  const b = loaded.spec.base;
  if (b === undefined || !looksLikeFile(b)) return b;
  const file = resolve(loaded.dir, b);
  if (!existsSync(file)) throw new UserError(`${label}: base: scenario file ${file} not found`);
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new UserError(`${label}: base: ${file} is not valid JSON (${(e as Error).message})`);
  }
}

function attempt<T>(field: string, label: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    throw new UserError(`${label}: ${field}: ${(e as Error).message}`);
  }
}

/** Glob over dotted names: `*` matches within one segment, `**` across segments. */
export function metricPattern(p: string): RegExp {
  const re = p.split('**').map((part) => part.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^.]*')).join('.*');
  return new RegExp(`^${re}$`);
}

function selectMetrics(entries: MetricEntry[] | undefined, available: string[], label: string): string[] {
  if (!entries) return available;
  const out: string[] = [];
  entries.forEach((p, i) => {
    if (typeof p !== 'string') return;
    const re = metricPattern(p);
    const hits = available.filter((m) => re.test(m));
    if (hits.length === 0) {
      const near = available.filter((m) => m.split('.').some((s) => p.includes(s))).slice(0, 6);
      throw new UserError(`${label}: outputs.metrics[${i}]: no metric matches "${p}"; ${near.length ? `similar: ${near.join(', ')}` : `available: ${available.slice(0, 12).join(', ')}, ...`}`);
    }
    for (const h of hits) if (!out.includes(h)) out.push(h);
  });
  return out;
}

const columnHint = (name: string, have: string[]): string =>
  `did you mean ${closest(name, have).map((c) => `"${c}"`).join(', ')}? (cum.<column> is the running sum of a column; ${have.length} columns in all)`;

/** The spec's metric definitions, checked against the series columns and the summary metrics' names. */
function checkMetricDefs(entries: MetricEntry[] | undefined, summary: string[], have: string[], label: string): MetricDef[] {
  const defs: MetricDef[] = [];
  (entries ?? []).forEach((e, i) => {
    if (typeof e === 'string') return;
    if (!hasSeriesColumn(have, e.column)) throw new UserError(`${label}: outputs.metrics[${i}].column: no series column "${e.column}"; ${columnHint(e.column, have)}`);
    if (summary.includes(e.name)) throw new UserError(`${label}: outputs.metrics[${i}].name: "${e.name}" is already a summary metric; choose another name`);
    if (defs.some((d) => d.name === e.name)) throw new UserError(`${label}: outputs.metrics[${i}].name: "${e.name}" is defined twice`);
    defs.push(e);
  });
  return defs;
}

export async function prepare(loaded: LoadedSpec, label = 'spec'): Promise<Prepared> {
  const { spec } = loaded;
  const base = resolveBase(loaded, label);
  const plan = expandDesign(spec);
  let model: Model;
  try {
    model = await createModel(spec, base);
  } catch (e) {
    throw new Error(`cannot load the engine: ${(e as Error).message}`);
  }
  const fixedField = (): string => (spec.set ? 'set' : 'base');
  const scenario = attempt(fixedField(), label, () => model.scenario({}));
  // Every parameter at both ends of its range (or every listed value) must be accepted.
  if (spec.design.type === 'list') {
    spec.design.rows.forEach((r, i) => attempt(`design.rows[${i}].set`, label, () => model.scenario(r.set)));
  } else {
    spec.parameters.forEach((p, i) => {
      const vals: Scalar[] = 'values' in p ? p.values : [fromUnit(p, 0), fromUnit(p, 1)];
      for (const v of vals) attempt(`parameters[${i}]`, label, () => model.scenario({ [p.path]: v }));
    });
  }
  // A one-day probe run tells which metrics and series columns exist.
  const probeSet = plan.points[0]?.set ?? {};
  const out = attempt('base', label, () => model.run(probeSet, spec.seed, spec.model === 'crowdout' ? 1 : spec.days));
  const have = Object.keys(out.series.columns ?? {});
  const metricDefs = checkMetricDefs(spec.outputs.metrics, Object.keys(out.metrics), have, label);
  const onlyDefs = spec.outputs.metrics !== undefined && spec.outputs.metrics.every((e) => typeof e !== 'string');
  const metricColumns = [...(onlyDefs ? [] : selectMetrics(spec.outputs.metrics, Object.keys(out.metrics), label)), ...metricDefs.map((d) => d.name)];
  const seriesColumns = spec.outputs.series?.columns ?? [];
  seriesColumns.forEach((c, i) => {
    if (!hasSeriesColumn(have, c)) throw new UserError(`${label}: outputs.series.columns[${i}]: no series column "${c}"; ${columnHint(c, have)}`);
  });
  return {
    spec, base, plan, metricColumns, seriesColumns, metricDefs,
    specHash: loaded.hash,
    scenarioHash: scenario === null ? null : sha256(canonicalJson(scenario)),
  };
}
