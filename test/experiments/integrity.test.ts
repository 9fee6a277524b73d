// Damaged and mixed sweep directories (issue 11): a resume or merge must never mix two specs or
// keep a record that is not a run of the design, and a non-empty --out is never overwritten by
// accident. Each repro from the issue is one case; all run the in-process API on the probe model.
import { appendFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runSweep } from '../../experiments/sweep';
import { mergeSweeps } from '../../experiments/merge';
import { analyzeSweep } from '../../experiments/analyze/index';
import { readJournal } from '../../experiments/io/journal';
import { UserError } from '../../experiments/cli/errors';
import { tempDir } from './helpers';
import type { ExperimentSpecInput } from '../../experiments/spec/schema';

const spec = (seed: number, extra: object = {}): ExperimentSpecInput => ({
  name: 'probe', model: 'probe', seed, replicates: 1,
  parameters: [{ path: 'a', min: 0, max: 1 }], design: { type: 'lhs', samples: 40 }, days: 3, ...extra,
} as ExperimentSpecInput);
const A = spec(1), B = spec(2);

/** Rejects with a one-line UserError whose message matches `re`. */
async function refused(p: Promise<unknown> | (() => unknown), re: RegExp): Promise<void> {
  let err: unknown;
  try { await (typeof p === 'function' ? p() : p); } catch (e) { err = e; }
  expect(err, 'expected a refusal').toBeInstanceOf(UserError);
  expect((err as Error).message).toMatch(re);
  expect((err as Error).message).not.toContain('\n');
}

const lines = (f: string) => readFileSync(f, 'utf8').trimEnd().split('\n');

describe('resume', () => {
  it('refuses a directory whose manifest was removed, and one whose manifest was swapped for another spec', async () => {
    const t = tempDir('mix');
    try {
      await runSweep(A, { out: `${t.dir}/a`, workers: 1 });
      await runSweep(B, { out: `${t.dir}/b`, workers: 1 });
      rmSync(`${t.dir}/a/manifest.json`);
      await refused(runSweep(B, { out: `${t.dir}/a`, workers: 1, resume: true }), /no manifest\.json/);
      // B's manifest beside A's journal: the journal header still names A's spec.
      writeFileSync(`${t.dir}/a/manifest.json`, readFileSync(`${t.dir}/b/manifest.json`));
      await refused(runSweep(B, { out: `${t.dir}/a`, workers: 1, resume: true }), /journal\.jsonl belongs to a different spec/);
    } finally {
      t.done();
    }
  });

  it('refuses a well-formed but fake journal line, an out-of-range run and an unknown status', async () => {
    const t = tempDir('fake');
    try {
      const d = `${t.dir}/a`;
      await runSweep(A, { out: d, workers: 1 });
      const good = lines(`${d}/journal.jsonl`);
      const cases: [string, RegExp][] = [
        ['{"run":7,"seed":1,"replicate":1,"status":"ok","set":{},"ms":0}', /line 2: run 7 has seed 1/],
        [JSON.stringify({ ...JSON.parse(good[8]!), set: {} }), /parameter values differ/],
        [JSON.stringify({ ...JSON.parse(good[8]!), metrics: undefined }), /has no metrics/],
        [JSON.stringify({ ...JSON.parse(good[8]!), run: 99999 }), /run 99999 is not a run index/],
        [JSON.stringify({ ...JSON.parse(good[8]!), run: 7.5 }), /run 7\.5 is not a run index/],
        [JSON.stringify({ ...JSON.parse(good[8]!), status: 'done' }), /unknown status/],
      ];
      for (const [line, re] of cases) {
        writeFileSync(`${d}/journal.jsonl`, `${good[0]}\n${line}\n${good.slice(1).join('\n')}\n`);
        await refused(runSweep(A, { out: d, workers: 1, resume: true }), re);
      }
      writeFileSync(`${d}/journal.jsonl`, `${good.slice(1).join('\n')}\n`); // the header removed
      await refused(runSweep(A, { out: d, workers: 1, resume: true }), /line 1 is not a crowdout-journal\/1 header/);
    } finally {
      t.done();
    }
  });
});

describe('merge', () => {
  it('refuses a shard journal holding a run outside the design or outside the shard', async () => {
    const t = tempDir('merge-bad');
    try {
      for (const i of [0, 1]) await runSweep(A, { out: `${t.dir}/s${i}`, workers: 1, shard: { index: i, count: 2 } });
      const j = `${t.dir}/s0/journal.jsonl`;
      const good = readFileSync(j, 'utf8');
      const rec = JSON.parse(lines(j)[1]!);
      appendFileSync(j, `${JSON.stringify({ ...rec, run: 99999 })}\n`);
      await refused(() => mergeSweeps([`${t.dir}/s0`, `${t.dir}/s1`], { out: `${t.dir}/m` }), /run 99999 is not a run index of this design \(0\.\.39\)/);
      writeFileSync(j, `${good}${lines(`${t.dir}/s1/journal.jsonl`)[1]}\n`); // shard 1's run in shard 0
      await refused(() => mergeSweeps([`${t.dir}/s0`, `${t.dir}/s1`], { out: `${t.dir}/m` }), /not in shard 0\/2/);
      writeFileSync(j, good);
      const m = mergeSweeps([`${t.dir}/s0`, `${t.dir}/s1`], { out: `${t.dir}/m` });
      expect(m.manifest).toMatchObject({ status: 'complete', done: 40 });
      expect(readJournal(`${t.dir}/m/journal.jsonl`).records.size).toBe(40);
    } finally {
      t.done();
    }
  });

  it('refuses a non-empty --out unless --force, and --force only over a sweep directory', async () => {
    const t = tempDir('merge-out');
    try {
      await runSweep(A, { out: `${t.dir}/a`, workers: 1 });
      mkdirSync(`${t.dir}/keep`);
      writeFileSync(`${t.dir}/keep/notes.txt`, 'mine');
      await refused(() => mergeSweeps([`${t.dir}/a`], { out: `${t.dir}/keep` }), /is not empty.*--force/);
      await refused(() => mergeSweeps([`${t.dir}/a`], { out: `${t.dir}/keep`, force: true }), /not sweep outputs/);
      expect(readFileSync(`${t.dir}/keep/notes.txt`, 'utf8')).toBe('mine');
      mergeSweeps([`${t.dir}/a`], { out: `${t.dir}/m` });
      await refused(() => mergeSweeps([`${t.dir}/a`], { out: `${t.dir}/m` }), /is not empty/);
      expect(mergeSweeps([`${t.dir}/a`], { out: `${t.dir}/m`, force: true }).manifest.done).toBe(40);
    } finally {
      t.done();
    }
  });

  it('names the damaged file (missing or corrupt spec, manifest or journal; a directory for a journal) without echoing it', async () => {
    const t = tempDir('merge-damage');
    try {
      const d = `${t.dir}/a`;
      await runSweep(A, { out: d, workers: 1 });
      const keep = Object.fromEntries(['spec.json', 'manifest.json', 'journal.jsonl'].map((f) => [f, readFileSync(`${d}/${f}`)]));
      const restore = () => { for (const [f, b] of Object.entries(keep)) { rmSync(`${d}/${f}`, { recursive: true, force: true }); writeFileSync(`${d}/${f}`, b); } };
      const damage: [() => void, RegExp][] = [
        [() => rmSync(`${d}/spec.json`), /has no spec\.json/],
        [() => writeFileSync(`${d}/spec.json`, 'SECRET{'), /spec\.json: not valid JSON/],
        [() => writeFileSync(`${d}/spec.json`, JSON.stringify(B)), /spec hash differs/],
        [() => rmSync(`${d}/manifest.json`), /no manifest\.json/],
        [() => writeFileSync(`${d}/manifest.json`, 'SECRET{'), /manifest\.json: not valid JSON/],
        [() => writeFileSync(`${d}/manifest.json`, '{"format":"crowdout-sweep/1"}'), /manifest\.json: specHash/],
        // Found by the fuzz suite: a manifest that drops the metric columns must not thin the tables.
        [() => writeFileSync(`${d}/manifest.json`, JSON.stringify({ ...JSON.parse(keep['manifest.json']!.toString()), metricColumns: [] })), /other metrics than the sweep keeps/],
        [() => writeFileSync(`${d}/manifest.json`, JSON.stringify({ ...JSON.parse(keep['manifest.json']!.toString()), paramColumns: [] })), /paramColumns differ/],
        [() => rmSync(`${d}/journal.jsonl`), /journal\.jsonl is missing/],
        [() => writeFileSync(`${d}/journal.jsonl`, 'SECRET\n'), /line 1 is damaged/],
        [() => { rmSync(`${d}/journal.jsonl`); mkdirSync(`${d}/journal.jsonl`); }, /is a directory/],
      ];
      for (const [i, [hurt, re]] of damage.entries()) {
        hurt();
        for (const f of [() => mergeSweeps([d], { out: `${t.dir}/m${i}` }), () => analyzeSweep(d)]) {
          let err: Error | undefined;
          try { f(); } catch (e) { err = e as Error; }
          expect(err, `case ${i}`).toBeInstanceOf(UserError);
          expect(err!.message, `case ${i}`).toMatch(re);
          expect(err!.message).not.toContain('SECRET');
        }
        restore();
      }
      expect(analyzeSweep(d).kind).toBe('summary');
    } finally {
      t.done();
    }
  });
});

describe('resource bounds', () => {
  it('refuses a design over the run cap before expanding it, naming the cap; the cap can be raised', async () => {
    const t = tempDir('cap');
    try {
      const huge = spec(1, { design: { type: 'lhs', samples: 10_000_000 }, replicates: 1_000_000 });
      await refused(runSweep(huge, { out: `${t.dir}/h`, workers: 1 }), /10000000000000 runs .* exceed the cap of 1000000.*--max-runs/);
      const grid = spec(1, { parameters: ['a', 'b', 'c'].map((path) => ({ path, min: 0, max: 1, levels: 10_000 })), design: { type: 'grid' } });
      await refused(runSweep(grid, { out: `${t.dir}/g`, workers: 1 }), /1000000000000 runs/);
      await refused(runSweep(spec(1), { out: `${t.dir}/s`, workers: 1, maxRuns: 39 }), /40 runs .* cap of 39/);
      expect((await runSweep(spec(1), { out: `${t.dir}/s`, workers: 1, maxRuns: 40 })).manifest.done).toBe(40);
    } finally {
      t.done();
    }
  });
});
