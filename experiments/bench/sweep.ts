// `npm run bench:sweep`: sweep throughput at 1 and 2 workers (and `--workers auto`), the speed-up,
// and the share of wall time spent outside runs (startup, validation, spawning, messaging,
// journal, outputs). Each measurement is a fresh `crowdout sweep` process, as a user runs it (so
// W=1 gets no JIT warm-up that the workers lack); rounds alternate W=1, W=2 and auto, and the
// speed-up is the median of per-round ratios (absolute times on a shared VM move by ±30%).
// "outside runs" = 1 - (sum of run times) / (W x wall time), W the lanes the sweep used, with wall
// time measured two ways: the whole process (what a user waits for) and the sweep itself
// (manifest wallMs: from spec loading to the tables written, without Node's and tsx's startup).
// Prints figures only; --json prints one JSON object on stdout (the tables go to stderr).
// Options: --runs N (engine runs per sweep, default 64), --rounds N (default 3), --quick (no
// reference, no tiny-run sweep, no auto), --no-auto, --json, --compiled (build lib/ first and run its
// CLI, as an installed package runs: the workers then load JavaScript, not TypeScript through tsx).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Manifest } from '../io/manifest';

type ExperimentSpec = Record<string, unknown>;
const root = fileURLToPath(new URL('../..', import.meta.url));
const sourceBin = join(root, 'bin', 'crowdout.mjs'), compiledBin = join(root, 'lib', 'experiments', 'cli', 'main.js');
const self = fileURLToPath(import.meta.url);

function usage(msg: string): never { process.stderr.write(`bench:sweep: ${msg}\n`); process.exit(2); }
const isDirect = process.argv[2] === '--direct';
let a: { runs?: string; rounds?: string; quick?: boolean; json?: boolean; 'no-auto'?: boolean; compiled?: boolean } = {};
if (!isDirect) {
  try {
    a = parseArgs({ args: process.argv.slice(2), strict: true, options: { runs: { type: 'string' }, rounds: { type: 'string' }, quick: { type: 'boolean' }, json: { type: 'boolean' }, 'no-auto': { type: 'boolean' }, compiled: { type: 'boolean' } } }).values;
  } catch (e) { usage(`${(e as Error).message.split('\n')[0]} (options: --runs N --rounds N --quick --no-auto --json --compiled)`); }
}
const posInt = (name: string, v: string | undefined, dflt: number): number => {
  if (v === undefined) return dflt;
  if (!/^\d+$/.test(v) || Number(v) < 1) usage(`--${name} must be a positive integer (got "${v}")`);
  return Number(v);
};
// BENCH_RUNS / BENCH_ROUNDS are the older spelling of --runs / --rounds.
const RUNS = posInt('runs', a.runs ?? process.env.BENCH_RUNS, 64);
const ROUNDS = posInt('rounds', a.rounds ?? process.env.BENCH_ROUNDS, 3);
const QUICK = !!a.quick, JSON_OUT = !!a.json, AUTO = !QUICK && !a['no-auto'], COMPILED = !!a.compiled;
const bin = COMPILED ? compiledBin : sourceBin;
const say = (line = '') => (JSON_OUT ? process.stderr : process.stdout).write(`${line}\n`);
const median = (xs: number[]) => { const s = [...xs].sort((x, y) => x - y); const m = s.length >> 1; return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2; };
const range = (xs: number[]): [number, number] => [Math.min(...xs), Math.max(...xs)];

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

type Workers = 1 | 2 | 'auto';
interface Once { wall: number; sweepWall: number; runs: number; runMs: number; lanes: number; outside: number; outsideSweep: number; note: string }

async function once(spec: ExperimentSpec, workers: Workers): Promise<Once> {
  const dir = mkdtempSync(join(tmpdir(), 'crowdout-bench-'));
  try {
    writeFileSync(join(dir, 'spec.json'), JSON.stringify(spec));
    const t = performance.now();
    const r = spawnSync(process.execPath, [bin, 'sweep', join(dir, 'spec.json'), '--out', join(dir, 'out'), '--workers', String(workers), '--quiet'], { encoding: 'utf8' });
    const wall = performance.now() - t;
    if (r.status !== 0) throw new Error(`crowdout sweep failed: ${r.stderr}`);
    const m = JSON.parse(readFileSync(join(dir, 'out', 'manifest.json'), 'utf8')) as Manifest;
    const s = m.timings.sessions.at(-1)!;
    const runMs = m.timings.runMs, lanes = s.workers;
    return { wall, sweepWall: s.wallMs, runs: m.done, runMs, lanes,
      outside: Math.max(0, 1 - runMs / (lanes * wall)), outsideSweep: Math.max(0, 1 - runMs / (lanes * s.wallMs)),
      note: (r.stderr.match(/--workers auto: .*/) ?? [''])[0] };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Figures {
  runs: number; rounds: number; speedup: number; speedupRange: [number, number];
  outsideShare: number; outsideShareRange: [number, number]; outsideShareSweep: number;
  byWorkers: Record<string, { wallS: number; runsPerSec: number; meanRunMs: number; outsideShare: number; outsideShareSweep: number; lanes: number[] }>;
  auto?: { speedupVs1: number; speedupVs2: number; notes: string[] };
}

async function bench(label: string, spec: ExperimentSpec, withAuto: boolean): Promise<Figures> {
  await once(spec, 1); // warm-up: file-system caches, tsx's transform cache
  const counts: Workers[] = withAuto ? [1, 2, 'auto'] : [1, 2];
  const res = new Map<Workers, Once[]>(counts.map((w) => [w, []]));
  const ratios: number[] = [], autoVs1: number[] = [], autoVs2: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const order = i % 2 ? [...counts].reverse() : counts; // ABC CBA: drift in load favours none
    const got = new Map<Workers, Once>();
    for (const w of order) { const r = await once(spec, w); got.set(w, r); res.get(w)!.push(r); }
    ratios.push(got.get(1)!.wall / got.get(2)!.wall);
    if (withAuto) { autoVs1.push(got.get(1)!.wall / got.get('auto')!.wall); autoVs2.push(got.get(2)!.wall / got.get('auto')!.wall); }
  }
  const runs = res.get(1)![0]!.runs;
  say(`\n${label}: ${runs} runs, ${ROUNDS} interleaved rounds (medians); load average now ${loadavg()[0]!.toFixed(2)} on ${availableParallelism()} cores`);
  say('workers  lanes  wall s  runs/s  mean run ms  outside runs (process / sweep)');
  const byWorkers: Figures['byWorkers'] = {};
  for (const w of counts) {
    const xs = res.get(w)!;
    const wall = median(xs.map((r) => r.wall)), meanRun = median(xs.map((r) => r.runMs / r.runs));
    const f = { wallS: wall / 1000, runsPerSec: runs / (wall / 1000), meanRunMs: meanRun, outsideShare: median(xs.map((r) => r.outside)), outsideShareSweep: median(xs.map((r) => r.outsideSweep)), lanes: xs.map((r) => r.lanes) };
    byWorkers[String(w)] = f;
    say(`${String(w).padStart(7)}  ${xs.map((r) => r.lanes).join(',').padStart(5)}  ${f.wallS.toFixed(2).padStart(6)}  ${f.runsPerSec.toFixed(1).padStart(6)}  ${meanRun.toFixed(meanRun < 1 ? 4 : 1).padStart(11)}  ${(100 * f.outsideShare).toFixed(1).padStart(6)}% / ${(100 * f.outsideShareSweep).toFixed(1)}%`);
  }
  say(`speed-up W=2 / W=1: ${median(ratios).toFixed(2)}x (min ${Math.min(...ratios).toFixed(2)}, max ${Math.max(...ratios).toFixed(2)})`);
  const out: Figures = { runs, rounds: ROUNDS, speedup: median(ratios), speedupRange: range(ratios),
    outsideShare: byWorkers['2']!.outsideShare, outsideShareRange: range(res.get(2)!.map((r) => r.outside)), outsideShareSweep: byWorkers['2']!.outsideShareSweep, byWorkers };
  if (withAuto) {
    const notes = res.get('auto')!.map((r) => r.note);
    out.auto = { speedupVs1: median(autoVs1), speedupVs2: median(autoVs2), notes };
    say(`--workers auto: ${median(autoVs1).toFixed(2)}x over W=1, ${median(autoVs2).toFixed(2)}x over W=2; its choices: ${notes.map((n) => n.replace('--workers auto: ', '')).join(' | ')}`);
  }
  return out;
}

// Reference for the machine's own parallelism right now: the same engine runs, without any sweep
// machinery, in one process vs split over two concurrent processes.
async function direct(k: number): Promise<void> {
  const { runScenario } = await import('../api');
  for (let i = 0; i < k; i++) runScenario('baseline', { seed: i, set: { 'hyperscaler.capexScale': 0.5 + (1.5 * i) / k } });
}
const tsx = import.meta.resolve('tsx');
const proc = (k: number) => new Promise<void>((res, rej) => {
  const c = spawn(process.execPath, ['--import', tsx, self, '--direct', String(k)], { stdio: 'inherit' });
  c.on('exit', (code) => (code === 0 ? res() : rej(new Error(`direct runs exited ${code}`))));
});
async function reference(): Promise<{ available: number; range: [number, number] }> {
  const ratios: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    let t = performance.now();
    await proc(RUNS);
    const one = performance.now() - t;
    t = performance.now();
    await Promise.all([proc(Math.ceil(RUNS / 2)), proc(Math.floor(RUNS / 2))]);
    ratios.push(one / (performance.now() - t));
  }
  say(`\nreference: ${RUNS} engine runs in 1 process vs 2 concurrent processes of ${RUNS / 2} (no sweep machinery)`);
  say(`speed-up available on this machine now: ${median(ratios).toFixed(2)}x (min ${Math.min(...ratios).toFixed(2)}, max ${Math.max(...ratios).toFixed(2)})`);
  return { available: median(ratios), range: range(ratios) };
}

if (isDirect) {
  await direct(Number(process.argv[3]));
  process.exit(0);
}
if (COMPILED) {
  // The build's own output goes to stderr so --json keeps stdout to one object.
  const b = spawnSync('npm', ['run', '--silent', 'build:lib'], { cwd: root, stdio: ['ignore', 2, 2] });
  if (b.status !== 0) usage('--compiled: `npm run build:lib` failed (see above)');
}
const load0 = loadavg()[0]!;
const commit = (() => { const r = spawnSync('git', ['rev-parse', '--short=12', 'HEAD'], { encoding: 'utf8', cwd: fileURLToPath(new URL('../..', import.meta.url)) }); return r.status === 0 ? r.stdout.trim() : null; })();
say(`crowdout sweep bench: commit ${commit ?? '(no git)'} · Node ${process.version} · load average ${load0.toFixed(2)} on ${availableParallelism()} cores · ${COMPILED ? 'compiled lib/ (workers load JavaScript)' : 'from source (workers load the cached esbuild bundle, run/workerBundle.ts)'}`);
const ref = QUICK ? null : await reference();
const engine = await bench('engine runs (baseline, full horizon, lhs over capexScale)', engineSpec, AUTO);
if (ref) say(`pool efficiency (sweep speed-up / available speed-up): ${(engine.speedup / ref.available).toFixed(2)}`);
const tiny = QUICK ? null : await bench('tiny runs (Ishigami, Sobol N=4096: messaging and journal overhead)', tinySpec, false);
if (JSON_OUT) {
  process.stdout.write(`${JSON.stringify({
    commit, node: process.version, cores: availableParallelism(), compiled: COMPILED, loadAverage: { start: load0, end: loadavg()[0] },
    speedup: engine.speedup, outsideShare: engine.outsideShare, engine,
    available: ref?.available ?? null, availableRange: ref?.range ?? null, efficiency: ref ? engine.speedup / ref.available : null,
    tiny,
  }, null, 2)}\n`);
}
