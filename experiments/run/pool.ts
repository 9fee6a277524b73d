// Running a list of run indices on a pool of worker threads (comlink over the node adapter), or
// in-process when workers = 1. Work is handed out in chunks sized so one call takes ~100 ms, which
// keeps messaging overhead negligible for fast models and load balanced for slow ones. A worker
// that dies fails only the run it was on: its chunk is retried one run at a time on a new worker.
import { Worker } from 'node:worker_threads';
import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { createRunner, type RunnerInit, type RunRecord } from './runner';
import type { WorkerApi } from './worker';

export interface PoolOptions {
  workers: number;
  init: RunnerInit;
  onRecords(recs: RunRecord[]): void;
  /** The failed record for run k when its worker died (the caller knows seeds and parameters). */
  crashed(k: number, message: string): RunRecord;
  signal?: AbortSignal;
}

const TARGET_CALL_MS = 100;
// From source, workers boot tsx and then import worker.ts; from the build (lib/), worker.js runs as is.
const compiled = import.meta.url.endsWith('.js');
const bootUrl = new URL(compiled ? './worker.js' : './tsx-worker-boot.mjs', import.meta.url);
const entryUrl = new URL(compiled ? './worker.js' : './worker.ts', import.meta.url).href;

async function runSerial(todo: number[], o: PoolOptions): Promise<void> {
  const run = await createRunner(o.init);
  let lastYield = performance.now();
  for (const k of todo) {
    if (o.signal?.aborted) return;
    o.onRecords([run(k)]);
    if (performance.now() - lastYield > 20) { // let signals and timers (fsync, progress) run
      await new Promise((r) => setImmediate(r));
      lastYield = performance.now();
    }
  }
}

interface Slot { worker: Worker; api: Comlink.Remote<WorkerApi>; dead: Promise<never> }

async function spawn(init: RunnerInit): Promise<Slot> {
  const worker = new Worker(bootUrl, { workerData: { entry: entryUrl } });
  const dead = new Promise<never>((_, reject) => {
    worker.once('error', (e) => reject(e));
    worker.once('exit', (code) => reject(new Error(`worker exited with code ${code}`)));
  });
  dead.catch(() => {});
  const api = Comlink.wrap<WorkerApi>(nodeEndpoint(worker));
  try {
    await Promise.race([api.init(init), dead]);
  } catch (e) {
    api[Comlink.releaseProxy]();
    await worker.terminate();
    throw e;
  }
  return { worker, api, dead };
}

async function stop(s: Slot): Promise<void> {
  s.api[Comlink.releaseProxy]();
  await s.worker.terminate();
}

export async function runPool(todo: number[], o: PoolOptions): Promise<void> {
  if (o.workers <= 1) return runSerial(todo, o);
  const queue = [...todo];
  const singles: number[] = []; // runs from a chunk whose worker died: retried one at a time
  let totalMs = 0, totalRuns = 0;
  const chunkSize = (): number => {
    const mean = totalRuns ? totalMs / totalRuns : Infinity;
    const bySpeed = Number.isFinite(mean) ? Math.floor(TARGET_CALL_MS / Math.max(mean, 1e-3)) : 1;
    return Math.max(1, Math.min(bySpeed, 1000, Math.ceil(queue.length / (4 * o.workers))));
  };
  const slots = new Set<Slot>();
  const onAbort = (): void => { for (const s of slots) void s.worker.terminate(); };
  o.signal?.addEventListener('abort', onAbort);
  let fatal: Error | undefined; // a worker that cannot start stops the whole pool
  const lane = async (): Promise<void> => {
    let slot: Slot | undefined;
    try {
      while (!o.signal?.aborted && !fatal && (singles.length || queue.length)) {
        if (!slot) {
          try { slot = await spawn(o.init); } catch (e) { fatal ??= e as Error; return; }
          slots.add(slot);
        }
        const single = singles.length > 0;
        const chunk = single ? [singles.shift()!] : queue.splice(0, chunkSize());
        try {
          const recs = await Promise.race([slot.api.runMany(chunk), slot.dead]);
          for (const r of recs) { totalMs += r.ms; totalRuns++; }
          o.onRecords(recs);
        } catch (e) {
          slots.delete(slot);
          void slot.worker.terminate();
          slot = undefined;
          if (o.signal?.aborted) return;
          if (!single && chunk.length > 1) { singles.push(...chunk); continue; }
          o.onRecords(chunk.map((k) => o.crashed(k, `worker crashed: ${(e as Error).message}`)));
        }
      }
    } finally {
      if (slot) { slots.delete(slot); await stop(slot); }
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(o.workers, Math.max(1, todo.length)) }, lane));
  } finally {
    o.signal?.removeEventListener('abort', onAbort);
  }
  if (fatal) throw new Error(`a worker failed to start: ${fatal.message}`);
}
