// `analyze`: sensitivity indices for sobol and morris sweeps (per metric, per parameter, with
// bootstrap intervals), PAWN indices for any sampled design on request, and per-design-point
// means for grid, list and lhs sweeps. Replicates of a design point are averaged first; runs that
// failed or gave a non-numeric value are left out, and for Sobol the whole base sample (its A, B
// and A_B^i rows) is dropped. Warnings say when the numbers should not be read as they stand.
import { existsSync, readFileSync } from 'node:fs';
import { UserError } from '../cli/errors';
import { validateSpec } from '../spec/load';
import type { ExperimentSpec } from '../spec/schema';
import { expandDesign, type Plan } from '../design/expand';
import { morrisTrajectories } from '../design/morris';
import { designRng } from '../seeds';
import { readJournal } from '../io/journal';
import { readManifest } from '../io/manifest';
import type { Column } from '../io/tables';
import { sobolIndices, sobolPointEstimates } from './sobol';
import { morrisIndices } from './morris';
import { pawnIndices } from './pawn';
import { censoringWarnings, convergenceWarnings, designWarnings, sobolIndexWarnings } from './warnings';

export interface AnalyzeOptions {
  metrics?: string[]; resamples?: number; confidence?: number;
  /** `pawn`: PAWN indices (lhs, or the A and B rows of a sobol design) instead of the design's default. */
  method?: 'pawn';
  /** PAWN: number of conditioning slices per input (default 10). */
  slices?: number;
}
export interface AnalyzeResult {
  kind: 'sobol' | 'morris' | 'summary' | 'pawn';
  columns: Column[];
  /** Facts about the input (runs present, samples dropped). */
  notes: string[];
  /** Reasons not to read the numbers as they stand (indices outside [0, 1], censoring, no common random numbers, small N). */
  warnings: string[];
  /** Sobol: the indices at N/4, N/2 and N base samples, per metric and parameter. */
  convergence?: Column[];
}

const num = (v: unknown): number => (typeof v === 'number' ? v : v === 'Inf' ? Infinity : v === '-Inf' ? -Infinity : Number.NaN);

export function analyzeSweep(dir: string, o: AnalyzeOptions = {}): AnalyzeResult {
  const manifest = readManifest(dir);
  if (!existsSync(`${dir}/spec.json`)) throw new UserError(`${dir} has no spec.json`);
  const { spec } = validateSpec(JSON.parse(readFileSync(`${dir}/spec.json`, 'utf8')), `${dir}/spec.json`);
  const plan = expandDesign(spec);
  const recs = readJournal(`${dir}/journal.jsonl`).records;
  const resamples = o.resamples ?? 1000, confidence = o.confidence ?? 0.95;
  const numeric = manifest.metricColumns.filter((m) => [...recs.values()].some((r) => Number.isFinite(num(r.metrics?.[m]))));
  const metrics = o.metrics ?? numeric;
  metrics.forEach((m) => {
    if (!manifest.metricColumns.includes(m)) throw new UserError(`--metric ${m}: not a metric of this sweep; it kept ${manifest.metricColumns.join(', ')}`);
  });
  if (metrics.length === 0) throw new UserError(`${dir}: no numeric metric to analyse`);
  const notes: string[] = [];
  const warnings: string[] = designWarnings(spec);
  const okRuns = [...recs.values()].filter((r) => r.status === 'ok');
  for (const m of metrics) warnings.push(...censoringWarnings(m, okRuns.map((r) => { const x = num(r.metrics?.[m]); return Number.isNaN(x) ? null : x; })));
  if (manifest.status !== 'complete' || recs.size < plan.runCount) notes.push(`only ${recs.size} of ${plan.runCount} runs are present`);
  // Mean over replicates of a design point; NaN when none is usable.
  const pointMean = (p: number, m: string): number => {
    let s = 0, n = 0;
    for (let r = 0; r < plan.replicates; r++) {
      const x = num(recs.get(p * plan.replicates + r)?.metrics?.[m]);
      if (Number.isFinite(x)) { s += x; n++; }
    }
    return n ? s / n : Number.NaN;
  };
  const params = spec.parameters.map((p) => p.path);
  const col = (name: string, values: (string | number)[], kind: Column['kind'] = typeof values[0] === 'string' ? 'STRING' : 'DOUBLE'): Column => ({ name, kind, values });
  const D = spec.design;
  if (o.method === 'pawn') return { kind: 'pawn', notes, warnings, columns: pawn(spec, plan, metrics, pointMean, o.slices ?? 10, resamples, confidence, col) };
  if (D.type === 'sobol') {
    const d = params.length, per = d + 2;
    const out = { metric: [] as string[], parameter: [] as string[], S1: [] as number[], S1_lo: [] as number[], S1_hi: [] as number[], ST: [] as number[], ST_lo: [] as number[], ST_hi: [] as number[], n: [] as number[] };
    const conv = { metric: [] as string[], parameter: [] as string[], n: [] as number[], S1: [] as number[], ST: [] as number[] };
    for (const m of metrics) {
      const fA: number[] = [], fB: number[] = [], fAB: number[][] = params.map(() => []);
      let dropped = 0;
      for (let j = 0; j < D.samples; j++) {
        const ys = Array.from({ length: per }, (_, q) => pointMean(j * per + q, m));
        if (!ys.every(Number.isFinite)) { dropped++; continue; }
        fA.push(ys[0]!); fB.push(ys[1]!);
        for (let i = 0; i < d; i++) fAB[i]!.push(ys[2 + i]!);
      }
      if (dropped) notes.push(`${m}: ${dropped} of ${D.samples} base samples dropped (failed or non-numeric runs)`);
      if (fA.length < 2) { warnings.push(`${m}: fewer than 2 usable base samples; no indices`); continue; }
      const ix = sobolIndices({ fA, fB, fAB }, resamples, confidence, designRng(spec.seed, `bootstrap:${m}`));
      ix.forEach((s, i) => {
        out.metric.push(m); out.parameter.push(params[i]!);
        out.S1.push(s.S1); out.S1_lo.push(s.S1lo); out.S1_hi.push(s.S1hi);
        out.ST.push(s.ST); out.ST_lo.push(s.STlo); out.ST_hi.push(s.SThi);
        out.n.push(fA.length);
      });
      warnings.push(...sobolIndexWarnings(m, params, ix));
      // Convergence: the same estimator on the first N/4, N/2 and N usable base samples.
      const sizes = [...new Set([Math.floor(fA.length / 4), Math.floor(fA.length / 2), fA.length])].filter((k) => k >= 2);
      const stBySize = sizes.map((k) => {
        const sub = sobolPointEstimates({ fA: fA.slice(0, k), fB: fB.slice(0, k), fAB: fAB.map((c) => c.slice(0, k)) });
        sub.forEach((s, i) => { conv.metric.push(m); conv.parameter.push(params[i]!); conv.n.push(k); conv.S1.push(s.S1); conv.ST.push(s.ST); });
        return sub.map((s) => s.ST);
      });
      warnings.push(...convergenceWarnings(m, params, stBySize));
    }
    return { kind: 'sobol', notes, warnings, columns: Object.entries(out).map(([k, v]) => col(k, v, k === 'n' ? 'INT64' : undefined)),
      convergence: Object.entries(conv).map(([k, v]) => col(k, v, k === 'n' ? 'INT64' : undefined)) };
  }
  if (D.type === 'morris') {
    const trajs = morrisTrajectories(D.trajectories, params.length, D.levels, designRng(spec.seed, 'morris'));
    const per = params.length + 1;
    const out = { metric: [] as string[], parameter: [] as string[], mu: [] as number[], mu_star: [] as number[], mu_star_lo: [] as number[], mu_star_hi: [] as number[], sigma: [] as number[], n: [] as number[] };
    for (const m of metrics) {
      const ee: number[][] = params.map(() => []);
      trajs.forEach((traj, t) => {
        const ys = traj.map((_, s) => pointMean(t * per + s, m));
        for (let s = 1; s < traj.length; s++) {
          if (Number.isFinite(ys[s]!) && Number.isFinite(ys[s - 1]!)) ee[traj[s]!.factor]!.push((ys[s]! - ys[s - 1]!) / traj[s]!.delta);
        }
      });
      morrisIndices(ee, resamples, confidence, designRng(spec.seed, `bootstrap:${m}`)).forEach((x, i) => {
        out.metric.push(m); out.parameter.push(params[i]!);
        out.mu.push(x.mu); out.mu_star.push(x.muStar); out.mu_star_lo.push(x.muStarLo); out.mu_star_hi.push(x.muStarHi);
        out.sigma.push(x.sigma); out.n.push(x.n);
      });
    }
    return { kind: 'morris', notes, warnings, columns: Object.entries(out).map(([k, v]) => col(k, v, k === 'n' ? 'INT64' : undefined)) };
  }
  return { kind: 'summary', notes, warnings, columns: summary(plan, metrics, recs, pointMean) };
}

/** Unit-free input values for PAWN: numbers as they are, listed values by their position in the list. */
function inputValue(p: ExperimentSpec['parameters'][number], v: unknown): number {
  if ('values' in p) return p.values.indexOf(v as never);
  return typeof v === 'number' ? v : Number.NaN;
}

function pawn(spec: ExperimentSpec, plan: Plan, metrics: string[], pointMean: (p: number, m: string) => number, slices: number,
  resamples: number, confidence: number, col: (name: string, values: (string | number)[], kind?: Column['kind']) => Column): Column[] {
  const D = spec.design;
  if (D.type !== 'lhs' && D.type !== 'sobol')
    throw new UserError(`--method pawn needs a sampled design (lhs or sobol); this sweep is ${D.type}`);
  // Independent rows only: every LHS point; the A and B rows of a Sobol design.
  const per = D.type === 'sobol' ? spec.parameters.length + 2 : 1;
  const rows = plan.points.map((_, p) => p).filter((p) => p % per < (D.type === 'sobol' ? 2 : 1));
  if (rows.length < 2 * slices) throw new UserError(`--slices ${slices}: PAWN needs at least 2 runs per slice; this sweep has ${rows.length} independent points`);
  const out = { metric: [] as string[], parameter: [] as string[], median: [] as number[], median_lo: [] as number[], median_hi: [] as number[], max: [] as number[], mean: [] as number[], n: [] as number[] };
  for (const m of metrics) {
    const use = rows.filter((p) => Number.isFinite(pointMean(p, m)));
    const X = spec.parameters.map((q) => use.map((p) => inputValue(q, plan.points[p]!.set[q.path])));
    const y = use.map((p) => pointMean(p, m));
    pawnIndices(X, y, slices, resamples, confidence, designRng(spec.seed, `bootstrap:pawn:${m}`)).forEach((x, i) => {
      out.metric.push(m); out.parameter.push(spec.parameters[i]!.path);
      out.median.push(x.median); out.median_lo.push(x.lo); out.median_hi.push(x.hi); out.max.push(x.max); out.mean.push(x.mean); out.n.push(x.n);
    });
  }
  return Object.entries(out).map(([k, v]) => col(k, v, k === 'n' ? 'INT64' : undefined));
}

function summary(plan: Plan, metrics: string[], recs: Map<number, { metrics?: Record<string, unknown> }>, pointMean: (p: number, m: string) => number): Column[] {
  const P = plan.points.length;
  const cols: Column[] = [{ name: 'point', kind: 'INT64', values: Array.from({ length: P }, (_, p) => p) }];
  for (const c of plan.designColumns) cols.push({ name: c, kind: 'STRING', values: plan.points.map((p) => p.info[c] ?? null) });
  for (const c of plan.paramColumns) {
    const values = plan.points.map((p) => p.set[c] ?? null);
    cols.push({ name: c, kind: values.every((v) => v === null || typeof v === 'number') ? 'DOUBLE' : 'STRING', values });
  }
  for (const m of metrics) {
    const sd: (number | null)[] = [], n: number[] = [];
    for (let p = 0; p < P; p++) {
      const xs: number[] = [];
      for (let r = 0; r < plan.replicates; r++) {
        const x = num(recs.get(p * plan.replicates + r)?.metrics?.[m]);
        if (Number.isFinite(x)) xs.push(x);
      }
      const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
      sd.push(xs.length > 1 ? Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1)) : null);
      n.push(xs.length);
    }
    cols.push({ name: `${m}.mean`, kind: 'DOUBLE', values: Array.from({ length: P }, (_, p) => { const v = pointMean(p, m); return Number.isFinite(v) ? v : null; }) });
    if (plan.replicates > 1) cols.push({ name: `${m}.sd`, kind: 'DOUBLE', values: sd }, { name: `${m}.n`, kind: 'INT64', values: n });
  }
  return cols;
}
