// Method of simulated moments (Franke & Westerhoff 2012; docs/CALIBRATION.md): minimise the weighted squared
// distance between simulated and target moments over declared parameters. Common random numbers
// (the same seeds for every candidate) make the objective a deterministic, smooth-ish function of
// the parameters; a Latin-hypercube start then Nelder–Mead in the unit cube finds its minimum.
import { loadScenario, type Scenario } from '../../sim/index';
import { runToEnd } from '../../sim/index';
import { logReturns, nelderMead } from '../../sim/stats';
import { latinHypercube } from '../design/lhs';
import { designRng } from '../seeds';
import { lazyFacts } from './facts';
import type { CalibrationSpec } from './calibrationSpec';

export interface Evaluation {
  index: number;
  phase: 'lhs' | 'nelder-mead';
  values: Record<string, number>;
  moments: number[];
  distance: number;
}

export interface CalibrationResult {
  best: Evaluation;
  evaluations: Evaluation[];
  momentNames: string[];
}

export const momentName = (m: CalibrationSpec['moments'][number]): string => m.name ?? `${m.asset}.${m.statistic}`;
const toOverride = (p: string, v: unknown): string => `${p}=${JSON.stringify(v)}`;

/** The scenario of one candidate: spec scenario + fixed sets + candidate values + long-run end. */
export function candidateScenario(spec: CalibrationSpec, values: Record<string, number>): Scenario {
  const fixed = Object.entries(spec.set).map(([p, v]) => toOverride(p, v));
  const base = loadScenario(spec.scenario, fixed);
  const end = `${Number(base.start.slice(0, 4)) + spec.years - 1}-12-31`;
  return loadScenario(spec.scenario, [...fixed, ...Object.entries(values).map(([p, v]) => toOverride(p, v)), `end="${end}"`]);
}

/** Simulated moments of one candidate, averaged over seeds 1..spec.seeds. */
export function simulatedMoments(spec: CalibrationSpec, values: Record<string, number>): number[] {
  const sc = candidateScenario(spec, values);
  const sums = new Array<number>(spec.moments.length).fill(0);
  for (let seed = 1; seed <= spec.seeds; seed++) {
    const { data } = runToEnd(sc, seed);
    const getters = new Map<string, ReturnType<typeof lazyFacts>>();
    spec.moments.forEach((m, i) => {
      let g = getters.get(m.asset);
      if (!g) {
        const p = data.columns[`price.${m.asset}`]!.subarray(spec.burnInDays);
        const v = data.columns[`volume.${m.asset}`]!.subarray(spec.burnInDays + 1);
        g = lazyFacts(logReturns(p), v);
        getters.set(m.asset, g);
      }
      sums[i] = sums[i]! + g(m.statistic);
    });
  }
  return sums.map((s) => s / spec.seeds);
}

export function distance(spec: CalibrationSpec, moments: readonly number[]): number {
  let d = 0;
  spec.moments.forEach((m, i) => {
    const scale = m.scale ?? (m.target !== 0 ? Math.abs(m.target) : 1);
    const z = (moments[i]! - m.target) / scale;
    d += m.weight * z * z;
  });
  return Number.isFinite(d) ? d : Infinity;
}

export function calibrate(spec: CalibrationSpec, onEval?: (e: Evaluation) => void): CalibrationResult {
  const d = spec.parameters.length;
  const evaluations: Evaluation[] = [];
  const cache = new Map<string, Evaluation>();
  const toValues = (u: readonly number[]): Record<string, number> =>
    Object.fromEntries(spec.parameters.map((p, j) => [p.path, p.min + Math.min(1, Math.max(0, u[j]!)) * (p.max - p.min)]));
  const evaluate = (u: readonly number[], phase: Evaluation['phase']): Evaluation => {
    const values = toValues(u);
    const key = JSON.stringify(values);
    const hit = cache.get(key);
    if (hit) return hit;
    const moments = simulatedMoments(spec, values);
    const e: Evaluation = { index: evaluations.length, phase, values, moments, distance: distance(spec, moments) };
    evaluations.push(e);
    cache.set(key, e);
    onEval?.(e);
    return e;
  };
  // Outside the unit cube the candidate is clamped to the bound and penalised, so Nelder–Mead turns back.
  const objective = (u: number[]): number => {
    let pen = 0;
    for (const x of u) pen += x < 0 ? x * x : x > 1 ? (x - 1) * (x - 1) : 0;
    return evaluate(u, 'nelder-mead').distance + 1e3 * pen;
  };
  const n = spec.search.lhsPoints ?? 4 * d;
  const starts = latinHypercube(n, d, designRng(spec.search.seed, 'calibrate-lhs'));
  let best: { u: number[]; e: Evaluation } | null = null;
  for (const u of starts) {
    const e = evaluate(u, 'lhs');
    if (!best || e.distance < best.e.distance) best = { u, e };
  }
  if (spec.search.iterations > 0) {
    nelderMead(objective, best!.u, { step: 0.15, maxIterations: spec.search.iterations, tolF: 1e-6, tolX: 0.01 }); // the objective is noisy below ~1% of a range
  }
  const winner = evaluations.reduce((a, b) => (b.distance < a.distance ? b : a));
  return { best: winner, evaluations, momentNames: spec.moments.map(momentName) };
}
