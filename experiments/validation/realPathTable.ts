// The pure half of the real-path table (experiments/validation/realPath.ts): look up the published
// figure for a table date, read the model's value from a recorded run, take the 10–50–90% band over
// seeds, and say whether the published figure lies inside the band or by how much it misses.
import { quantiles } from '../../sim/stats';
import { at, col, type RunSeries } from './episodes';
import type { Unit } from './history/types';
import type { ModelMapping, RealAnnual, RealPoint, RealSeries } from './realData';

export interface Band { p10: number; p50: number; p90: number }

/** 10th, 50th and 90th percentile (type 7) of the finite values; NaN when there are none. */
export function band(values: readonly number[]): Band {
  const ok = values.filter((v) => Number.isFinite(v));
  const [p10, p50, p90] = ok.length === 0 ? [NaN, NaN, NaN] : quantiles(ok, [0.1, 0.5, 0.9]);
  return { p10: p10!, p50: p50!, p90: p90! };
}

const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string) => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS;

/**
 * The published observation for a table date: the latest point on or before `date` and no more than
 * `maxLagDays` calendar days before it (a weekly series' last Wednesday); undefined when there is none.
 */
export function publishedAt(points: readonly RealPoint[], date: string, maxLagDays: number): RealPoint | undefined {
  let best: RealPoint | undefined;
  for (const pt of points) if (pt.date <= date && (!best || pt.date > best.date)) best = pt;
  return best && daysBetween(best.date, date) <= maxLagDays ? best : undefined;
}

/**
 * The model's value on `date` (last recorded day on or before it; its first day when `date` precedes
 * the run) in the published series' unit.
 */
export function modelValue(run: RunSeries, m: ModelMapping, date: string): number {
  const first = run.dates[0];
  const v = at(run, m.column, first !== undefined && date < first ? first : date);
  if (m.kind === 'index') return (v / 100) * m.startLevel;
  return m.kind === 'percent' ? v * 100 : v;
}

/** Sum of a daily column over the calendar year; NaN when the run stops before the year's last week. */
export function annualSum(run: RunSeries, column: string, year: number): number {
  const c = col(run, column);
  const y = String(year);
  const last = run.dates[run.dates.length - 1];
  if (last === undefined || last < `${y}-12-28`) return NaN;
  let s = 0;
  run.dates.forEach((d, i) => { if (d.startsWith(y)) s += c[i]!; });
  return s;
}

export interface Verdict {
  inside: boolean;
  /** Published minus the nearest band edge: > 0 when the model is too low, < 0 when too high, 0 inside. */
  gap: number;
}

/**
 * Whether the published figure (a point, or the range [low, high]) meets the model's 10–90% band.
 * A range counts as inside when it overlaps the band; otherwise the gap is to the nearest end.
 */
export function classify(b: Band, low: number, high = low): Verdict {
  if (!Number.isFinite(b.p10) || !Number.isFinite(b.p90)) return { inside: false, gap: NaN };
  if (low > b.p90) return { inside: false, gap: low - b.p90 };
  if (high < b.p10) return { inside: false, gap: high - b.p10 };
  return { inside: true, gap: 0 };
}

/** A whole number with thousands separated by commas, whatever the machine's locale. */
const group = (x: number) => x.toFixed(0).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** A value in the table's format for its unit: points and BTC in whole units, rates to 2 dp, dollars in $B. */
export function formatValue(unit: Unit, v: number): string {
  if (!Number.isFinite(v)) return 'n/a';
  switch (unit) {
    case 'index points': return group(v);
    case 'USD per BTC': return group(v);
    case 'percent': return v.toFixed(2);
    // Rounded first so that a few dollars below zero (the engine's rounding) do not print as "-0B".
    case 'USD': return `$${group(Math.round(v / 1e9) || 0)}B`;
  }
}

/** "inside", or which way the model misses and by how much (bp for rates, % of the figure for prices). */
export function describeVerdict(unit: Unit, v: Verdict, published: number): string {
  if (v.inside) return 'inside';
  if (!Number.isFinite(v.gap)) return 'no model value';
  const dir = v.gap > 0 ? 'model low' : 'model high';
  const a = Math.abs(v.gap);
  switch (unit) {
    case 'percent': return `miss: ${dir} by ${Math.round(a * 100)}bp`;
    case 'USD': return `miss: ${dir} by $${group(a / 1e9)}B`;
    default: return `miss: ${dir} by ${formatValue(unit, a)} (${((a / published) * 100).toFixed(0)}%)`;
  }
}

export interface TableRow {
  series: string;
  date: string;
  published: string;
  model: string;
  result: string;
}

const bandCell = (unit: Unit, b: Band) => [b.p10, b.p50, b.p90].map((x) => formatValue(unit, x)).join(' / ');

/**
 * One row per series and table date that has a published figure. The model is read on the published
 * observation's date (a weekly series' Wednesday), so like is compared with like.
 */
export function seriesRows(series: readonly RealSeries[], dates: readonly string[], runs: readonly RunSeries[]): TableRow[] {
  const rows: TableRow[] = [];
  for (const s of series) {
    for (const date of dates) {
      const pub = publishedAt(s.points, date, s.maxLagDays);
      if (!pub) continue;
      const b = band(runs.map((r) => modelValue(r, s.model, pub.date)));
      const when = pub.date === date ? '' : ` (${pub.date})`;
      rows.push({
        series: s.label, date, published: `${formatValue(s.unit, pub.value)}${when}`,
        model: bandCell(s.unit, b), result: describeVerdict(s.unit, classify(b, pub.value), pub.value),
      });
    }
  }
  return rows;
}

/** One row per annual total. */
export function annualRows(totals: readonly RealAnnual[], runs: readonly RunSeries[]): TableRow[] {
  return totals.map((t) => {
    const b = band(runs.map((r) => annualSum(r, t.column, t.year)));
    const pub = t.low === t.high ? formatValue('USD', t.low) : `${formatValue('USD', t.low).slice(0, -1)}–${formatValue('USD', t.high).slice(1)}`;
    return {
      series: t.label, date: String(t.year), published: `${pub}${t.approx ? ' (approx.)' : ''}`,
      model: bandCell('USD', b), result: describeVerdict('USD', classify(b, t.low, t.high), t.low),
    };
  });
}

export function markdownTable(rows: readonly TableRow[]): string {
  const head = ['series', 'date', 'published', 'model 10% / 50% / 90%', 'result'];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`];
  for (const r of rows) lines.push(`| ${r.series} | ${r.date} | ${r.published} | ${r.model} | ${r.result} |`);
  return lines.join('\n');
}
