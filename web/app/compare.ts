// Compare mode's numbers: per-seed runs reduced to a median and a 10–90% band per day, for a
// fixed set of metrics (some derived: rebased prices, cumulative flows). Pure functions.
import { quantileSorted } from 'd3';
import type { Summary } from '../../sim/api-types';
import { TRIGGERS } from '../../sim/ids';
import type { Unit } from '../format';
import type { BatchResult } from './types';

export interface Metric { key: string; label: string; unit: Unit; columns: string[]; derive: (c: Record<string, Float64Array>) => Float64Array }

const raw = (col: string) => (c: Record<string, Float64Array>) => c[col] ?? new Float64Array(0);
const rebased = (col: string) => (c: Record<string, Float64Array>) => {
  const v = c[col] ?? new Float64Array(0); const p0 = v[0] ?? 1;
  return v.map((x) => (100 * x) / p0);
};
const cumsum = (cols: string[]) => (c: Record<string, Float64Array>) => {
  const n = c[cols[0]!]?.length ?? 0; const out = new Float64Array(n); let acc = 0;
  for (let i = 0; i < n; i++) { for (const k of cols) acc += c[k]![i]!; out[i] = acc; }
  return out;
};

const px = (a: string, label: string): Metric => ({ key: `px.${a}`, label: `${label} price (start = 100)`, unit: 'index', columns: [`price.${a}`], derive: rebased(`price.${a}`) });
const flowCum = (cls: string, label: string): Metric => ({ key: `flowcum.${cls}`, label: `${label}: cumulative net buying`, unit: 'usd', columns: [`flow.${cls}`], derive: cumsum([`flow.${cls}`]) });

export const METRICS: Metric[] = [
  { key: 'idle', label: 'Idle money', unit: 'usd', columns: ['idle.total'], derive: raw('idle.total') },
  { key: 'coc', label: 'Cost of capital', unit: 'rate', columns: ['rate.costOfCapital'], derive: raw('rate.costOfCapital') },
  { key: 'y10', label: '10y Treasury yield', unit: 'rate', columns: ['rate.treasury10y'], derive: raw('rate.treasury10y') },
  { key: 'ig', label: 'IG credit spread', unit: 'spread', columns: ['spread.ig_credit'], derive: raw('spread.ig_credit') },
  { key: 'hy', label: 'HY credit spread', unit: 'spread', columns: ['spread.hy_credit'], derive: raw('spread.hy_credit') },
  px('ai_hardware', 'AI hardware'), px('broad_equity', 'Broad equity'), px('saas', 'SaaS'), px('crypto', 'Crypto'), px('speculative', 'Speculative'),
  { key: 'forced', label: 'Forced sales, cumulative', unit: 'usd', columns: TRIGGERS.map((t) => `forced.${t}`), derive: cumsum(TRIGGERS.map((t) => `forced.${t}`)) },
  flowCum('sovereign', 'Sovereign funds'), flowCum('vol_target', 'Vol-target funds'), flowCum('cta', 'CTAs'), flowCum('buyback', 'Buybacks'),
  { key: 'capex', label: 'Capex spent, cumulative', unit: 'usd', columns: ['capex.cumulative'], derive: raw('capex.cumulative') },
];

export const METRIC_COLUMNS = [...new Set(METRICS.flatMap((m) => m.columns))];

export interface Band { med: Float64Array; lo: Float64Array; hi: Float64Array }

/** Median and 10th/90th percentile per row across runs (rows beyond a run's length are skipped). */
export function band(series: Float64Array[]): Band {
  const n = Math.max(0, ...series.map((s) => s.length));
  const med = new Float64Array(n), lo = new Float64Array(n), hi = new Float64Array(n);
  const buf: number[] = [];
  for (let i = 0; i < n; i++) {
    buf.length = 0;
    for (const s of series) { const v = s[i]; if (v !== undefined && Number.isFinite(v)) buf.push(v); }
    buf.sort((a, b) => a - b);
    med[i] = buf.length ? quantileSorted(buf, 0.5)! : NaN;
    lo[i] = buf.length ? quantileSorted(buf, 0.1)! : NaN;
    hi[i] = buf.length ? quantileSorted(buf, 0.9)! : NaN;
  }
  return { med, lo, hi };
}

export interface SideResult { label: string; runs: BatchResult[]; bands: Record<string, Band> }

export function reduceSide(label: string, runs: BatchResult[]): SideResult {
  const bands: Record<string, Band> = {};
  for (const m of METRICS) bands[m.key] = band(runs.map((r) => m.derive(r.columns)));
  return { label, runs, bands };
}

const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s.length ? quantileSorted(s, 0.5)! : NaN; };

/** Headline numbers per side for the comparison table. */
export function headline(runs: BatchResult[]) {
  const sums: Summary[] = runs.map((r) => r.summary);
  const ex = sums.map((s) => s.exhaustionDay).filter((d): d is number => d !== null);
  const dates = runs[0]?.dates ?? [];
  return {
    exhaustedShare: sums.length ? ex.length / sums.length : 0,
    exhaustionDate: ex.length ? dates[Math.round(median(ex))] ?? null : null,
    peakCoc: median(sums.map((s) => s.rates.costOfCapital.peak)),
    peak10y: median(sums.map((s) => s.rates.treasury10y.peak)),
    peakHy: median(sums.map((s) => s.rates.hySpread.peak)),
    forced: median(sums.map((s) => s.cascades.forcedSalesUsd)),
    cascades: median(sums.map((s) => s.cascades.count)),
    maxRounds: median(sums.map((s) => s.cascades.maxRounds)),
    drawdown: Object.fromEntries(Object.keys(sums[0]?.assets ?? {}).map((a) => [a, median(sums.map((s) => s.assets[a as keyof Summary['assets']].maxDrawdown))])),
    totalReturn: Object.fromEntries(Object.keys(sums[0]?.assets ?? {}).map((a) => [a, median(sums.map((s) => s.assets[a as keyof Summary['assets']].totalReturn))])),
  };
}
