import { describe, expect, it } from 'vitest';
import { parquetReadObjects } from 'hyparquet';
import { runsTable, toCsv, toParquet } from '../../experiments/io/tables';
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
});
