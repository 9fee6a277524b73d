// Joining shard directories into one result: every manifest must describe the same sweep (spec
// and scenario hashes, code version, output columns), and every run of the design must appear
// exactly once. The joined tables are written by the same writer as an unsharded sweep, so they
// are byte-identical to it.
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { UserError } from './cli/errors';
import { headerLine, journalHeader } from './io/journal';
import { readManifest, writeManifest, type Manifest } from './io/manifest';
import { readSweepJournal, readSweepSpec } from './io/sweepDir';
import { prepareOutDir } from './io/outPath';
import { acquireLock } from './io/lock';
import type { Plan } from './design/expand';
import { provenance, writeTables } from './io/tables';

/** What a sweep directory may hold (what --force may replace), analyze's outputs included. */
const SWEEP_FILE = /^(spec\.json|manifest\.json|journal\.jsonl|runs(-series)?\.(csv|parquet)|summary\.csv|sensitivity2?\.csv|convergence\.csv|pawn\.csv|prim-trajectory\.(csv|svg)|\.locks|[^/]*\.tmp-\d+)$/;
import { writeFileAtomic } from './io/atomic';
import type { RunRecord } from './run/runner';

export interface MergeOptions {
  out: string;
  allowPartial?: boolean;
  /** Replace the contents of a non-empty --out. */
  force?: boolean;
  /** Cap on the design's total runs (see design/count.ts). */
  maxRuns?: number;
}
export interface MergeResult { manifest: Manifest; files: string[]; warnings: string[]; missing: number[] }

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Compact list: 2, 5-9, 14 */
export function ranges(ks: number[]): string {
  const out: string[] = [];
  for (let i = 0; i < ks.length; i++) {
    let j = i;
    while (j + 1 < ks.length && ks[j + 1] === ks[j]! + 1) j++;
    out.push(j > i ? `${ks[i]}-${ks[j]}` : `${ks[i]}`);
    i = j;
  }
  return out.join(',');
}

export function mergeSweeps(dirs: string[], opts: MergeOptions): MergeResult {
  if (dirs.length === 0) throw new UserError('merge needs at least one sweep directory');
  // The output is checked first: nothing is read twice or overwritten by mistake.
  if (dirs.some((d) => resolve(d) === resolve(opts.out))) throw new UserError(`--out ${opts.out} is one of the inputs; merge into a new directory`);
  const occupied = existsSync(opts.out) && statSync(opts.out).isDirectory() && readdirSync(opts.out).length > 0;
  if (occupied && !opts.force) throw new UserError(`--out ${opts.out} is not empty; merge into a new directory or pass --force to replace the sweep in it`);
  // --force replaces a sweep's files, never anything else a mistyped --out might name.
  if (occupied && readdirSync(opts.out).some((f) => !SWEEP_FILE.test(f)))
    throw new UserError(`--out ${opts.out} holds files that are not sweep outputs; --force replaces only a sweep directory, choose a new one`);
  const warnings: string[] = [];
  const ms = dirs.map((d) => readManifest(d));
  const first = ms[0]!;
  const keys = ['specHash', 'scenarioHash', 'crowdoutVersion', 'runCount', 'metricColumns', 'seriesColumns', 'paramColumns'] as const;
  ms.forEach((m, i) => {
    for (const k of keys) if (!same(m[k], first[k]))
      throw new UserError(`${dirs[i]} and ${dirs[0]} are from different sweeps (${k} differs: ${JSON.stringify(m[k])} vs ${JSON.stringify(first[k])})`);
    if (m.nodeVersion !== first.nodeVersion) warnings.push(`${dirs[i]} ran on Node ${m.nodeVersion}, ${dirs[0]} on ${first.nodeVersion}`);
    if (m.gitCommit !== first.gitCommit) warnings.push(`${dirs[i]} ran at commit ${m.gitCommit ?? '?'}, ${dirs[0]} at ${first.gitCommit ?? '?'}`);
  });
  const { specText, loaded, plan } = readSweepSpec(dirs[0]!, first, opts.maxRuns);
  const owner = new Map<number, string>();
  const recs: RunRecord[] = [];
  const dup: string[] = [];
  dirs.forEach((d, i) => {
    // Each journal is checked against its own manifest: header, shard and every record.
    for (const [k, r] of readSweepJournal({ dir: d, manifest: ms[i]!, specText, loaded, plan }).records) {
      const o = owner.get(k);
      if (o !== undefined) { dup.push(`run ${k} in ${o} and ${d}`); continue; }
      owner.set(k, d);
      recs.push(r);
    }
  });
  if (dup.length) throw new UserError(`runs appear more than once: ${dup.slice(0, 5).join('; ')}${dup.length > 5 ? `; ... (${dup.length})` : ''}`);
  const missing: number[] = [];
  for (let k = 0; k < plan.runCount; k++) if (!owner.has(k)) missing.push(k);
  if (missing.length) {
    const n = first.shard?.count;
    const shards = n ? [...new Set(missing.map((k) => k % n))].sort((a, b) => a - b) : [];
    const hint = n ? `; they belong to shards ${ranges(shards)} of ${n} (Slurm: sbatch --array=${ranges(shards)} ...)` : '';
    const msg = `${missing.length} of ${plan.runCount} runs are missing: ${ranges(missing.slice(0, 20))}${missing.length > 20 ? ',...' : ''}${hint}`;
    if (!opts.allowPartial) throw new UserError(msg);
    warnings.push(msg);
  }
  recs.sort((a, b) => a.run - b.run);
  prepareOutDir(opts.out);
  const release = acquireLock(opts.out);
  try {
    // --force: the old sweep's files go, so none is left beside the merged one.
    for (const f of readdirSync(opts.out)) if (f !== '.locks') rmSync(`${opts.out}/${f}`, { recursive: true, force: true });
    return writeMerged(dirs, ms, opts, { specText, plan, recs, missing, warnings });
  } finally {
    release();
  }
}

function writeMerged(dirs: string[], ms: Manifest[], opts: MergeOptions,
  x: { specText: string; plan: Plan; recs: RunRecord[]; missing: number[]; warnings: string[] }): MergeResult {
  const { specText, plan, recs, missing, warnings } = x;
  const first = ms[0]!;
  writeFileAtomic(`${opts.out}/spec.json`, specText);
  writeFileAtomic(`${opts.out}/journal.jsonl`, headerLine(journalHeader(first.specHash, plan.runCount, null)) + recs.map((r) => `${JSON.stringify(r)}\n`).join(''));
  const files = writeTables(opts.out, plan, first.metricColumns, first.seriesColumns, recs,
    provenance(first));
  const sum = (f: (m: Manifest) => number) => ms.reduce((a, m) => a + f(m), 0);
  const manifest: Manifest = {
    ...first,
    shard: null,
    shardRunCount: plan.runCount,
    status: missing.length ? 'interrupted' : 'complete',
    done: recs.length,
    failed: recs.filter((r) => r.status === 'failed').length,
    timings: {
      startedAt: ms.map((m) => m.timings.startedAt).sort()[0]!,
      finishedAt: new Date().toISOString(),
      wallMs: sum((m) => m.timings.wallMs),
      runMs: sum((m) => m.timings.runMs),
      sessions: ms.flatMap((m) => m.timings.sessions),
    },
    merged: ms.map((m, i) => ({ dir: dirs[i]!, shard: m.shard, runs: m.done, nodeVersion: m.nodeVersion })),
  };
  writeManifest(opts.out, manifest);
  return { manifest, files, warnings, missing };
}
