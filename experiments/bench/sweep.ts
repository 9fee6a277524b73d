// `npm run bench:sweep`: sweep throughput at 1 and 2 workers, the speed-up, and the share of wall
// time spent outside runs (startup, validation, spawning, messaging, journal, outputs). Each
// measurement is a fresh `crowdout sweep` process, as a user runs it (so W=1 gets no JIT warm-up
// that the workers lack); rounds alternate W=1 and W=2 and the speed-up is the median of
// per-round ratios (absolute times on a shared VM move by ±30%).
// "outside runs" = 1 - (sum of run times) / (W x process wall time). Prints figures only.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Manifest } from '../io/manifest';

type ExperimentSpec = Record<string, unknown>;
const bin = fileURLToPath(new URL('../../bin/crowdout.mjs', import.meta.url));

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const RUNS = Number(process.env.BENCH_RUNS ?? 32);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const engineSpec = {
  name: 'bench-engine', base: 'baseline', seed: 1,
  parameters: [{ path: 'hyperscaler.capexScale', min: 0.5, max: 2 }],
  design: { type: 'lhs', samples: RUNS },
  outputs: { metrics: ['exhaustionDay', 'assets.crypto.maxDrawdown'] },
};
const tinySpec = {
  name: 'bench-tiny', model: 'ishigami', seed: 1,
  parameters: ['x1', 'x2', 'x3'].map((path) => ({ path, min: -Math.PI, max: Math.PI })),
  design: { type: 'sobol', samples: 4096 },
};

async function once(spec: ExperimentSpec, workers: number) {
  const dir = mkdtempSync(join(tmpdir(), 'crowdout-bench-'));
  try {
    writeFileSync(join(dir, 'spec.json'), JSON.stringify(spec));
    const t = performance.now();
    const r = spawnSync(process.execPath, [bin, 'sweep', join(dir, 'spec.json'), '--out', join(dir, 'out'), '--workers', String(workers), '--quiet'], { encoding: 'utf8' });
    const wall = performance.now() - t;
    if (r.status !== 0) throw new Error(`crowdout sweep failed: ${r.stderr}`);
    const m = JSON.parse(readFileSync(join(dir, 'out', 'manifest.json'), 'utf8')) as Manifest;
    const runMs = m.timings.runMs;
    return { wall, runs: m.done, runMs, outside: Math.max(0, 1 - runMs / (workers * wall)) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function bench(label: string, spec: ExperimentSpec) {
  await once(spec, 1); // warm-up: file-system caches, tsx's transform cache
  const res: Record<1 | 2, Awaited<ReturnType<typeof once>>[]> = { 1: [], 2: [] };
  const ratios: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const a = await once(spec, 1), b = await once(spec, 2);
    res[1].push(a); res[2].push(b); ratios.push(a.wall / b.wall);
  }
  console.log(`\n${label}: ${res[1][0]!.runs} runs, ${ROUNDS} interleaved rounds (medians)`);
  console.log('workers  wall s  runs/s  mean run ms  outside runs');
  for (const w of [1, 2] as const) {
    const wall = median(res[w].map((r) => r.wall)), runs = res[w][0]!.runs;
    const meanRun = median(res[w].map((r) => r.runMs / r.runs));
    console.log(`${String(w).padStart(7)}  ${(wall / 1000).toFixed(2).padStart(6)}  ${(runs / (wall / 1000)).toFixed(1).padStart(6)}  ${meanRun.toFixed(meanRun < 1 ? 4 : 1).padStart(11)}  ${(100 * median(res[w].map((r) => r.outside))).toFixed(1).padStart(11)}%`);
  }
  console.log(`speed-up W=2 / W=1: ${median(ratios).toFixed(2)}x (min ${Math.min(...ratios).toFixed(2)}, max ${Math.max(...ratios).toFixed(2)})`);
  if (label.startsWith('engine')) console.log(`pool efficiency (sweep speed-up / available speed-up): ${(median(ratios) / available).toFixed(2)}`);
}

// Reference for the machine's own parallelism right now: the same engine runs, without any sweep
// machinery, in one process vs split over two concurrent processes.
async function direct(k: number): Promise<void> {
  const { runScenario } = await import('../api');
  for (let i = 0; i < k; i++) runScenario('baseline', { seed: i, set: { 'hyperscaler.capexScale': 0.5 + (1.5 * i) / k } });
}
if (process.argv[2] === '--direct') {
  await direct(Number(process.argv[3]));
  process.exit(0);
}
const self = fileURLToPath(import.meta.url);
const tsx = import.meta.resolve('tsx');
const proc = (k: number) => new Promise<void>((res, rej) => {
  const c = spawn(process.execPath, ['--import', tsx, self, '--direct', String(k)], { stdio: 'inherit' });
  c.on('exit', (code) => (code === 0 ? res() : rej(new Error(`direct runs exited ${code}`))));
});
let available = Number.NaN;
async function reference(): Promise<void> {
  const ratios: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    let t = performance.now();
    await proc(RUNS);
    const one = performance.now() - t;
    t = performance.now();
    await Promise.all([proc(RUNS / 2), proc(RUNS / 2)]);
    ratios.push(one / (performance.now() - t));
  }
  console.log(`\nreference: ${RUNS} engine runs in 1 process vs 2 concurrent processes of ${RUNS / 2} (no sweep machinery)`);
  available = median(ratios);
  console.log(`speed-up available on this machine now: ${available.toFixed(2)}x (min ${Math.min(...ratios).toFixed(2)}, max ${Math.max(...ratios).toFixed(2)})`);
}

console.log(`crowdout sweep bench: Node ${process.version}`);
await reference();
await bench(`engine runs (baseline, full horizon, lhs over capexScale)`, engineSpec);
await bench('tiny runs (Ishigami, Sobol N=4096: messaging and journal overhead)', tinySpec);
