import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, appendFileSync } from 'node:fs';
import { runSweep } from '../../experiments/sweep';
import { mergeSweeps } from '../../experiments/merge';
import { readJournal } from '../../experiments/io/journal';
import { runSeed } from '../../experiments/seeds';
import { UserError } from '../../experiments/cli/errors';
import { cli, cliAsync, tempDir, writeSpec } from './helpers';
import type { ExperimentSpecInput } from '../../experiments/spec/schema';

// A probe sweep with a little work per run, so pooled workers really interleave.
const probeSpec = (extra: object = {}): ExperimentSpecInput => ({
  name: 'probe', model: 'probe', seed: 3, replicates: 2, set: { spin_ms: 2 },
  parameters: [{ path: 'a', min: 0, max: 1 }, { path: 'b', values: [1, 2, 3] }],
  design: { type: 'lhs', samples: 12 },
  outputs: { series: { columns: ['v'], stride: 3 } },
  days: 10,
  ...extra,
} as ExperimentSpecInput);
const files = ['runs.csv', 'runs.parquet', 'runs-series.csv', 'runs-series.parquet'];
const read = (dir: string, which = files) => which.map((f) => readFileSync(`${dir}/${f}`));

describe('runSweep(spec, {workers, shard})', () => {
  it('writes byte-identical outputs for 1, 2 and 4 workers, and for 3 shards merged', async () => {
    const t = tempDir('determinism');
    try {
      const spec = probeSpec();
      for (const w of [1, 2, 4]) await runSweep(spec, { out: `${t.dir}/w${w}`, workers: w });
      for (let i = 0; i < 3; i++) await runSweep(spec, { out: `${t.dir}/s${i}`, workers: i === 1 ? 2 : 1, shard: { index: i, count: 3 } });
      mergeSweeps([2, 0, 1].map((i) => `${t.dir}/s${i}`), { out: `${t.dir}/merged` });
      const ref = read(`${t.dir}/w1`);
      for (const d of ['w2', 'w4', 'merged']) expect(read(`${t.dir}/${d}`)).toEqual(ref);
      const csv = readFileSync(`${t.dir}/w1/runs.csv`, 'utf8').trim().split('\n');
      expect(csv[0]).toBe('run,seed,replicate,a,b,status,value,seedUnit,nested.count,error');
      expect(csv).toHaveLength(25);
      expect(csv[4]!.split(',').slice(0, 3)).toEqual(['3', String(runSeed(3, 3)), '1']);
      expect(readFileSync(`${t.dir}/w1/runs-series.csv`, 'utf8').split('\n')[1]).toMatch(/^0,0,2024-01-01,0$/);
    } finally {
      t.done();
    }
  });

  it('records a run that throws as a failed row with its parameters, seed and error, and goes on', async () => {
    const t = tempDir('failure');
    try {
      const spec = probeSpec({ parameters: [{ path: 'fail', values: [0, 1, 0] }], design: { type: 'grid' }, replicates: 1, outputs: {} });
      for (const w of [1, 2]) {
        const r = await runSweep(spec, { out: `${t.dir}/w${w}`, workers: w });
        expect(r.manifest).toMatchObject({ status: 'complete', done: 3, failed: 1 });
      }
      const rows = readFileSync(`${t.dir}/w1/runs.csv`, 'utf8').trim().split('\n');
      expect(rows[2]).toBe(`1,${runSeed(3, 1)},0,1,failed,,,,probe asked to fail (fail=1)`);
      expect(rows[3]).toMatch(/^2,\d+,0,0,ok,/);
      expect(read(`${t.dir}/w2`, files.slice(0, 2))).toEqual(read(`${t.dir}/w1`, files.slice(0, 2)));
    } finally {
      t.done();
    }
  });

  it('fails only the run whose worker thread died, on a fresh worker', async () => {
    const t = tempDir('crash');
    try {
      const spec = probeSpec({ parameters: [{ path: 'exit_worker', values: [0, 0, 1, 0, 0, 0] }], design: { type: 'grid' }, replicates: 1, outputs: {} });
      const r = await runSweep(spec, { out: t.dir, workers: 2 });
      expect(r.manifest).toMatchObject({ done: 6, failed: 1 });
      const recs = readJournal(`${t.dir}/journal.jsonl`).records;
      expect(recs.get(2)).toMatchObject({ status: 'failed', set: { exit_worker: 1 }, error: 'worker crashed: worker exited with code 7' });
      expect([0, 1, 3, 4, 5].every((k) => recs.get(k)!.status === 'ok')).toBe(true);
    } finally {
      t.done();
    }
  });
});

describe('crowdout sweep --resume', () => {
  it('after kill -9 mid-sweep (and a torn last line), finishes with no run lost or duplicated', async () => {
    const t = tempDir('kill');
    try {
      const spec = writeSpec(t.dir, 'probe', probeSpec({ set: { spin_ms: 20 }, design: { type: 'lhs', samples: 40 } }));
      expect(cli(['sweep', spec, '--out', `${t.dir}/ref`, '--workers', '2', '-q']).code).toBe(0);
      const child = cliAsync(['sweep', spec, '--out', `${t.dir}/k`, '--workers', '2']);
      const journal = `${t.dir}/k/journal.jsonl`;
      await new Promise<void>((resolve, reject) => {
        const poll = setInterval(() => {
          const n = existsSync(journal) ? readFileSync(journal, 'utf8').split('\n').length - 2 : 0; // minus the header line
          if (n >= 15) { clearInterval(poll); child.kill('SIGKILL'); }
        }, 10);
        child.on('exit', (_code, sig) => { clearInterval(poll); sig === 'SIGKILL' ? resolve() : reject(new Error(`sweep ended before the kill (${sig})`)); });
      });
      const before = readJournal(journal).records.size;
      expect(before).toBeGreaterThanOrEqual(15);
      expect(before).toBeLessThan(80);
      appendFileSync(journal, '{"run":79,"seed":12'); // a write cut short
      const r = cli(['sweep', spec, '--out', `${t.dir}/k`, '--workers', '2', '--resume', '-q']);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(read(`${t.dir}/k`)).toEqual(read(`${t.dir}/ref`));
      const j = readJournal(journal);
      expect(j).toMatchObject({ repeats: 0, torn: false });
      expect(j.records.size).toBe(80);
      expect(JSON.parse(readFileSync(`${t.dir}/k/manifest.json`, 'utf8')).timings.sessions).toHaveLength(1);
    } finally {
      t.done();
    }
  });

  it('refuses an existing directory without --resume, and a different spec with it', async () => {
    const t = tempDir('guard');
    try {
      const spec = probeSpec({ set: { spin_ms: 0 } });
      await runSweep(spec, { out: t.dir, workers: 1 });
      await expect(runSweep(spec, { out: t.dir, workers: 1 })).rejects.toThrow(/pass --resume/);
      await expect(runSweep(probeSpec({ seed: 4, set: { spin_ms: 0 } }), { out: t.dir, workers: 1, resume: true })).rejects.toThrow(UserError);
      await expect(runSweep(spec, { out: t.dir, workers: 1, resume: true, shard: { index: 0, count: 2 } })).rejects.toThrow(/resume with the same --shard/);
      const again = await runSweep(spec, { out: t.dir, workers: 1, resume: true }); // nothing left to do
      expect(again.manifest.timings.sessions.at(-1)!.runs).toBe(0);
    } finally {
      t.done();
    }
  });
});

describe('crowdout sweep --shard auto, then merge', () => {
  it('reads SLURM_ARRAY_TASK_ID / JOB_COMPLETION_INDEX and merges to the unsharded result', async () => {
    const t = tempDir('auto');
    try {
      const raw = probeSpec({ set: { spin_ms: 0 } });
      const spec = writeSpec(t.dir, 'p', raw);
      await runSweep(raw, { out: `${t.dir}/all`, workers: 1 });
      expect(cli(['sweep', spec, '--out', `${t.dir}/s0`, '--shard', 'auto', '-w', '1', '-q'], { SLURM_ARRAY_TASK_ID: '0', SLURM_ARRAY_TASK_COUNT: '2' }).code).toBe(0);
      expect(cli(['sweep', spec, '--out', `${t.dir}/s{shard}`, '--shard', 'auto/2', '-w', '1', '-q'], { JOB_COMPLETION_INDEX: '1' }).code).toBe(0);
      expect(() => mergeSweeps([`${t.dir}/s0`], { out: `${t.dir}/m0` })).toThrow(/12 of 24 runs are missing: 1,3,5.*shards 1 of 2/);
      expect(() => mergeSweeps([`${t.dir}/s0`, `${t.dir}/s0`], { out: `${t.dir}/m1` })).toThrow(/more than once/);
      const m = cli(['merge', `${t.dir}/s0`, `${t.dir}/s0001`, '--out', `${t.dir}/m`]);
      expect(m.code).toBe(0);
      expect(read(`${t.dir}/m`)).toEqual(read(`${t.dir}/all`));
    } finally {
      t.done();
    }
  });
});
