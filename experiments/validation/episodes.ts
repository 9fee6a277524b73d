// Statistics of the episode runs (docs/CALIBRATION.md): drawdowns, yield moves and correlations inside
// dated windows of a recorded run, and the return of a class's balance sheet.
import { logReturns, maxDrawdown, pearson } from '../../sim/stats';

export interface RunSeries {
  dates: readonly string[];
  columns: Record<string, Float64Array>;
}

/** Column by name, or a clear error naming it (the column list is the engine's public contract). */
export function col(d: RunSeries, name: string): Float64Array {
  const c = d.columns[name];
  if (!c) throw new Error(`the run has no column "${name}"`);
  return c;
}

/** Index range [from, to) of the days with from ≤ date ≤ to (ISO strings compare lexically). */
export function window(d: RunSeries, from: string, to: string): [number, number] {
  let a = d.dates.findIndex((x) => x >= from);
  if (a < 0) a = d.dates.length;
  let b = a;
  while (b < d.dates.length && d.dates[b]! <= to) b++;
  return [a, b];
}

/** Value of a column on the last recorded day at or before `date`. */
export function at(d: RunSeries, name: string, date: string): number {
  const c = col(d, name);
  let i = -1;
  for (let k = 0; k < d.dates.length && d.dates[k]! <= date; k++) i = k;
  return i < 0 ? NaN : c[i]!;
}

/** Largest peak-to-trough fall of `price.<asset>` inside [from, to]. */
export function windowDrawdown(d: RunSeries, asset: string, from: string, to: string): number {
  const [a, b] = window(d, from, to);
  return b - a < 2 ? NaN : maxDrawdown(col(d, `price.${asset}`), a, b).maxDrawdown;
}

/** Simple return of `price.<asset>` from the day at/before `from` to the day at/before `to`. */
export function windowReturn(d: RunSeries, asset: string, from: string, to: string): number {
  return at(d, `price.${asset}`, to) / at(d, `price.${asset}`, from) - 1;
}

/** Correlation of two assets' daily log returns over days inside [from, to]. */
export function windowCorrelation(d: RunSeries, a1: string, a2: string, from: string, to: string): number {
  const [a, b] = window(d, from, to);
  const r1 = logReturns(col(d, `price.${a1}`).subarray(Math.max(0, a - 1), b));
  const r2 = logReturns(col(d, `price.${a2}`).subarray(Math.max(0, a - 1), b));
  return pearson(r1, r2);
}

/**
 * Return on a class's net worth from `from` to `to`. Net worth is recovered as exposure / leverage
 * (the recorder stores gross exposure and exposure/NAV); NaN when leverage is 0.
 */
export function classReturn(d: RunSeries, cls: string, from: string, to: string): number {
  const nav = (date: string): number => {
    const lev = at(d, `class.${cls}.leverage`, date);
    return lev > 0 ? at(d, `class.${cls}.exposure`, date) / lev : NaN;
  };
  return nav(to) / nav(from) - 1;
}

/** Count of non-finite values over every recorded column. */
export function nonFiniteCount(d: RunSeries): number {
  let bad = 0;
  for (const c of Object.values(d.columns)) for (let i = 0; i < c.length; i++) if (!Number.isFinite(c[i]!)) bad++;
  return bad;
}

/** Sum of a column over the days inside [from, to]. */
export function windowSum(d: RunSeries, name: string, from: string, to: string): number {
  const [i, j] = window(d, from, to);
  const c = col(d, name);
  let s = 0;
  for (let t = i; t < j; t++) s += c[t]!;
  return s;
}
