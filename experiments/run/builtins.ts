// Analytic stand-in models, for checking the sweep and sensitivity machinery without the engine
// (SALib ships the same idea as SALib.test_functions).
//  - ishigami: y = sin x1 + a sin^2 x2 + b x3^4 sin x1 (Ishigami & Homma 1990), a = 7, b = 0.1 unless set;
//    parameters x1, x2, x3 in [-pi, pi]. Known first-order indices 0.3139, 0.4424, 0 and
//    total-order 0.5576, 0.4424, 0.2437 (Saltelli et al. 2008, Primer, §4.9 / SALib docs).
//  - probe: value = sum of numeric parameters + seed / 2^32. Behaviour switches for tests: `fail`
//    truthy throws; `spin_ms` busy-waits; `exit_worker` truthy ends the worker thread (a crash).
//    It records a short daily series (columns t, v) so series output can be tested.
import type { Scalar } from '../spec/schema';
import type { ModelOutput } from './engine';

type Params = Record<string, Scalar>;
const num = (v: Scalar | undefined, dflt: number): number => (typeof v === 'number' ? v : dflt);

export const ISHIGAMI_PARAMS = ['x1', 'x2', 'x3', 'a', 'b'] as const;

/** Throws on a parameter the function does not have (a typo would otherwise be ignored as 0). */
export function checkIshigami(p: Params): void {
  for (const k of Object.keys(p)) {
    if (!(ISHIGAMI_PARAMS as readonly string[]).includes(k)) throw new Error(`the ishigami model has no parameter "${k}"; its parameters are ${ISHIGAMI_PARAMS.join(', ')}`);
    if (typeof p[k] !== 'number') throw new Error(`ishigami parameter ${k} must be a number (got ${JSON.stringify(p[k])})`);
  }
}

export function ishigami(p: Params): ModelOutput {
  checkIshigami(p);
  const x1 = num(p.x1, 0), x2 = num(p.x2, 0), x3 = num(p.x3, 0), a = num(p.a, 7), b = num(p.b, 0.1);
  return { metrics: { y: Math.sin(x1) + a * Math.sin(x2) ** 2 + b * x3 ** 4 * Math.sin(x1) }, series: {} };
}

export function probe(p: Params, seed: number, days = 10): ModelOutput {
  if (p.fail === true || p.fail === 1) throw new Error(`probe asked to fail (fail=${String(p.fail)})`);
  if (p.exit_worker === true || p.exit_worker === 1) process.exit(7);
  const spin = num(p.spin_ms, 0);
  if (spin > 0) { const t = performance.now(); while (performance.now() - t < spin) { /* busy */ } }
  let value = seed / 2 ** 32;
  for (const v of Object.values(p)) if (typeof v === 'number') value += v;
  const t = Array.from({ length: days }, (_, i) => i);
  return {
    metrics: { value, seedUnit: seed / 2 ** 32, 'nested.count': Object.keys(p).length },
    series: { dates: t.map((i) => new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10)), columns: { t, v: t.map((i) => value * i) } },
  };
}
