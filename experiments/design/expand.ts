// Expanding a spec into its run list, in one fixed order: design points in design order, and for
// each point its replicates (run k = point * replicates + replicate). The order depends only on
// the spec, so a run index names the same run on every machine, shard and worker count.
import type { ExperimentSpec, Parameter, Scalar } from '../spec/schema';
import { designRng, runSeed } from '../seeds';
import { fromUnit, gridLevel, levelCount } from './scale';
import { latinHypercube } from './lhs';
import { sobolPoints } from './sobol-seq';
import { morrisTrajectories } from './morris';

export interface DesignPoint {
  /** Values of the varied parameters, keyed by dotted path. */
  set: Record<string, Scalar>;
  /** Design bookkeeping columns (label, sobol_matrix, morris_step, ...). */
  info: Record<string, string | number>;
}

export interface Plan {
  points: DesignPoint[];
  replicates: number;
  runCount: number;
  /** Parameter columns, in spec order. */
  paramColumns: string[];
  /** Design columns, fixed per design type. */
  designColumns: string[];
}

export interface RunInfo { run: number; point: number; replicate: number; seed: number }

export function runInfo(spec: ExperimentSpec, plan: Plan, k: number): RunInfo {
  const point = Math.floor(k / plan.replicates), replicate = k % plan.replicates;
  return { run: k, point, replicate, seed: runSeed(spec.seed, spec.commonRandomNumbers ? replicate : k) };
}

const fromUnits = (ps: Parameter[], u: number[]): Record<string, Scalar> =>
  Object.fromEntries(ps.map((p, j) => [p.path, fromUnit(p, u[j]!)]));

export function expandDesign(spec: ExperimentSpec): Plan {
  const ps = spec.parameters, d = ps.length, D = spec.design;
  let points: DesignPoint[] = [];
  let designColumns: string[] = [];
  let paramColumns = ps.map((p) => p.path);
  if (D.type === 'grid') {
    const counts = ps.map(levelCount);
    const total = counts.reduce((a, b) => a * b, 1);
    for (let n = 0; n < total; n++) {
      const set: Record<string, Scalar> = {};
      let rest = n; // mixed radix, last parameter fastest
      for (let j = d - 1; j >= 0; j--) {
        set[ps[j]!.path] = gridLevel(ps[j]!, rest % counts[j]!, counts[j]!);
        rest = Math.floor(rest / counts[j]!);
      }
      points.push({ set: Object.fromEntries(ps.map((p) => [p.path, set[p.path]!])), info: {} });
    }
  } else if (D.type === 'list') {
    designColumns = ['label'];
    paramColumns = [...new Set(D.rows.flatMap((r) => Object.keys(r.set)))];
    points = D.rows.map((r, i) => ({ set: { ...r.set }, info: { label: r.label ?? `row${i}` } }));
  } else if (D.type === 'lhs') {
    points = latinHypercube(D.samples, d, designRng(spec.seed, 'lhs')).map((u) => ({ set: fromUnits(ps, u), info: {} }));
  } else if (D.type === 'sobol') {
    designColumns = ['sobol_sample', 'sobol_matrix'];
    const rng = designRng(spec.seed, 'sobol-shift');
    const shift = D.scramble ? Array.from({ length: 2 * d }, () => Math.floor(rng() * 2 ** 32)) : undefined;
    // A = first d columns, B = last d of a 2d-dimensional sequence. Unscrambled, points N..2N-1: the
    // first N are skipped (a power of two, as SALib's skip_values and Owen 2020 advise), which keeps
    // the block balanced and leaves out the origin and the all-0.5 point 1, where A = B and the whole
    // base sample is wasted. Scrambled (digitally shifted), points 0..N-1, as scipy's sobol_indices.
    const seq = sobolPoints(D.samples, 2 * d, shift, D.scramble ? 0 : D.samples);
    seq.forEach((u, j) => {
      const a = u.slice(0, d), b = u.slice(d);
      points.push({ set: fromUnits(ps, a), info: { sobol_sample: j, sobol_matrix: 'A' } });
      points.push({ set: fromUnits(ps, b), info: { sobol_sample: j, sobol_matrix: 'B' } });
      for (let i = 0; i < d; i++) {
        const ab = [...a];
        ab[i] = b[i]!; // A with column i taken from B (Saltelli 2010, A_B^(i))
        points.push({ set: fromUnits(ps, ab), info: { sobol_sample: j, sobol_matrix: `AB${i + 1}` } });
      }
    });
  } else {
    designColumns = ['morris_trajectory', 'morris_step', 'morris_factor'];
    morrisTrajectories(D.trajectories, d, D.levels, designRng(spec.seed, 'morris')).forEach((traj, t) =>
      traj.forEach((s, step) => points.push({
        set: fromUnits(ps, s.x),
        info: { morris_trajectory: t, morris_step: step, morris_factor: s.factor < 0 ? '' : ps[s.factor]!.path },
      })));
  }
  return { points, replicates: spec.replicates, runCount: points.length * spec.replicates, paramColumns, designColumns };
}
