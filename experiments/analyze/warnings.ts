// What `analyze` says when its numbers should not be trusted as they stand: indices outside
// [0, 1], intervals too wide to rank anything, outcomes censored at the run's horizon or missing,
// seed noise mixed into the indices, and samples too small for the method.
import type { ExperimentSpec } from '../spec/schema';

const pct = (k: number, n: number): string => `${((100 * k) / n).toFixed(0)}%`;
const fmt = (v: number): string => (Number.isSafeInteger(v) ? String(v) : Math.abs(v) >= 1e6 || (v !== 0 && Math.abs(v) < 0.01) ? v.toExponential(2) : v.toFixed(3));

/** Indices are shares of variance: estimates beyond [0, 1] by more than `slack` mean N is too small (or the metric is degenerate). */
export function sobolIndexWarnings(metric: string, params: readonly string[], ix: readonly { S1: number; ST: number; S1lo: number; S1hi: number; STlo: number; SThi: number }[], slack = 0.05): string[] {
  const out: string[] = [];
  const outside = ix.flatMap((s, i) => [['S1', s.S1], ['ST', s.ST]].filter(([, v]) => !((v as number) >= -slack && (v as number) <= 1 + slack))
    .map(([k, v]) => `${k}(${params[i]}) = ${fmt(v as number)}`));
  if (outside.length) out.push(`${metric}: ${outside.join(', ')} outside [0, 1]: the indices are not usable at this N (increase design.samples; check the metric is not censored or nearly constant)`);
  const wide = ix.filter((s) => s.SThi - s.STlo > 0.5 || s.S1hi - s.S1lo > 0.5).length;
  if (wide) out.push(`${metric}: ${wide} of ${ix.length} parameters have an interval wider than 0.5: too few base samples to rank them`);
  return out;
}

/**
 * Values missing from ok runs, and a pile-up at the largest value (an outcome capped at the run's
 * horizon, like derived.exhaustionDayOrEnd when idle money never ran out). Both change what the
 * indices or means describe.
 */
export function censoringWarnings(metric: string, values: readonly (number | null)[]): string[] {
  const out: string[] = [];
  const n = values.length;
  const finite = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const missing = n - finite.length;
  if (missing > 0) out.push(`${metric}: no value in ${missing} of ${n} ok runs (${pct(missing, n)}): left out, so the results describe only the runs where it was defined (e.g. the event happened)`);
  if (finite.length >= 4) {
    const max = Math.max(...finite), min = Math.min(...finite);
    const atMax = finite.filter((v) => v === max).length;
    if (max > min && atMax >= 2 && atMax / finite.length >= 0.1)
      out.push(`${metric}: ${atMax} of ${finite.length} runs (${pct(atMax, finite.length)}) sit at its largest value ${fmt(max)}: censored at the horizon? Indices of a censored outcome describe the censoring as much as the outcome`);
  }
  return out;
}

/** Warnings that follow from the spec alone. */
export function designWarnings(spec: ExperimentSpec): string[] {
  const out: string[] = [];
  const D = spec.design;
  const stochastic = spec.model !== 'ishigami';
  if ((D.type === 'sobol' || D.type === 'morris') && stochastic && !spec.commonRandomNumbers)
    out.push(`commonRandomNumbers is false: every design point runs on different random numbers, so seed noise enters the indices (${D.type === 'sobol' ? 'it inflates ST and can push S1 below 0' : 'it inflates mu* and sigma'}); set "commonRandomNumbers": true`);
  if (D.type === 'sobol' && D.samples < 256)
    out.push(`design.samples = ${D.samples}: Sobol indices from fewer than a few hundred base samples are rough (Saltelli et al. 2010 use 500 and more); read the intervals and the convergence table`);
  if (D.type === 'morris' && D.trajectories < 10)
    out.push(`design.trajectories = ${D.trajectories}: Morris screening usually takes 10 to 50 trajectories (Campolongo et al. 2007)`);
  return out;
}

/** Sobol indices at N/4, N/2 and N base samples that still move by more than `tol` have not converged. */
export function convergenceWarnings(metric: string, params: readonly string[], st: readonly (readonly number[])[], tol = 0.1): string[] {
  const last = st.length - 1;
  if (last < 1) return [];
  const moving = params.filter((_, i) => Math.abs(st[last]![i]! - st[last - 1]![i]!) > tol);
  return moving.length ? [`${metric}: ST of ${moving.join(', ')} moved by more than ${tol} between N/2 and N: not converged`] : [];
}
