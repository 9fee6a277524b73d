// A small pool of model workers for compare mode: one run (one seed) per call, as many in
// parallel as the machine has cores (at most 4). Each worker is a module Web Worker wrapped by comlink.
import * as Comlink from 'comlink';
import type { SimApi } from '../worker/api';

export function spawnWorker(): { api: Comlink.Remote<SimApi>; worker: Worker } {
  const worker = new Worker(new URL('../worker/sim.worker.ts', import.meta.url), { type: 'module', name: 'crowdout-model' });
  return { api: Comlink.wrap<SimApi>(worker), worker };
}

export class WorkerPool {
  private readonly workers: Array<{ api: Comlink.Remote<SimApi>; worker: Worker; busy: boolean }> = [];
  private readonly queue: Array<() => void> = [];
  readonly size: number;

  constructor(size = Math.max(1, Math.min(4, navigator.hardwareConcurrency || 2))) { this.size = size; }

  /** Run `job` on a free worker (spawning up to `size`), queueing when all are busy. */
  async run<T>(job: (api: Comlink.Remote<SimApi>) => Promise<T>): Promise<T> {
    const slot = await this.acquire();
    try { return await job(slot.api); } finally {
      slot.busy = false;
      this.queue.shift()?.();
    }
  }

  private acquire(): Promise<{ api: Comlink.Remote<SimApi>; worker: Worker; busy: boolean }> {
    const free = this.workers.find((w) => !w.busy);
    if (free) { free.busy = true; return Promise.resolve(free); }
    if (this.workers.length < this.size) {
      const w = { ...spawnWorker(), busy: true };
      this.workers.push(w);
      return Promise.resolve(w);
    }
    return new Promise((res) => this.queue.push(() => res(this.acquire())));
  }

  terminate(): void {
    for (const w of this.workers) { w.api[Comlink.releaseProxy](); w.worker.terminate(); }
    this.workers.length = 0;
  }
}
