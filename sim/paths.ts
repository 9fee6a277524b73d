// Dated paths from scenario files: step functions (policy) and linear interpolation (capex, OCF).
import { isoToDayNumber } from './calendar';

export type DatedPath = ReadonlyArray<readonly [string, number]>;

export interface CompiledPath { days: Float64Array; values: Float64Array }

export function compilePath(p: DatedPath): CompiledPath {
  const sorted = [...p].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return { days: Float64Array.from(sorted.map((x) => isoToDayNumber(x[0]))), values: Float64Array.from(sorted.map((x) => x[1])) };
}

/** Value in force on `day`: the last step at or before it (the first value before the path starts). */
export function stepAt(p: CompiledPath, day: number): number {
  let v = p.values[0]!;
  for (let i = 0; i < p.days.length && p.days[i]! <= day; i++) v = p.values[i]!;
  return v;
}

/** Linear interpolation between points; flat outside. */
export function linearAt(p: CompiledPath, day: number): number {
  const n = p.days.length;
  if (day <= p.days[0]!) return p.values[0]!;
  if (day >= p.days[n - 1]!) return p.values[n - 1]!;
  let i = 0;
  while (p.days[i + 1]! < day) i++;
  const t = (day - p.days[i]!) / (p.days[i + 1]! - p.days[i]!);
  return p.values[i]! + t * (p.values[i + 1]! - p.values[i]!);
}
