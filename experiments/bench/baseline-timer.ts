// Child process of the engine bench: times the default baseline run of the checkout at ROOT with
// 0.1.0's own method (one warm-up run, then runToEnd(baseline, seed 1 + i) for i < REPS, wall time
// each) and prints one JSON line. The same file times today's checkout and the 0.1.0 tree, so the
// two are measured identically; it imports only the public sim/index API both versions share.
// Usage: tsx experiments/bench/baseline-timer.ts ROOT REPS
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [root, repsArg] = process.argv.slice(2);
const reps = Number(repsArg ?? 3);
if (!root || !Number.isInteger(reps) || reps < 1) {
  process.stderr.write('usage: baseline-timer.ts ROOT REPS (REPS a positive integer)\n');
  process.exit(2);
}
interface SimApi {
  loadScenario(name: string): unknown;
  runToEnd(sc: unknown, seed: number): { summary: { days: number } };
  VERSION: string;
}
const sim = (await import(pathToFileURL(join(root, 'sim', 'index.ts')).href)) as SimApi;
const sc = sim.loadScenario('baseline');
sim.runToEnd(sc, 1); // warm-up
const ms: number[] = [];
let days = 0;
for (let i = 0; i < reps; i++) {
  const t0 = performance.now();
  days = sim.runToEnd(sc, 1 + i).summary.days;
  ms.push(performance.now() - t0);
}
process.stdout.write(`${JSON.stringify({ version: sim.VERSION, days, ms })}\n`);
