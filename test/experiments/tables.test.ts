import { describe, expect, it } from 'vitest';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { provenance, runsTable, seriesTable, toCsv, toParquet } from '../../experiments/io/tables';
import type { Plan } from '../../experiments/design/expand';
import type { RunRecord } from '../../experiments/run/runner';

const plan: Plan = { points: [{ set: { a: 1, s: 'x,y' }, info: { label: 'p "q"' } }], replicates: 3, runCount: 3, paramColumns: ['a', 's'], designColumns: ['label'] };
const rec = (run: number, m: RunRecord['metrics'], status: RunRecord['status'] = 'ok', error?: string): RunRecord =>
  ({ run, seed: 10 + run, replicate: run, status, set: plan.points[0]!.set, metrics: m, error, ms: 1 });
const recs = [
  rec(0, { x: 1.5, day: null, name: 'a' }),
  rec(1, { x: 'NaN', day: 3, name: null }),
  rec(2, undefined, 'failed', 'boom\nline 2'),
];

describe('runsTable / toCsv / toParquet', () => {
  it('writes NaN and Inf markers as numbers, nulls as empty cells, and quotes text with commas, quotes or newlines', () => {
    const csv = toCsv(runsTable(plan, ['x', 'day', 'name'], recs));
    expect(csv).toBe([
      'run,seed,replicate,label,a,s,status,x,day,name,error',
      '0,10,0,"p ""q""",1,"x,y",ok,1.5,,a,',
      '1,11,1,"p ""q""",1,"x,y",ok,NaN,3,,',
      '2,12,2,"p ""q""",1,"x,y",failed,,,,"boom\nline 2"',
    ].join('\n') + '\n');
  });
  it('types Parquet columns (INT64 indices, DOUBLE metrics with NaN, STRING text) and reads back equal', async () => {
    const buf = toParquet(runsTable(plan, ['x', 'day', 'name'], recs), { specHash: 'abc' });
    const rows = await parquetReadObjects({ file: buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer });
    expect(rows.map((r) => Number(r.run))).toEqual([0, 1, 2]);
    expect(rows[0]!.x).toBe(1.5);
    expect(Number.isNaN(rows[1]!.x)).toBe(true);
    expect(rows[2]!.x).toBeNull();
    expect(rows.map((r) => r.name)).toEqual(['a', null, null]);
    expect(rows[2]!.error).toBe('boom\nline 2');
    expect(rows[0]!.s).toBe('x,y');
  });
  it('stores whole-number metrics as INT64, ISO dates as DATE, and the provenance as key-value metadata', async () => {
    const rs = [rec(0, { x: 1.5, day: 4, peak: '2025-03-01' }), rec(1, { x: 2, day: null, peak: '2026-12-31' })];
    const kv = provenance({ specHash: 'abc', scenarioHash: null, masterSeed: 42, crowdoutVersion: '9.9.9', gitCommit: 'deadbeef', gitDirty: false });
    const buf = toParquet(runsTable(plan, ['x', 'day', 'peak'], rs), kv);
    const ab = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
    const meta = parquetMetadata(ab);
    const el = (n: string) => meta.schema.find((e) => e.name === n)!;
    expect(el('x').type).toBe('DOUBLE');
    expect(el('day').type).toBe('INT64');
    expect([el('peak').type, el('peak').converted_type]).toEqual(['INT32', 'DATE']);
    expect(Object.fromEntries((meta.key_value_metadata ?? []).map((e) => [e.key, e.value]))).toMatchObject({ masterSeed: '42', gitCommit: 'deadbeef', crowdoutVersion: '9.9.9', specHash: 'abc' });
    const rows = await parquetReadObjects({ file: ab });
    expect(rows.map((r) => new Date(r.peak as Date).toISOString().slice(0, 10))).toEqual(['2025-03-01', '2026-12-31']);
    expect(rows.map((r) => (r.day === null ? null : Number(r.day)))).toEqual([4, null]);
    const series = seriesTable(['v'], [{ ...rs[0]!, series: { day: [0, 1], date: ['2024-01-01', '2024-01-02'], columns: { v: [1, 2] } } }]);
    expect(series.find((c) => c.name === 'date')!.kind).toBe('DATE');
    expect(toCsv(series).split('\n')[2]).toBe('0,1,2024-01-02,2');
  });
});

