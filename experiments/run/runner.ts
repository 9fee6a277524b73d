// One run of a sweep, as a pure function of (spec, run index): expand the design, derive the seed,
// run the model, keep the requested outputs. A run that throws becomes a failed record.
import type { ExperimentSpec, Scalar } from '../spec/schema';
import { expandDesign, runInfo } from '../design/expand';
import { createModel, type Metric } from './engine';
import type { MetricDef } from '../spec/metricDef';
import { aggregate } from './aggregate';
import { seriesColumn } from './seriesColumns';
export type { Metric } from './engine';

export interface RunnerInit {
  spec: ExperimentSpec;
  /** The base scenario: a name, or the parsed contents of a scenario file. */
  base: unknown;
  metricColumns: string[];
  seriesColumns: string[];
  /** Spec-defined metrics (their names are also in metricColumns), computed from the series. */
  metricDefs?: MetricDef[];
}

export interface SeriesBlock { day: number[]; date: string[]; columns: Record<string, Metric[]> }

export interface RunRecord {
  run: number;
  seed: number;
  replicate: number;
  status: 'ok' | 'failed';
  set: Record<string, Scalar>;
  metrics?: Record<string, Metric>;
  series?: SeriesBlock;
  error?: string;
  /** Wall time of the run, ms (journal only; never in the tidy outputs, which must be byte-stable). */
  ms: number;
}

/** Non-finite numbers do not survive JSON; they travel as these strings and are decoded on read. */
export const encodeNum = (v: Metric): Metric =>
  typeof v === 'number' && !Number.isFinite(v) ? (Number.isNaN(v) ? 'NaN' : v > 0 ? 'Inf' : '-Inf') : v;

export async function createRunner(init: RunnerInit): Promise<(k: number) => RunRecord> {
  const { spec } = init;
  const plan = expandDesign(spec);
  const model = await createModel(spec, init.base);
  const stride = spec.outputs.series?.stride ?? 1;
  return (k) => {
    const info = runInfo(spec, plan, k);
    const set = plan.points[info.point]!.set;
    const t0 = performance.now();
    const rec: RunRecord = { run: k, seed: info.seed, replicate: info.replicate, status: 'ok', set, ms: 0 };
    try {
      const out = model.run(set, info.seed, spec.days);
      const cols = out.series.columns ?? {};
      const dates = out.series.dates ?? [];
      const defined = new Map((init.metricDefs ?? []).map((d) => [d.name, d]));
      rec.metrics = Object.fromEntries(init.metricColumns.map((m) => {
        const def = defined.get(m);
        const v = def ? aggregate(def, dates, seriesColumn(cols, def.column) ?? []) : out.metrics[m];
        return [m, encodeNum(v ?? null)];
      }));
      if (init.seriesColumns.length > 0) {
        const kept = Object.fromEntries(init.seriesColumns.map((c) => [c, seriesColumn(cols, c) ?? []]));
        const n = kept[init.seriesColumns[0]!]!.length;
        const days: number[] = [];
        for (let d = 0; d < n; d += stride) days.push(d);
        rec.series = {
          day: days,
          date: days.map((d) => out.series.dates?.[d] ?? ''),
          columns: Object.fromEntries(init.seriesColumns.map((c) => [c, days.map((d) => encodeNum(kept[c]![d] ?? null))])),
        };
      }
    } catch (e) {
      rec.status = 'failed';
      rec.error = e instanceof Error ? `${e.name === 'Error' ? '' : `${e.name}: `}${e.message}` : String(e);
      delete rec.metrics;
    }
    rec.ms = performance.now() - t0;
    return rec;
  };
}
