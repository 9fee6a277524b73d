// Joining shard directories into one result: every manifest must describe the same sweep (spec
// and scenario hashes, code version, output columns), and every run of the design must appear
// exactly once. The joined tables are written by the same writer as an unsharded sweep, so they
// are byte-identical to it.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UserError } from './cli/errors';
import { validateSpec } from './spec/load';
import { expandDesign } from './design/expand';
import { readJournal } from './io/journal';
import { readManifest, writeManifest, type Manifest } from './io/manifest';
import { provenance, writeTables } from './io/tables';
import { writeFileAtomic } from './io/atomic';
import type { RunRecord } from './run/runner';

export interface MergeOptions { out: string; allowPartial?: boolean }
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
  const specText = readFileSync(`${dirs[0]}/spec.json`, 'utf8');
  const { spec } = validateSpec(JSON.parse(specText), `${dirs[0]}/spec.json`);
  const plan = expandDesign(spec);
  const owner = new Map<number, string>();
  const recs: RunRecord[] = [];
  const dup: string[] = [];
  dirs.forEach((d) => {
    for (const [k, r] of readJournal(`${d}/journal.jsonl`).records) {
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
  if (dirs.some((d) => resolve(d) === resolve(opts.out))) throw new UserError(`--out ${opts.out} is one of the inputs; merge into a new directory`);
  if (existsSync(`${opts.out}/journal.jsonl`)) throw new UserError(`${opts.out} already holds a sweep; merge into a new directory`);
  mkdirSync(opts.out, { recursive: true });
  writeFileSync(`${opts.out}/spec.json`, specText);
  writeFileAtomic(`${opts.out}/journal.jsonl`, recs.map((r) => `${JSON.stringify(r)}\n`).join(''));
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
