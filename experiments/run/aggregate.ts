// Evaluating spec-defined metrics (experiments/spec/metricDef.ts) on one run's daily series.
// Windows compare ISO dates as strings (YYYY-MM-DD sorts chronologically). A window with no
// recorded day gives null (an empty cell), never a made-up number; NaN in the window gives NaN.
import type { MetricDef } from '../spec/metricDef';
import type { Metric } from './engine';
import { quantile } from '../analyze/bootstrap';

/** Day indices of `dates` inside [from, to] (inclusive; open ends when not given). */
export function windowDays(dates: readonly string[], from?: string, to?: string): number[] {
  const out: number[] = [];
  dates.forEach((d, i) => { if ((!from || d >= from) && (!to || d <= to)) out.push(i); });
  return out;
}

export function aggregate(def: MetricDef, dates: readonly string[], values: ArrayLike<number>): Metric {
  const days = windowDays(dates, def.from, def.to).filter((i) => i < values.length);
  if (days.length === 0) return null;
  const xs = days.map((i) => values[i]!);
  if (xs.some(Number.isNaN)) return Number.NaN;
  switch (def.agg) {
    case 'sum': return xs.reduce((a, b) => a + b, 0);
    case 'mean': return xs.reduce((a, b) => a + b, 0) / xs.length;
    case 'min': return Math.min(...xs);
    case 'max': return Math.max(...xs);
    case 'first': return xs[0]!;
    case 'last': return xs[xs.length - 1]!;
    case 'argmax': case 'argmin': {
      // The first day reaching the extreme, as its date.
      let best = 0;
      for (let j = 1; j < xs.length; j++) if (def.agg === 'argmax' ? xs[j]! > xs[best]! : xs[j]! < xs[best]!) best = j;
      return dates[days[best]!]!;
    }
    case 'quantile': return quantile([...xs].sort((a, b) => a - b), def.q!);
  }
}
