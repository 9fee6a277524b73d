// The tidy outputs: one row per run (runs.csv / runs.parquet) and, when series are requested,
// one row per run and recorded day (runs-series.csv / runs-series.parquet). Rows are sorted by
// run index and nothing time- or placement-dependent is written, so the files are byte-identical
// for any number of workers or shards.
import { parquetWriteBuffer } from 'hyparquet-writer';
import type { Plan } from '../design/expand';
import type { RunRecord } from '../run/runner';
import type { Metric } from '../run/engine';
import { writeFileAtomic } from './atomic';

type Kind = 'INT64' | 'DOUBLE' | 'BOOLEAN' | 'STRING' | 'DATE';
export interface Column { name: string; kind: Kind; values: Metric[] }

const NONFINITE: Record<string, number> = { NaN: Number.NaN, Inf: Infinity, '-Inf': -Infinity };
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Column type from its values: whole numbers -> INT64, other numbers (and NaN/Inf markers) ->
 * DOUBLE, booleans -> BOOLEAN, ISO dates (argmax metrics, series dates) -> DATE, else STRING.
 * All-null columns are DOUBLE. The CSV is the same text whatever the type.
 */
function inferKind(values: Metric[]): Kind {
  let num = true, int = true, bool = true, date = true, any = false;
  for (const v of values) {
    if (v === null) continue;
    any = true;
    const isNum = typeof v === 'number' || (typeof v === 'string' && v in NONFINITE);
    if (!isNum) num = false;
    if (!(typeof v === 'number' && Number.isSafeInteger(v))) int = false;
    if (typeof v !== 'boolean') bool = false;
    if (!(typeof v === 'string' && ISO_DATE.test(v))) date = false;
  }
  if (!any) return 'DOUBLE';
  return num ? (int ? 'INT64' : 'DOUBLE') : bool ? 'BOOLEAN' : date ? 'DATE' : 'STRING';
}

function column(name: string, values: Metric[], kind?: Kind): Column {
  const k = kind ?? inferKind(values);
  if (k === 'DOUBLE') values = values.map((v) => (typeof v === 'string' ? NONFINITE[v]! : v));
  if (k === 'STRING') values = values.map((v) => (v === null ? null : String(v)));
  return { name, kind: k, values };
}

export function runsTable(plan: Plan, metricColumns: string[], recs: readonly RunRecord[]): Column[] {
  const info = (r: RunRecord) => plan.points[Math.floor(r.run / plan.replicates)]!.info;
  return [
    column('run', recs.map((r) => r.run), 'INT64'),
    column('seed', recs.map((r) => r.seed), 'INT64'),
    column('replicate', recs.map((r) => r.replicate), 'INT64'),
    ...plan.designColumns.map((c) => column(c, recs.map((r) => info(r)[c] ?? null))),
    ...plan.paramColumns.map((c) => column(c, recs.map((r) => r.set[c] ?? null))),
    column('status', recs.map((r) => r.status), 'STRING'),
    ...metricColumns.map((m) => column(m, recs.map((r) => r.metrics?.[m] ?? null))),
    column('error', recs.map((r) => r.error ?? null), 'STRING'),
  ];
}

export function seriesTable(seriesColumns: string[], recs: readonly RunRecord[]): Column[] {
  const run: Metric[] = [], day: Metric[] = [], date: Metric[] = [];
  const cols = seriesColumns.map(() => [] as Metric[]);
  for (const r of recs) {
    if (!r.series) continue;
    r.series.day.forEach((d, i) => {
      run.push(r.run); day.push(d); date.push(r.series!.date[i] ?? null);
      seriesColumns.forEach((c, j) => cols[j]!.push(r.series!.columns[c]?.[i] ?? null));
    });
  }
  return [
    column('run', run, 'INT64'), column('day', day, 'INT64'), column('date', date, date.every((d) => d === null || ISO_DATE.test(String(d))) ? 'DATE' : 'STRING'),
    ...seriesColumns.map((c, j) => column(c, cols[j]!, 'DOUBLE')),
  ];
}

function csvCell(v: Metric): string {
  if (v === null) return '';
  if (typeof v === 'number') return Number.isNaN(v) ? 'NaN' : v === Infinity ? 'Inf' : v === -Infinity ? '-Inf' : String(v);
  const s = String(v);
  return /[",\n\r]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(cols: readonly Column[]): string {
  const n = cols[0]?.values.length ?? 0;
  const lines = [cols.map((c) => csvCell(c.name)).join(',')];
  for (let i = 0; i < n; i++) lines.push(cols.map((c) => csvCell(c.values[i]!)).join(','));
  return `${lines.join('\n')}\n`;
}

const DAY_MS = 86_400_000;
const epochDay = (v: Metric): number | null => (v === null ? null : Math.round(Date.parse(`${String(v)}T00:00:00Z`) / DAY_MS));

export function toParquet(cols: readonly Column[], kv: Record<string, string>): Uint8Array {
  const buf = parquetWriteBuffer({
    columnData: cols.map((c) => ({
      name: c.name,
      data: c.kind === 'INT64' ? c.values.map((v) => (v === null ? null : BigInt(v as number)))
        : c.kind === 'DATE' ? c.values.map(epochDay) : c.values,
    })),
    // Written out so dates are DATE (days since 1970-01-01, INT32) for every reader.
    schema: [
      { name: 'root', num_children: cols.length },
      ...cols.map((c) => c.kind === 'DATE'
        ? { name: c.name, type: 'INT32' as const, converted_type: 'DATE' as const, logical_type: { type: 'DATE' as const }, repetition_type: 'OPTIONAL' as const }
        : c.kind === 'STRING'
          ? { name: c.name, type: 'BYTE_ARRAY' as const, converted_type: 'UTF8' as const, repetition_type: 'OPTIONAL' as const }
          : { name: c.name, type: c.kind, repetition_type: 'OPTIONAL' as const }),
    ],
    kvMetadata: Object.entries(kv).map(([key, value]) => ({ key, value })),
    createdBy: 'crowdout sweep',
  });
  return new Uint8Array(buf);
}

/** Key-value metadata of the Parquet files: what is needed to reproduce them. */
export function provenance(m: { specHash: string; scenarioHash: string | null; masterSeed: number; crowdoutVersion: string; gitCommit: string | null; gitDirty: boolean | null }): Record<string, string> {
  return {
    specHash: m.specHash, scenarioHash: m.scenarioHash ?? '', masterSeed: String(m.masterSeed),
    crowdoutVersion: m.crowdoutVersion, gitCommit: m.gitCommit ?? '', gitDirty: String(m.gitDirty ?? ''),
  };
}

/** Write runs.{csv,parquet} (and runs-series.* when series were kept) into `dir`. Returns the file names. */
export function writeTables(dir: string, plan: Plan, metricColumns: string[], seriesColumns: string[],
  recs: readonly RunRecord[], kv: Record<string, string>): string[] {
  const sorted = [...recs].sort((a, b) => a.run - b.run);
  const runs = runsTable(plan, metricColumns, sorted);
  writeFileAtomic(`${dir}/runs.csv`, toCsv(runs));
  writeFileAtomic(`${dir}/runs.parquet`, toParquet(runs, kv));
  const files = ['runs.csv', 'runs.parquet'];
  if (seriesColumns.length > 0) {
    const s = seriesTable(seriesColumns, sorted);
    writeFileAtomic(`${dir}/runs-series.csv`, toCsv(s));
    writeFileAtomic(`${dir}/runs-series.parquet`, toParquet(s, kv));
    files.push('runs-series.csv', 'runs-series.parquet');
  }
  return files;
}
