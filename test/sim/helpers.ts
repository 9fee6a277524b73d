// Shared fixtures for the engine's unit and property tests: a fresh state for a scenario, and a
// run driven day by day with direct access to its state (tests only; callers use sim/index.ts).
import { compile, type Compiled } from '../../sim/compiled';
import { N_ASSETS } from '../../sim/ids';
import { loadScenario } from '../../sim/index';
import { initState } from '../../sim/init';
import { Scratch, stepDay } from '../../sim/model';
import { allocColumns } from '../../sim/record/recorder';
import type { RunEvent } from '../../sim/api-types';
import type { Scenario } from '../../sim/scenario/schema';
import type { State } from '../../sim/state';

export const A = N_ASSETS;

export function scenario(overrides: readonly string[] = [], base: string | Record<string, unknown> = 'baseline'): Scenario {
  return loadScenario(base, overrides);
}

export interface Harness { s: State; c: Compiled; x: Scratch; cols: Float64Array[]; events: RunEvent[]; step(n?: number): void }

/** A run at its start (day 0 not yet stepped), exposing its state. */
export function harness(sc: Scenario, seed = 1, days = 60): Harness {
  const s = initState(sc, seed, days);
  const c = compile(sc, s.cal.dayNumbers);
  const x = new Scratch(sc.hyperscaler.count);
  const cols = allocColumns(s.days);
  const events: RunEvent[] = [];
  return { s, c, x, cols, events, step(n = 1) { for (let k = 0; k < n && s.t < s.days; k++) stepDay(s, c, x, cols, events); } };
}

export const sumCash = (s: State): number => { let m = 0; for (let i = 0; i < s.n; i++) m += s.cash[i]!; return m; };
export function unitsOf(s: State, k: number): number { let u = 0; for (let i = 0; i < s.n; i++) u += s.units[i * A + k]!; return u; }
export const range = (s: State, cls: number): number[] => {
  const out: number[] = [];
  for (let i = s.classStart[cls]!; i < s.classEnd[cls]!; i++) out.push(i);
  return out;
};

/** Bit-for-bit equality of two float arrays (NaN payloads and −0 included). */
export function sameBits(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
}

/** First column (and day) where two recorded runs differ, or null. */
export function firstDifference(a: Record<string, Float64Array>, b: Record<string, Float64Array>): string | null {
  const names = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const n of names) {
    const x = a[n], y = b[n];
    if (!x || !y) return `${n}: missing`;
    if (!sameBits(x, y)) {
      const len = Math.max(x.length, y.length);
      for (let t = 0; t < len; t++) if (!Object.is(x[t], y[t])) return `${n}[${t}]: ${x[t]} vs ${y[t]}`;
      return `${n}: lengths ${x.length} vs ${y.length}`;
    }
  }
  return null;
}
