// Measurements shared by the claim tests: computed from recorded columns, never from model
// internals, so each claim is checked the way a user would check it in the CSV.
import { loadScenario, runToEnd, type RunData, type Summary } from '../../sim/index';

export interface Result { summary: Summary; data: RunData }
const cache = new Map<string, Result>();

/** Run (scenario, seed, overrides) once per test process. */
export function result(name: string, seed: number, set: string[] = []): Result {
  const key = `${name}|${seed}|${set.join(';')}`;
  let r = cache.get(key);
  if (!r) { r = runToEnd(loadScenario(name, set), seed); cache.set(key, r); }
  return r;
}

export const SEEDS = [1, 2, 3, 4, 5];

export const col = (r: Result, name: string): Float64Array => {
  const c = r.data.columns[name];
  if (!c) throw new Error(`no column ${name}`);
  return c;
};

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function mean(xs: ArrayLike<number>, from = 0, to = xs.length): number {
  let a = 0;
  for (let i = from; i < to; i++) a += xs[i]!;
  return a / Math.max(1, to - from);
}

/** Largest peak-to-trough fall of a price series within [from, to). */
export function drawdown(p: ArrayLike<number>, from = 0, to = p.length): number {
  let peak = -Infinity, dd = 0;
  for (let i = from; i < to; i++) { peak = Math.max(peak, p[i]!); dd = Math.max(dd, 1 - p[i]! / peak); }
  return dd;
}

export function corr(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = Math.min(a.length, b.length);
  const ma = mean(a, 0, n), mb = mean(b, 0, n);
  let sab = 0, saa = 0, sbb = 0;
  for (let i = 0; i < n; i++) { const x = a[i]! - ma, y = b[i]! - mb; sab += x * y; saa += x * x; sbb += y * y; }
  return sab / Math.sqrt(saa * sbb);
}

export const diff = (x: ArrayLike<number>): number[] => Array.from({ length: x.length - 1 }, (_, i) => x[i + 1]! - x[i]!);
export const logReturns = (p: ArrayLike<number>): number[] => Array.from({ length: p.length - 1 }, (_, i) => Math.log(p[i + 1]! / p[i]!));
export const sum = (xs: ArrayLike<number>): number => { let a = 0; for (let i = 0; i < xs.length; i++) a += xs[i]!; return a; };
