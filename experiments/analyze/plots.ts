// `analyze --plots DIR`: SVG figures of an analysis, in the look of check-model's figures
// (validation/svg.ts): Sobol indices as bars with their intervals, Morris μ*–σ, PAWN medians,
// per-point responses with a ±1 sd band for grid, list and lhs designs, and envelopes (median,
// 25–75% and 5–95% of runs) of every kept series. Returns file name -> SVG text.
import type { Column } from '../io/tables';
import type { RunRecord } from '../run/runner';
import { readFileSync } from 'node:fs';
import { validateSpec } from '../spec/load';
import { expandDesign, type Plan } from '../design/expand';
import { readJournal } from '../io/journal';
import { readManifest } from '../io/manifest';
import { barChart, chart, type Series } from '../validation/svg';
import { quantile } from './bootstrap';
import type { AnalyzeResult } from './index';

/** A metric or column name as a file-name part. */
export const fileSafe = (s: string): string => s.replace(/[^A-Za-z0-9_.-]+/g, '_');

const get = (cols: readonly Column[], name: string): unknown[] => cols.find((c) => c.name === name)?.values ?? [];
const nums = (vs: unknown[]): number[] => vs.map((v) => (typeof v === 'number' ? v : Number.NaN));

/** Rows of a per-metric, per-parameter table, grouped by metric. */
function byMetric(cols: readonly Column[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  get(cols, 'metric').forEach((m, i) => { const k = String(m); out.set(k, [...(out.get(k) ?? []), i]); });
  return out;
}

function indexPlots(r: AnalyzeResult): Record<string, string> {
  const out: Record<string, string> = {};
  const param = get(r.columns, 'parameter').map(String);
  const pick = (name: string, rows: number[]) => rows.map((i) => nums(get(r.columns, name))[i]!);
  for (const [m, rows] of byMetric(r.columns)) {
    const ps = rows.map((i) => param[i]!);
    if (r.kind === 'sobol') {
      out[`sobol-${fileSafe(m)}.svg`] = barChart(ps, [
        { name: 'S1 (first order)', values: pick('S1', rows), lo: pick('S1_lo', rows), hi: pick('S1_hi', rows) },
        { name: 'ST (total)', values: pick('ST', rows), lo: pick('ST_lo', rows), hi: pick('ST_hi', rows) },
      ], { title: `Sobol indices of ${m} (whiskers: bootstrap interval)`, yLabel: 'share of variance', hlines: [{ y: 1 }] });
    } else if (r.kind === 'pawn') {
      out[`pawn-${fileSafe(m)}.svg`] = barChart(ps, [
        { name: 'PAWN median KS', values: pick('median', rows), lo: pick('median_lo', rows), hi: pick('median_hi', rows) },
        { name: 'max KS', values: pick('max', rows) },
      ], { title: `PAWN indices of ${m}`, yLabel: 'KS distance', yDomain: [0, 1] });
    } else if (r.kind === 'morris') {
      const mu = pick('mu_star', rows), sigma = pick('sigma', rows);
      const top = Math.max(0, ...mu.filter(Number.isFinite), ...sigma.filter(Number.isFinite));
      const pts: Series = { name: 'parameters', x: mu, y: sigma, kind: 'points', labels: ps };
      out[`morris-${fileSafe(m)}.svg`] = chart([pts, { name: 'σ = μ*', x: [0, top], y: [0, top], color: '#888', dashed: true }], {
        title: `Morris screening of ${m}`, xLabel: 'μ* (mean |elementary effect|)', yLabel: 'σ (spread of effects)',
      });
    }
  }
  return out;
}

/** Per design point: mean with a ±1 sd band, against the first parameter when it is numeric (one line per level of the others), else against the point. */
function responsePlots(r: AnalyzeResult, plan: Plan): Record<string, string> {
  const out: Record<string, string> = {};
  const params = plan.paramColumns;
  const P = plan.points.length;
  const first = params[0];
  const xNumeric = first !== undefined && plan.points.every((p) => typeof p.set[first] === 'number');
  const groupKey = (p: number) => params.slice(1).map((c) => `${c}=${String(plan.points[p]!.set[c] ?? '')}`).join(', ');
  const groups = new Map<string, number[]>();
  for (let p = 0; p < P; p++) groups.set(xNumeric ? groupKey(p) : '', [...(groups.get(xNumeric ? groupKey(p) : '') ?? []), p]);
  const asLines = xNumeric && groups.size <= 8;
  const labels = plan.points.map((p, i) => String(p.info.label ?? i));
  for (const c of r.columns) {
    if (!c.name.endsWith('.mean')) continue;
    const m = c.name.slice(0, -5);
    const mean = nums(c.values), sd = nums(get(r.columns, `${m}.sd`));
    const lo = mean.map((v, i) => (Number.isFinite(sd[i]!) ? v - sd[i]! : v)), hi = mean.map((v, i) => (Number.isFinite(sd[i]!) ? v + sd[i]! : v));
    let series: Series[];
    let xLabel: string;
    let xTickFormat: ((v: number) => string) | undefined;
    if (asLines) {
      series = [...groups.entries()].map(([k, ps]) => {
        const sorted = [...ps].sort((a, b) => (plan.points[a]!.set[first!] as number) - (plan.points[b]!.set[first!] as number));
        return { name: k || m, x: sorted.map((p) => plan.points[p]!.set[first!] as number), y: sorted.map((p) => mean[p]!),
          band: { lo: sorted.map((p) => lo[p]!), hi: sorted.map((p) => hi[p]!) } };
      });
      xLabel = first!;
    } else {
      const idx = Array.from({ length: P }, (_, i) => i);
      series = [{ name: `${m} (mean ± sd)`, x: idx, y: mean, band: { lo, hi }, kind: P > 40 ? 'points' : 'line' }];
      xLabel = 'design point';
      xTickFormat = (v) => (Number.isInteger(v) ? labels[v] ?? '' : '');
    }
    out[`response-${fileSafe(m)}.svg`] = chart(series, { title: `${m} per design point (line: mean over replicates; band: ±1 sd)`, xLabel, yLabel: m, xTickFormat });
  }
  return out;
}

/** Median and 25–75% / 5–95% envelopes over ok runs of each kept series column, by day. */
export function seriesEnvelopes(recs: Iterable<RunRecord>, columns: readonly string[]): Record<string, string> {
  const ok = [...recs].filter((r) => r.status === 'ok' && r.series).sort((a, b) => a.run - b.run);
  const out: Record<string, string> = {};
  if (ok.length === 0) return out;
  const days = ok[0]!.series!.day, dates = ok[0]!.series!.date;
  const num = (v: unknown) => (typeof v === 'number' ? v : v === 'Inf' ? Infinity : v === '-Inf' ? -Infinity : Number.NaN);
  for (const c of columns) {
    const q = (p: number) => days.map((_, i) => quantile(ok.map((r) => num(r.series!.columns[c]?.[i])).filter(Number.isFinite).sort((a, b) => a - b), p));
    const x = days.map((d) => d);
    const short = (days.at(-1)! - days[0]!) < 190; // full dates on short runs, year-month on long ones
    const color = '#1f77b4';
    out[`series-${fileSafe(c)}.svg`] = chart([
      { name: `median of ${ok.length} runs`, x, y: q(0.5), color, band: { lo: q(0.05), hi: q(0.95), opacity: 0.12 } },
      { name: 'bands: 25–75%, 5–95%', x, y: q(0.5), color, band: { lo: q(0.25), hi: q(0.75), opacity: 0.25 } },
    ], {
      title: `${c}: median, 25–75% and 5–95% of runs`, yLabel: c,
      xTickFormat: (v) => dates[Math.max(0, Math.min(days.length - 1, Math.round(v / Math.max(1, (days[1] ?? 1) - days[0]!))))]?.slice(0, short ? 10 : 7) ?? '',
    });
  }
  return out;
}

/** The figures for an analysis of the sweep in `dir`. */
export function analysisPlots(dir: string, r: AnalyzeResult): Record<string, string> {
  const { spec } = validateSpec(JSON.parse(readFileSync(`${dir}/spec.json`, 'utf8')), `${dir}/spec.json`);
  const recs = readJournal(`${dir}/journal.jsonl`).records.values();
  return {
    ...(r.kind === 'summary' ? responsePlots(r, expandDesign(spec)) : indexPlots(r)),
    ...seriesEnvelopes(recs, readManifest(dir).seriesColumns),
  };
}
