// PAWN indices of a sweep (analyze --method pawn): the independent rows of the design (every LHS
// point; the A and B rows of a Sobol design), replicates averaged, one table row per metric and
// parameter. The estimator itself is in pawn.ts.
import { UserError } from '../cli/errors';
import type { ExperimentSpec } from '../spec/schema';
import type { Plan } from '../design/expand';
import type { Column } from '../io/tables';
import { designRng } from '../seeds';
import { pawnIndices } from './pawn';

/** Design rows per Sobol base sample: A, B, A_B^1..d, and with secondOrder B_A^1..d. */
export const sobolRowsPerSample = (spec: ExperimentSpec): number =>
  spec.parameters.length * (spec.design.type === 'sobol' && spec.design.secondOrder ? 2 : 1) + 2;

/** Unit-free input values for PAWN: numbers as they are, listed values by their position in the list. */
function inputValue(p: ExperimentSpec['parameters'][number], v: unknown): number {
  if ('values' in p) return p.values.indexOf(v as never);
  return typeof v === 'number' ? v : Number.NaN;
}

export function pawnTable(spec: ExperimentSpec, plan: Plan, metrics: string[], pointMean: (p: number, m: string) => number, slices: number,
  resamples: number, confidence: number): Column[] {
  const D = spec.design;
  if (D.type !== 'lhs' && D.type !== 'sobol')
    throw new UserError(`--method pawn needs a sampled design (lhs or sobol); this sweep is ${D.type}`);
  // Independent rows only: every LHS point; the A and B rows of a Sobol design.
  const per = D.type === 'sobol' ? sobolRowsPerSample(spec) : 1;
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
  return Object.entries(out).map(([k, v]): Column => ({ name: k, kind: k === 'n' ? 'INT64' : typeof v[0] === 'string' ? 'STRING' : 'DOUBLE', values: v }));
}
