// A compute worker: runs sweep runs by index. Results are returned by structured clone, never
// transferred: detaching a buffer in a Node 20 isolate slows typed-array code by ~1.45x
// (measured; see experiments/README.md, Workers). Import comlink as 'comlink' and only the node
// adapter by its .mjs path.
import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { parentPort, workerData } from 'node:worker_threads';
import { createRunner, type RunnerInit, type RunRecord } from './runner';

// The pool starts before the spec is checked: load the engine now, while the main thread prepares
// (a failure here is left for init to report).
if ((workerData as { preload?: boolean } | null)?.preload) void import('../../sim/index').catch(() => {});

let runner: ((k: number) => RunRecord) | undefined;

const api = {
  async init(init: RunnerInit): Promise<void> {
    runner = await createRunner(init);
  },
  runMany(indices: number[]): RunRecord[] {
    if (!runner) throw new Error('worker not initialised');
    return indices.map((k) => runner!(k));
  },
};
export type WorkerApi = typeof api;

Comlink.expose(api, nodeEndpoint(parentPort!));
