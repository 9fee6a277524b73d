// A sweep, start to finish: validate the spec against the model, pick this shard's runs, skip the
// runs the journal already holds (--resume), run the rest on the pool while journaling each one,
// then write the tidy outputs and the manifest. The CLI and the scripting API both call runSweep.
import { availableParallelism, platform } from 'node:os';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { UserError } from './cli/errors';
import { loadSpecFile, validateSpec, type LoadedSpec } from './spec/load';
import type { ExperimentSpec, ExperimentSpecInput } from './spec/schema';
import { runInfo } from './design/expand';
import { prepare } from './run/prepare';
import { runPool } from './run/pool';
import type { RunRecord } from './run/runner';
import { openJournal, readJournal } from './io/journal';
import { acquireLock } from './io/lock';
import { crowdoutVersion, gitCommit, gitDirty, readManifest, writeManifest, type Manifest, type Shard } from './io/manifest';
import { provenance, writeTables } from './io/tables';
import { applyMetricsCallback, callbackColumns, type MetricsCallback } from './run/callback';

export interface SweepProgress {
  done: number;
  failed: number;
  total: number;
  /** Runs per second in this session. */
  rate: number;
  /** Seconds left at the current rate, or null before the first run finishes. */
  etaSeconds: number | null;
  elapsedMs: number;
}

export interface SweepOptions {
  out: string;
  /** Worker threads; 1 runs in-process. Default: SLURM_CPUS_PER_TASK or the machine's parallelism. */
  workers?: number;
  shard?: Shard | null;
  /** Continue a sweep in `out`; without it, a directory that already holds a journal is an error. */
  resume?: boolean;
  /** With resume: run failed runs again. */
  retryFailed?: boolean;
  onProgress?: (p: SweepProgress) => void;
  /** Things worth knowing that do not stop the sweep (default: written to stderr). */
  onWarning?: (message: string) => void;
  signal?: AbortSignal;
  /**
   * Metrics of your own, computed from what each run kept (parameters, seed, the spec's metrics and
   * kept series); the returned names become columns of runs.csv after the spec's metrics. Runs on
   * the main thread; a throw fails that run. Resuming needs the same callback.
   */
  metrics?: MetricsCallback;
}

export interface SweepResult {
  dir: string;
  manifest: Manifest;
  /** True when stopped by the signal before all runs finished (resume to continue). */
  interrupted: boolean;
  files: string[];
}

export function defaultWorkers(): number {
  const slurm = Number(process.env.SLURM_CPUS_PER_TASK);
  return Number.isInteger(slurm) && slurm > 0 ? slurm : availableParallelism();
}

export async function runSweep(spec: string | ExperimentSpecInput | ExperimentSpec | LoadedSpec, opts: SweepOptions): Promise<SweepResult> {
  const t0 = performance.now();
  const startedAt = new Date().toISOString();
  const loaded = typeof spec === 'string' ? loadSpecFile(spec) : 'hash' in spec && 'dir' in spec ? (spec as LoadedSpec) : validateSpec(spec);
  const label = typeof spec === 'string' ? spec : 'spec';
  const workers = opts.workers ?? defaultWorkers();
  if (!Number.isInteger(workers) || workers < 1) throw new UserError(`workers must be a positive integer (got ${workers})`);
  const shard = opts.shard ?? null;
  const prep = await prepare(loaded, label);
  const { plan } = prep;
  const warn = opts.onWarning ?? ((m: string) => process.stderr.write(`crowdout sweep: warning: ${m}\n`));
  const D = loaded.spec.design;
  if (D.type === 'sobol' && (D.samples & (D.samples - 1)) !== 0)
    warn(`design.samples = ${D.samples} is not a power of two; Sobol' points are balanced only at powers of two`);
  const dir = opts.out;
  mkdirSync(dir, { recursive: true });
  const journalFile = `${dir}/journal.jsonl`;
  const release = acquireLock(dir);
  try {
    let previous: Manifest | undefined;
    if (existsSync(`${dir}/manifest.json`) || existsSync(journalFile)) {
      if (!opts.resume) throw new UserError(`${dir} already holds a sweep; pass --resume to continue it or choose another --out`);
      previous = existsSync(`${dir}/manifest.json`) ? readManifest(dir) : undefined;
      if (previous) {
        if (previous.specHash !== prep.specHash) throw new UserError(`${dir} holds a different spec (hash ${previous.specHash.slice(0, 12)}); --resume needs the same spec`);
        if (previous.scenarioHash !== prep.scenarioHash) throw new UserError(`${dir}: the base scenario changed since the sweep started; resume needs the same scenario`);
        const a = previous.shard, b = shard;
        if ((a?.index ?? -1) !== (b?.index ?? -1) || (a?.count ?? -1) !== (b?.count ?? -1))
          throw new UserError(`${dir} holds shard ${a ? `${a.index}/${a.count}` : '(none)'}; resume with the same --shard`);
      }
    }
    const mine: number[] = [];
    for (let k = 0; k < plan.runCount; k++) if (!shard || k % shard.count === shard.index) mine.push(k);
    const journal = readJournal(journalFile, true);
    const mineSet = new Set(mine);
    for (const k of journal.records.keys()) if (!mineSet.has(k)) throw new UserError(`${journalFile} holds run ${k}, which is not in this shard`);
    const isDone = (r: RunRecord | undefined): boolean => !!r && (r.status === 'ok' || !opts.retryFailed);
    const todo = mine.filter((k) => !isDone(journal.records.get(k)));
    let done = mine.length - todo.length;
    let failed = [...journal.records.values()].filter((r) => r.status === 'failed' && isDone(r)).length;

    writeFileSync(`${dir}/spec.json`, `${JSON.stringify(loaded.spec, null, 2)}\n`);
    const manifest: Manifest = previous ?? {
      format: 'crowdout-sweep/1', name: loaded.spec.name, specHash: prep.specHash, scenarioHash: prep.scenarioHash,
      masterSeed: loaded.spec.seed, crowdoutVersion: crowdoutVersion(), gitCommit: gitCommit(), gitDirty: gitDirty(),
      nodeVersion: process.version, platform: `${platform()}-${process.arch}`,
      runCount: plan.runCount, shard, shardRunCount: mine.length,
      paramColumns: plan.paramColumns, designColumns: plan.designColumns,
      metricColumns: prep.metricColumns, seriesColumns: prep.seriesColumns,
      status: 'running', done, failed,
      timings: { startedAt, finishedAt: null, wallMs: 0, runMs: 0, sessions: [] },
    };
    if (previous && (previous.gitCommit !== gitCommit() || previous.nodeVersion !== process.version))
      warn(`${dir}: resuming with a different ${previous.nodeVersion !== process.version ? 'Node version' : 'git commit'} than the sweep started with`);
    manifest.status = 'running';
    writeManifest(dir, manifest);

    const out = openJournal(journalFile);
    let sessionRuns = 0, runMs = 0;
    const tRun = performance.now();
    const report = (): void => {
      const elapsed = performance.now() - tRun;
      const rate = sessionRuns / Math.max(elapsed / 1000, 1e-9);
      opts.onProgress?.({ done, failed, total: mine.length, rate: sessionRuns ? rate : 0,
        etaSeconds: sessionRuns ? (mine.length - done) / rate : null, elapsedMs: elapsed });
    };
    report();
    try {
      await runPool(todo, {
        workers, init: { spec: loaded.spec, base: prep.base, metricColumns: prep.metricColumns, seriesColumns: prep.seriesColumns, metricDefs: prep.metricDefs },
        signal: opts.signal,
        crashed: (k, error) => {
          const info = runInfo(loaded.spec, plan, k);
          return { run: k, seed: info.seed, replicate: info.replicate, status: 'failed', set: plan.points[info.point]!.set, error, ms: 0 };
        },
        onRecords: (raw) => {
          const cb = opts.metrics;
          const recs = cb ? raw.map((r) => applyMetricsCallback(r, cb)) : raw;
          out.append(recs);
          for (const r of recs) { done++; sessionRuns++; runMs += r.ms; if (r.status === 'failed') failed++; }
          report();
        },
      });
    } finally {
      out.close();
    }
    const interrupted = done < mine.length;
    const all = readJournal(journalFile).records;
    // Tables of the runs so far are written on interrupt too (a resumed sweep rewrites them).
    const recs = mine.filter((k) => all.has(k)).map((k) => all.get(k)!);
    manifest.metricColumns = [...prep.metricColumns, ...callbackColumns(recs, prep.metricColumns)];
    const files = writeTables(dir, plan, manifest.metricColumns, prep.seriesColumns, recs, provenance(manifest));
    const wallMs = performance.now() - t0;
    manifest.status = interrupted ? 'interrupted' : 'complete';
    manifest.done = done;
    manifest.failed = failed;
    manifest.timings.wallMs += wallMs;
    manifest.timings.runMs += runMs;
    manifest.timings.finishedAt = interrupted ? null : new Date().toISOString();
    manifest.timings.sessions.push({ startedAt, wallMs, runs: sessionRuns, workers });
    writeManifest(dir, manifest);
    return { dir, manifest, interrupted, files };
  } finally {
    release();
  }
}
