// How many runs a design asks for, computed from the spec alone (before anything is expanded or
// allocated), and the cap on it: a typo such as 3 parameters × 10,000 grid levels, or an LHS of
// 10^7 samples × 10^6 replicates, must be refused at validation, not by a crashed or hung process.
import { UserError } from '../cli/errors';
import type { ExperimentSpec } from '../spec/schema';
import { levelCount } from './scale';

/** Default cap on the total runs of one sweep; `--max-runs N` raises it. */
export const DEFAULT_MAX_RUNS = 1_000_000;

/** Design points × replicates (a float: it may be astronomically large). */
export function designRunCount(spec: ExperimentSpec): number {
  const D = spec.design, d = spec.parameters.length;
  const points = D.type === 'grid' ? spec.parameters.reduce((a, p) => a * levelCount(p), 1)
    : D.type === 'list' ? D.rows.length
    : D.type === 'lhs' ? D.samples
    : D.type === 'sobol' ? D.samples * (D.secondOrder ? 2 * d + 2 : d + 2)
    : D.trajectories * (d + 1);
  return points * spec.replicates;
}

export function checkRunCount(spec: ExperimentSpec, maxRuns = DEFAULT_MAX_RUNS): number {
  const n = designRunCount(spec);
  if (n > maxRuns) {
    const shown = n < 1e15 ? String(n) : n.toExponential(2);
    throw new UserError(`design: ${shown} runs (design points × replicates) exceed the cap of ${maxRuns}; shrink the design or raise the cap with --max-runs N`);
  }
  return n;
}
