// The Sweep tab's numbers: a form (one or two assumptions, a range, seeds) becomes a `crowdout
// sweep` spec — the same object the CLI reads, validated by the same schema, expanded into the
// same run list with the same seeds — and finished runs reduce to a median and a 10–90% band per
// level (one assumption) or a median per cell (two). Pure functions; the page runs the list.
import { quantileSorted } from 'd3';
import { specSchema, type ExperimentSpec, type ExperimentSpecInput, type Scalar } from '../../experiments/spec/schema';
import { expandDesign, runInfo } from '../../experiments/design/expand';
import type { FieldError } from './types';

export interface SweepAxis { path: string; min: number; max: number; levels: number }
export interface SweepForm {
  base: string;
  axes: SweepAxis[];
  /** Runs per design point (the spec's `replicates`), each with its own seed. */
  seeds: number;
  /** The spec's master seed: run k's seed follows from it (experiments/seeds.ts). */
  seed: number;
  days?: number;
  metric: string;
}

/** Summary metrics the response chart can show (plain names, as `outputs.metrics` takes them). */
export const SWEEP_METRICS: Array<{ name: string; label: string; unit: 'usd' | 'rate' | 'spread' | 'pct' | 'count' | 'day' }> = [
  { name: 'derived.exhaustionDayOrEnd', label: 'Day idle money ran out (run length if never)', unit: 'day' },
  { name: 'rates.costOfCapital.peak', label: 'Peak cost of capital', unit: 'rate' },
  { name: 'rates.treasury10y.peak', label: 'Peak 10y yield', unit: 'rate' },
  { name: 'rates.hySpread.peak', label: 'Peak HY spread', unit: 'spread' },
  { name: 'idleMoney.min', label: 'Lowest idle money', unit: 'usd' },
  { name: 'cascades.forcedSalesUsd', label: 'Forced sales, total', unit: 'usd' },
  { name: 'cascades.count', label: 'Days with forced selling', unit: 'count' },
  { name: 'cascades.maxRounds', label: 'Most rounds in a day', unit: 'count' },
  { name: 'derived.largestCascadeUsd', label: 'Largest single cascade', unit: 'usd' },
  { name: 'assets.crypto.maxDrawdown', label: 'Crypto: max drawdown', unit: 'pct' },
  { name: 'assets.ai_hardware.maxDrawdown', label: 'AI hardware: max drawdown', unit: 'pct' },
  { name: 'assets.broad_equity.maxDrawdown', label: 'Broad equity: max drawdown', unit: 'pct' },
  { name: 'assets.saas.maxDrawdown', label: 'SaaS: max drawdown', unit: 'pct' },
  { name: 'assets.broad_equity.totalReturn', label: 'Broad equity: total return', unit: 'pct' },
];
export const METRIC_NAMES = SWEEP_METRICS.map((m) => m.name);

export const MAX_RUNS = 2000;

/** The spec the CLI runs unchanged (`crowdout sweep FILE`). */
export function formToSpec(f: SweepForm): ExperimentSpecInput {
  const name = `page-sweep-${f.base}-${f.axes.map((a) => a.path.split('.').pop()).join('-')}`.replace(/[^A-Za-z0-9_.-]/g, '-');
  return {
    $schema: './spec.schema.json',
    name,
    description: `From the crowdout page's Sweep tab: ${f.axes.map((a) => `${a.path} ${a.min}..${a.max} in ${a.levels} levels`).join(' × ')}, ${f.seeds} seeds each.`,
    base: f.base,
    parameters: f.axes.map((a) => ({ path: a.path, min: a.min, max: a.max, levels: a.levels })),
    design: { type: 'grid' },
    replicates: f.seeds,
    seed: f.seed,
    ...(f.days ? { days: f.days } : {}),
    outputs: { metrics: [...METRIC_NAMES] },
  };
}

export interface SweepPlan { spec: ExperimentSpec; runs: Array<{ run: number; point: number; seed: number; set: Record<string, Scalar> }>; levels: number[][] }

/** Validate the form as the CLI validates the spec; every error names its field. */
export function planSweep(f: SweepForm): { plan?: SweepPlan; error?: FieldError } {
  if (f.axes.length === 2 && f.axes[0]!.path === f.axes[1]!.path) return { error: { field: 'second assumption', message: 'choose a different assumption from the first, or none' } };
  const parsed = specSchema.safeParse(formToSpec(f));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.join('.') || 'spec';
    return { error: { field, message: `${field}: ${issue.message}` } };
  }
  const spec = parsed.data;
  const p = expandDesign(spec);
  if (p.runCount > MAX_RUNS) return { error: { field: 'levels', message: `${p.runCount} runs is more than the page runs (${MAX_RUNS}); use fewer levels or seeds, or the CLI` } };
  const runs = Array.from({ length: p.runCount }, (_, k) => { const r = runInfo(spec, p, k); return { run: k, point: r.point, seed: r.seed, set: p.points[r.point]!.set }; });
  const levels = f.axes.map((a) => [...new Set(p.points.map((pt) => Number(pt.set[a.path])))]);
  return { plan: { spec, runs, levels } };
}

export type Metrics = Record<string, number | string | boolean | null>;
export interface SweepResult { run: number; point: number; seed: number; set: Record<string, Scalar>; metrics: Metrics }

export interface Cell { x: number; y: number | null; n: number; med: number; lo: number; hi: number }

/** Median and 10th/90th percentiles of `metric` per design point, over the runs finished so far. */
export function reduceSweep(plan: SweepPlan, results: SweepResult[], metric: string): Cell[] {
  const by = new Map<number, number[]>();
  for (const r of results) {
    const v = r.metrics[metric];
    if (typeof v !== 'number' || !Number.isFinite(v)) continue;
    const list = by.get(r.point) ?? [];
    list.push(v); by.set(r.point, list);
  }
  const [a, b] = plan.spec.parameters.map((p) => p.path);
  const cells: Cell[] = [];
  const seen = new Set<number>();
  for (const r of plan.runs) {
    if (seen.has(r.point)) continue;
    seen.add(r.point);
    const vs = (by.get(r.point) ?? []).sort((x, y) => x - y);
    cells.push({
      x: Number(r.set[a!]), y: b ? Number(r.set[b]) : null, n: vs.length,
      med: vs.length ? quantileSorted(vs, 0.5)! : NaN, lo: vs.length ? quantileSorted(vs, 0.1)! : NaN, hi: vs.length ? quantileSorted(vs, 0.9)! : NaN,
    });
  }
  return cells;
}

const csvCell = (v: unknown) => { const s = v === null || v === undefined ? '' : String(v); return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s; };

/** One row per finished run: run, seed, the assumptions, then every metric (like the CLI's runs table). */
export function sweepCsv(plan: SweepPlan, results: SweepResult[]): string {
  const params = plan.spec.parameters.map((p) => p.path);
  const rows = [['run', 'seed', ...params, ...METRIC_NAMES].join(',')];
  for (const r of [...results].sort((x, y) => x.run - y.run)) rows.push([r.run, r.seed, ...params.map((p) => r.set[p]), ...METRIC_NAMES.map((m) => r.metrics[m])].map(csvCell).join(','));
  return `${rows.join('\n')}\n`;
}

/** `?view=sweep&sbase=NAME&p=path:min:max:levels[&p=...]&reps=N&sseed=N[&sdays=D]&metric=NAME` */
export function sweepToSearch(f: SweepForm): string {
  const q = new URLSearchParams({ view: 'sweep', sbase: f.base });
  for (const a of f.axes) q.append('p', `${a.path}:${a.min}:${a.max}:${a.levels}`);
  q.set('reps', String(f.seeds)); q.set('sseed', String(f.seed));
  if (f.days) q.set('sdays', String(f.days));
  q.set('metric', f.metric);
  return `?${q.toString()}`;
}

/** Read a sweep link; shape only (the schema checks values when it is planned). Null if no sweep in it. */
export function parseSweep(search: string): { form?: SweepForm; error?: FieldError } | null {
  const q = new URLSearchParams(search);
  if (q.get('view') !== 'sweep' || !q.has('p')) return null;
  const fail = (field: string, message: string) => ({ error: { field, message } });
  const base = q.get('sbase') ?? 'baseline';
  if (!/^[a-z0-9_-]{1,64}$/.test(base)) return fail('sbase', 'a scenario name: lower-case letters, digits, _ and -');
  const axes: SweepAxis[] = [];
  for (const p of q.getAll('p').slice(0, 3)) {
    const m = /^([A-Za-z_][A-Za-z0-9_.]{0,80}):(-?[0-9.eE+-]+):(-?[0-9.eE+-]+):([0-9]{1,3})$/.exec(p);
    if (!m || /(^|\.)(__proto__|prototype|constructor)(\.|$)/.test(m[1]!)) return fail('p', `"${p.slice(0, 40)}" is not path:min:max:levels`);
    axes.push({ path: m[1]!, min: Number(m[2]), max: Number(m[3]), levels: Number(m[4]) });
  }
  if (axes.length > 2) return fail('p', 'at most two assumptions');
  const int = (k: string, d: number | undefined) => { const v = q.get(k); if (v === null) return d; const n = Number(v); return Number.isSafeInteger(n) && n >= 0 ? n : NaN; };
  const seeds = int('reps', 4)!, seed = int('sseed', 1)!, days = int('sdays', undefined);
  if (!Number.isFinite(seeds)) return fail('reps', 'a whole number of seeds');
  if (!Number.isFinite(seed)) return fail('sseed', 'a whole, non-negative number');
  if (days !== undefined && !Number.isFinite(days)) return fail('sdays', 'a whole number of days');
  const metric = q.get('metric') ?? METRIC_NAMES[0]!;
  if (!METRIC_NAMES.includes(metric)) return fail('metric', `one of ${METRIC_NAMES.join(', ')}`);
  return { form: { base, axes, seeds, seed, ...(days ? { days } : {}), metric } };
}
