// The `metrics(run)` callback of runSweep: metrics computed in the caller's own code from what a
// run kept (its parameters, seed, metrics and kept series). It runs on the main thread as each
// record arrives, before the record is journaled, so resumed sweeps keep what it returned.
import type { Scalar } from '../spec/schema';
import type { Metric } from './engine';
import { encodeNum, type RunRecord, type SeriesBlock } from './runner';

export interface SweepRun {
  run: number;
  seed: number;
  replicate: number;
  /** The varied parameters of this run, by dotted path. */
  set: Readonly<Record<string, Scalar>>;
  /** The metrics the spec keeps (summary and spec-defined), by name; NaN and ±Infinity as numbers. */
  metrics: Readonly<Record<string, Metric>>;
  /** The series the spec keeps (outputs.series), one value per recorded day; absent when none is kept. */
  series?: Readonly<SeriesBlock>;
}

/** Returns the metrics to add to the run's row; a throw fails the run with the message. */
export type MetricsCallback = (run: SweepRun) => Record<string, Metric>;

const decode = (v: Metric): Metric => (v === 'NaN' ? Number.NaN : v === 'Inf' ? Infinity : v === '-Inf' ? -Infinity : v);

/** The record with the callback's metrics added (or turned into a failed run when it throws or reuses a name). */
export function applyMetricsCallback(rec: RunRecord, fn: MetricsCallback): RunRecord {
  if (rec.status !== 'ok') return rec;
  const metrics = Object.fromEntries(Object.entries(rec.metrics ?? {}).map(([k, v]) => [k, decode(v)]));
  const series = rec.series && {
    ...rec.series, columns: Object.fromEntries(Object.entries(rec.series.columns).map(([k, v]) => [k, v.map(decode)])),
  };
  try {
    const extra = fn({ run: rec.run, seed: rec.seed, replicate: rec.replicate, set: rec.set, metrics, ...(series ? { series } : {}) });
    if (extra === null || typeof extra !== 'object' || Array.isArray(extra)) throw new Error('it must return an object of metric values');
    for (const [k, v] of Object.entries(extra)) {
      if (k in metrics) throw new Error(`it returned "${k}", which the spec already keeps`);
      if (!(v === null || ['number', 'string', 'boolean'].includes(typeof v))) throw new Error(`"${k}" is not a number, string, boolean or null`);
    }
    return { ...rec, metrics: { ...rec.metrics, ...Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, encodeNum(v)])) } };
  } catch (e) {
    const { metrics: _m, series: _s, ...rest } = rec;
    return { ...rest, status: 'failed', error: `metrics callback: ${(e as Error).message ?? String(e)}` };
  }
}

/** Metric names the callback added, in order of first appearance by run index (so outputs are worker-independent). */
export function callbackColumns(recs: readonly RunRecord[], specColumns: readonly string[]): string[] {
  const known = new Set(specColumns), out: string[] = [];
  for (const r of [...recs].sort((a, b) => a.run - b.run)) for (const k of Object.keys(r.metrics ?? {})) if (!known.has(k)) { known.add(k); out.push(k); }
  return out;
}
