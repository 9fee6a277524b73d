// worker_threads cannot load .ts files under Node 20 even when the parent runs under tsx
// (tsx issue #354): register tsx inside the worker, then import the entry.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
