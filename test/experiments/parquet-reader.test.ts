// The Parquet files read by an independent reader (DuckDB, not the hyparquet family that writes
// them): every cell equals the CSV's, integers are BIGINT, dates DATE, and the key-value metadata
// carries the provenance.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';
import { runSweep } from '../../experiments/sweep';
import { tempDir } from './helpers';

const csvRows = (text: string): string[][] => text.trim().split('\n').map((l) => l.split(','));

/** A CSV cell and a DuckDB value are the same datum. */
function same(csv: string, v: unknown): boolean {
  if (v === null || v === undefined) return csv === '';
  if (typeof v === 'number') return csv === 'NaN' ? Number.isNaN(v) : csv === 'Inf' ? v === Infinity : csv === '-Inf' ? v === -Infinity : Number(csv) === v;
  if (typeof v === 'bigint') return BigInt(csv) === v;
  if (typeof v === 'boolean') return csv === String(v);
  return csv === String(v);
}

describe('runs.parquet and runs-series.parquet read with DuckDB', () => {
  it('match the CSV cell for cell, with BIGINT, DOUBLE, DATE and VARCHAR columns and provenance metadata', async () => {
    const t = tempDir('duckdb');
    try {
      await runSweep({
        name: 'duck', model: 'probe', seed: 7, days: 12, replicates: 2,
        parameters: [{ path: 'a', min: 0, max: 1, levels: 3 }, { path: 'kind', values: ['x', 'y'] }, { path: 'fail', values: [0, 1] }],
        design: { type: 'grid' },
        outputs: {
          metrics: ['value', 'nested.count', { name: 'peak', column: 'v', agg: 'argmax' }, { name: 'late', column: 'v', agg: 'sum', from: '2030-01-01' }],
          series: { columns: ['v', 'cum.v'], stride: 4 },
        },
      }, { out: t.dir, workers: 1 });
      const db = await DuckDBInstance.create(':memory:');
      const con = await db.connect();
      for (const [file, csv] of [['runs.parquet', 'runs.csv'], ['runs-series.parquet', 'runs-series.csv']]) {
        const rows = csvRows(readFileSync(`${t.dir}/${csv}`, 'utf8'));
        const reader = await con.runAndReadAll(`SELECT * FROM read_parquet('${t.dir}/${file}')`);
        expect(reader.columnNames()).toEqual(rows[0]);
        const values = reader.getRows();
        expect(values).toHaveLength(rows.length - 1);
        let mismatches = 0;
        values.forEach((row, i) => row.forEach((v, j) => {
          const cell = v !== null && typeof v === 'object' ? String(v) : v; // DuckDB DATE values print as YYYY-MM-DD
          if (!same(rows[i + 1]![j]!, cell)) mismatches++;
        }));
        expect(mismatches, file).toBe(0);
      }
      const types = Object.fromEntries((await con.runAndReadAll(`DESCRIBE SELECT * FROM '${t.dir}/runs.parquet'`)).getRowObjectsJson()
        .map((r) => [String(r.column_name), String(r.column_type)]));
      expect(types).toMatchObject({ run: 'BIGINT', seed: 'BIGINT', a: 'DOUBLE', kind: 'VARCHAR', fail: 'BIGINT', value: 'DOUBLE', 'nested.count': 'BIGINT', peak: 'DATE', status: 'VARCHAR' });
      const seriesTypes = (await con.runAndReadAll(`DESCRIBE SELECT * FROM '${t.dir}/runs-series.parquet'`)).getRowObjectsJson().map((r) => String(r.column_type));
      expect(seriesTypes).toEqual(['BIGINT', 'BIGINT', 'DATE', 'DOUBLE', 'DOUBLE']);
      const kv = Object.fromEntries((await con.runAndReadAll(`SELECT key::VARCHAR AS k, value::VARCHAR AS v FROM parquet_kv_metadata('${t.dir}/runs.parquet')`))
        .getRowObjectsJson().map((r) => [String(r.k), String(r.v)]));
      const manifest = JSON.parse(readFileSync(`${t.dir}/manifest.json`, 'utf8')) as { specHash: string; masterSeed: number; gitCommit: string | null };
      expect(kv).toMatchObject({ specHash: manifest.specHash, masterSeed: '7', gitCommit: manifest.gitCommit ?? '' });
      con.closeSync();
    } finally {
      t.done();
    }
  });
});
