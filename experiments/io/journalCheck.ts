// Is a journal record the run it claims to be? A resumed or merged sweep must never mix two
// specs or keep a hand-made line, so each record is checked against the design: a whole run index
// in range and in this shard, the seed and replicate the design gives that index, exactly the
// design's parameter values, a known status, and every kept output present.
import type { ExperimentSpec } from '../spec/schema';
import { runInfo, type Plan } from '../design/expand';
import type { Shard } from './manifest';

export interface RecordExpect {
  spec: ExperimentSpec;
  plan: Plan;
  runCount: number;
  shard: Shard | null;
  metricColumns: readonly string[];
  seriesColumns: readonly string[];
  /** Records may hold metrics beyond metricColumns: those a sweep's metrics callback added. */
  extraMetrics?: boolean;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A value from the file, shortened: a message names what is wrong, it does not replay the file. */
const show = (v: unknown): string => { const t = JSON.stringify(v) ?? String(v); return t.length > 24 ? `${t.slice(0, 24)}…` : t; };
const FIELDS = new Set(['run', 'seed', 'replicate', 'status', 'set', 'metrics', 'series', 'error', 'ms']);
const isMetric = (v: unknown): boolean => v === null || ['number', 'string', 'boolean'].includes(typeof v);

/** The first thing wrong with `rec`, or null when it is a record of this sweep. */
export function recordProblem(rec: unknown, x: RecordExpect): string | null {
  if (!isObj(rec)) return 'not a run record';
  const k = rec.run;
  if (typeof k !== 'number' || !Number.isInteger(k) || k < 0 || k >= x.runCount) return `run ${show(k)} is not a run index of this design (0..${x.runCount - 1})`;
  if (x.shard && k % x.shard.count !== x.shard.index) return `run ${k} is not in shard ${x.shard.index}/${x.shard.count}`;
  const info = runInfo(x.spec, x.plan, k);
  if (rec.seed !== info.seed || rec.replicate !== info.replicate) return `run ${k} has seed ${show(rec.seed)} / replicate ${show(rec.replicate)}, the design gives ${info.seed} / ${info.replicate}`;
  const want = x.plan.points[info.point]!.set;
  const set = rec.set;
  if (!isObj(set)) return `run ${k} has no parameter values`;
  const keys = Object.keys(want);
  if (Object.keys(set).length !== keys.length || keys.some((p) => !Object.hasOwn(set, p) || !Object.is(set[p], want[p])))
    return `run ${k}'s parameter values differ from the design's`;
  if (typeof rec.ms !== 'number') return `run ${k} has no ms field`;
  const extra = Object.keys(rec).find((f) => !FIELDS.has(f));
  if (extra !== undefined) return `run ${k} has an unknown field ${JSON.stringify(extra.slice(0, 40))}`;
  if (rec.status === 'failed') return typeof rec.error === 'string' && rec.metrics === undefined ? null : `failed run ${k} needs an error message and no metrics`;
  if (rec.status !== 'ok') return `run ${k} has an unknown status ${show(rec.status)}`;
  if (rec.error !== undefined) return `run ${k} is ok but carries an error`;
  const m = rec.metrics;
  if (x.metricColumns.length > 0 && !isObj(m)) return `run ${k} has no metrics`;
  // Exactly the kept metrics: a record (or a manifest) cannot add or drop output columns.
  if (isObj(m) && (x.extraMetrics ? Object.keys(m).length < x.metricColumns.length : Object.keys(m).length !== x.metricColumns.length))
    return `run ${k} has other metrics than the sweep keeps`;
  for (const c of x.metricColumns) {
    if (!Object.hasOwn(m as object, c)) return `run ${k} lacks metric ${c}`;
  }
  if (isObj(m)) for (const [c, v] of Object.entries(m)) if (!isMetric(v)) return `run ${k}'s metric ${show(c)} is not a number, string, boolean or null`;
  if (x.seriesColumns.length > 0) {
    const s = rec.series;
    if (!isObj(s) || !Array.isArray(s.day) || !Array.isArray(s.date) || !isObj(s.columns)) return `run ${k} has no series`;
    if (Object.keys(s.columns).length !== x.seriesColumns.length || s.date.length !== s.day.length) return `run ${k} has other series than the sweep keeps`;
    for (const c of x.seriesColumns) {
      const col = s.columns[c];
      if (!Array.isArray(col) || col.length !== s.day.length || !col.every(isMetric)) return `run ${k} lacks series column ${c}`;
    }
  }
  return null;
}
