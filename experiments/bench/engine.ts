// Engine benchmark: throughput against the machine's memory bandwidth. `npm run bench`.
//
// In one process, with interleaved rounds (bandwidth, then engine, repeated), it measures:
//   1. this machine's memory bandwidth: TypedArray.set (memcpy), STREAM convention (a copy counts
//      read + write bytes), twice per round: on buffers whose footprint (source + destination)
//      equals the engine's state, so a small state is measured against the cache it fits in, and
//      on 256 MiB buffers (DRAM); plus, once, a JS copy loop and an unrolled sum for reference;
//   2. engine throughput in agent-steps/s (balance sheets × trading days) at 10^4, 10^5 and 10^6
//      agents, scaling rest_of_market.households, after a warm-up;
//   3. the bytes of state touched per agent-step, counted, not estimated: a second run of the same
//      scenario and seed (so the same trajectory) is stepped with its agent arrays (cash, units,
//      par, buffer, st, cls) and order book behind counting proxies — logical bytes read + written, the
//      convention of STREAM-style byte counts. This runs in a child process: once a proxy has
//      flowed through the engine's array accesses, V8 makes them generic for the rest of the
//      process (measured: 3–4× slower stepping afterwards), which would poison the timings;
//   4. per round, R_bw = agent-steps/s ÷ (BW_memcpy ÷ bytes per agent-step), against the
//      bandwidth at the state's size (`ratio`) and at DRAM size (`ratioDram`): median and range;
//   5. the default baseline run (1,044 days) timed with 0.1.0's method in child processes, today's
//      checkout and the v0.1.0 tag (extracted once into the temp directory, see v010.ts)
//      alternately, and the median of the per-round ratios (speedupVs010 > 1: today is faster).
// No assertions: absolute numbers move ±30% on a shared VM; read the ratios.
//
// Options: --quick (3 rounds, 10^6 skipped), --rounds N, --sizes 1e4,1e5,1e6, --full-reps N,
// --no-v010 (skip the 0.1.0 comparison), --json (one JSON object on stdout; the tables go to stderr).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { compile } from '../../sim/compiled';
import { loadScenario, type Scenario } from '../../sim/index';
import { initState } from '../../sim/init';
import { Scratch, stepDay } from '../../sim/model';
import { allocColumns } from '../../sim/record/recorder';
import type { RunEvent } from '../../sim/api-types';
import type { State } from '../../sim/state';
import { MAX_AGENT_DAYS } from '../../sim/scenario/schema';
import { currentRoot, prepareV010, V010_TAG } from './v010';

// ---- options ------------------------------------------------------------------------------
/** A user mistake in the flags: one line naming the flag and the fix, exit 2. */
function usage(msg: string): never { process.stderr.write(`bench: ${msg}\n`); process.exit(2); }
let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({ args: process.argv.slice(2), strict: true, options: {
    quick: { type: 'boolean' }, json: { type: 'boolean' }, 'no-v010': { type: 'boolean' },
    rounds: { type: 'string' }, sizes: { type: 'string' }, 'full-reps': { type: 'string' },
    count: { type: 'string' }, 'count-days': { type: 'string' }, // child mode (see the end)
  } }).values;
}
try { args = parse(); } catch (e) { usage(`${(e as Error).message.split('\n')[0]} (options: --quick --json --no-v010 --rounds N --sizes 1e4,1e5 --full-reps N)`); }
const posInt = (name: string, v: string | undefined, dflt: number): number => {
  if (v === undefined) return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) usage(`--${name} must be a positive integer (got "${v}")`);
  return n;
};
const QUICK = !!args.quick;
const JSON_OUT = !!args.json;
const ROUNDS = posInt('rounds', args.rounds, QUICK ? 3 : 7);
const SIZES = (args.sizes ?? (QUICK ? '1e4,1e5' : '1e4,1e5,1e6')).split(',').map((x) => {
  const n = Number(x);
  if (!Number.isInteger(n) || n < 100 || n > 5e6) usage(`--sizes takes agent counts from 100 to 5e6 separated by commas, e.g. 1e4,1e5 (got "${x}")`);
  return n;
});
const FULL_REPS = posInt('full-reps', args['full-reps'], QUICK ? 3 : 5);
// With --json the human tables go to stderr, so stdout holds the JSON object alone.
const say = (line = '') => (JSON_OUT ? process.stderr : process.stdout).write(`${line}\n`);

const now = () => performance.now();
const median = (xs: number[]) => { const a = [...xs].sort((x, y) => x - y); const m = a.length >> 1; return a.length % 2 ? a[m]! : (a[m - 1]! + a[m]!) / 2; };
const fmt = (x: number, d = 2) => x.toFixed(d);
const si = (x: number) => {
  for (const [s, v] of [['G', 1e9], ['M', 1e6], ['k', 1e3]] as const) if (Math.abs(x) >= v) return `${(x / v).toFixed(2)} ${s}`;
  return `${x.toFixed(2)} `;
};
const mib = (b: number) => `${(b / 2 ** 20).toFixed(1)} MiB`;

// ---- 1. memory bandwidth ------------------------------------------------------------------
interface Bw { bytes: number; memcpy: number; jsCopy: number; sumUnrolled: number }
const bwBuffers = new Map<number, { a: Float64Array; b: Float64Array }>();
/** Source and destination of `bytes` each (at least 64 KiB: below that, timer overhead dominates). */
function buffers(bytes: number) {
  const n = Math.max(1 << 13, Math.ceil(bytes / 8));
  let x = bwBuffers.get(n);
  if (!x) {
    x = { a: new Float64Array(n), b: new Float64Array(n) };
    for (let i = 0; i < n; i++) x.a[i] = i * 0.5;       // touch every page
    x.b.set(x.a);
    bwBuffers.set(n, x);
  }
  return x;
}
let sink = 0;
/** Bytes/s on buffers of `bytes` each: each kernel repeated for ≥ minMs, best of 3 bursts. */
function bandwidth(bytes: number, minMs = 60, kernels: 'memcpy' | 'all' = 'memcpy'): Bw {
  const { a, b } = buffers(bytes);
  const n = a.length, size = n * 8;
  const time = (f: () => void, bytesPerCall: number) => {
    let best = 0;
    for (let burst = 0; burst < 3; burst++) {
      let calls = 0;
      const t0 = now();
      let t = t0;
      do { f(); calls++; t = now(); } while (t - t0 < minMs);
      best = Math.max(best, (calls * bytesPerCall) / ((t - t0) / 1e3));
    }
    return best;
  };
  const memcpy = time(() => { b.set(a); }, 2 * size);
  if (kernels === 'memcpy') return { bytes: size, memcpy, jsCopy: NaN, sumUnrolled: NaN };
  const jsCopy = time(() => { for (let i = 0; i < n; i++) b[i] = a[i]!; }, 2 * size);
  const sumUnrolled = time(() => {
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, i = 0;
    for (; i + 3 < n; i += 4) { s0 += a[i]!; s1 += a[i + 1]!; s2 += a[i + 2]!; s3 += a[i + 3]!; }
    for (; i < n; i++) s0 += a[i]!;
    sink += s0 + s1 + s2 + s3;
  }, size);
  return { bytes: size, memcpy, jsCopy, sumUnrolled };
}
const DRAM_BYTES = 256 * 2 ** 20;
/** memcpy bandwidth with source + destination the size of the state (the cache level it lives in). */
const bwAtState = (stateBytes: number) => bandwidth(stateBytes / 2).memcpy;
/** memcpy bandwidth on 256 MiB buffers: DRAM, whatever the cache size. */
const bwDram = () => bandwidth(DRAM_BYTES).memcpy;

// ---- a run driven day by day, with its state exposed ---------------------------------------
const OTHER_AGENTS = initState(loadScenario('baseline', ['rest_of_market.households=1']), 1, 5).n - 1;
const START = loadScenario('baseline').start;
/** Trading days a run of `agents` may hold under the scenario cap on agents × days (with margin). */
const maxDays = (agents: number) => Math.floor(MAX_AGENT_DAYS / agents) - 10;
/** The baseline at `agents` agents, its calendar cut to about `days` trading days (the cap allows). */
function scenarioFor(agents: number, days: number): Scenario {
  const d = Math.min(days, maxDays(agents));
  const end = new Date(Date.parse(`${START}T00:00:00Z`) + Math.floor((d * 7) / 5 - 2) * 864e5).toISOString().slice(0, 10);
  return loadScenario('baseline', [`rest_of_market.households=${Math.max(1, agents - OTHER_AGENTS)}`, `end="${end}"`]);
}

interface Sim { s: State; x: Scratch; step(n: number): void }
function sim(sc: Scenario, days: number, seed = 1, prepare?: (s: State, x: Scratch) => void): Sim {
  const s = initState(sc, seed, days);
  const c = compile(sc, s.cal.dayNumbers);
  const x = new Scratch(sc.hyperscaler.count);
  const cols = allocColumns(s.days);
  const events: RunEvent[] = [];
  prepare?.(s, x);
  return { s, x, step(n) { for (let k = 0; k < n && s.t < s.days; k++) stepDay(s, c, x, cols, events); } };
}

/** Bytes of typed-array state a run holds (agents, assets, books; not the recorded columns). */
function stateBytes(s: State): number {
  let b = 0;
  for (const v of Object.values(s)) if (ArrayBuffer.isView(v)) b += v.byteLength;
  return b;
}
const agentBytes = (s: State) => s.cash.byteLength + s.units.byteLength + s.par.byteLength + s.buffer.byteLength + s.st.byteLength + s.cls.byteLength;

// ---- 3. bytes touched per agent-step (counting proxies) -------------------------------------
interface Counter { bytes: number; byArray: Record<string, number> }
function counting<T extends ArrayLike<number> & object>(arr: T, name: string, elt: number, ctr: Counter): T {
  const isIndex = (p: string | symbol) => typeof p === 'string' && p.length > 0 && p.charCodeAt(0) >= 48 && p.charCodeAt(0) <= 57;
  const note = () => { ctr.bytes += elt; ctr.byArray[name] = (ctr.byArray[name] ?? 0) + elt; };
  return new Proxy(arr, {
    get(t, p) {
      if (isIndex(p)) note();
      const v = (t as unknown as Record<string | symbol, unknown>)[p];
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(t) : v;
    },
    set(t, p, v) {
      if (isIndex(p)) note();
      (t as unknown as Record<string | symbol, unknown>)[p] = v;
      return true;
    },
  });
}

function touchedBytes(sc: Scenario, warm: number, days: number): { perAgentStep: number; byArray: Record<string, number> } {
  const ctr: Counter = { bytes: 0, byArray: {} };
  const r = sim(sc, warm + days, 1, (s, x) => {
    const o = x.orders, cap = 12 * s.n + 4096;          // no growth: grow() would replace the proxies
    o.agent = new Int32Array(cap); o.asset = new Uint8Array(cap); o.units = new Float64Array(cap); o.trigger = new Int8Array(cap);
  });
  r.step(warm);
  const s = r.s, o = r.x.orders;
  o.agent = counting(o.agent, 'orders', 4, ctr); o.asset = counting(o.asset, 'orders', 1, ctr);
  o.units = counting(o.units, 'orders', 8, ctr); o.trigger = counting(o.trigger, 'orders', 1, ctr);
  s.cash = counting(s.cash, 'cash', 8, ctr); s.units = counting(s.units, 'units', 8, ctr);
  s.par = counting(s.par, 'par', 8, ctr); s.buffer = counting(s.buffer, 'buffer', 8, ctr); s.st = counting(s.st, 'st', 8, ctr); s.cls = counting(s.cls, 'cls', 1, ctr);
  r.step(days);
  const steps = s.n * days;
  return { perAgentStep: ctr.bytes / steps, byArray: Object.fromEntries(Object.entries(ctr.byArray).map(([k, v]) => [k, v / steps])) };
}

/** Count in a fresh process (see the header) and return its JSON answer. */
function touchedBytesIsolated(target: number, days: number): { perAgentStep: number; byArray: Record<string, number> } {
  const out = execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--count', String(target), '--count-days', String(days)],
    { encoding: 'utf8', maxBuffer: 1 << 20, stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(out.trim().split('\n').pop()!);
}

// ---- 2 + 4. throughput, interleaved with bandwidth ----------------------------------------
interface SizeResult {
  n: number; stateBytes: number; agentBytesPerAgent: number; daysPerRound: number; countedDays: number;
  msPerDay: number[]; stepsPerSec: number[]; bw: number[]; rbw: number[]; bwDram: number[]; rbwDram: number[];
  ordersPerAgentDay: number; bytesPerAgentStep: number; byArray: Record<string, number>;
}

function throughput(target: number): SizeResult {
  const probe = sim(scenarioFor(target, 8), 8);
  probe.step(3);
  let t0 = now(); probe.step(2); const msDay = (now() - t0) / 2;
  const warm = 5;
  const fits = Math.floor((maxDays(target) - warm - 1) / ROUNDS);        // the scenario cap on agents × days
  const daysPerRound = Math.max(1, Math.min(fits, 60, Math.max(2, Math.round(300 / Math.max(msDay, 0.01)))));  // ~0.3 s a round
  const sc = scenarioFor(target, warm + ROUNDS * daysPerRound + 1);
  const countedDays = Math.max(1, Math.min(5, Math.round(2e5 / target)));   // proxies cost ~50× a day
  const touched = touchedBytesIsolated(target, countedDays);
  const r = sim(sc, warm + ROUNDS * daysPerRound + 1);
  r.step(warm);
  const sb = stateBytes(r.s);
  const res: SizeResult = {
    n: r.s.n, stateBytes: sb, agentBytesPerAgent: agentBytes(r.s) / r.s.n, daysPerRound, countedDays,
    msPerDay: [], stepsPerSec: [], bw: [], rbw: [], bwDram: [], rbwDram: [], ordersPerAgentDay: 0, bytesPerAgentStep: touched.perAgentStep, byArray: touched.byArray,
  };
  let orders = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const bw = bwAtState(sb), dram = bwDram();            // A: the ceilings, at the state's size and DRAM
    let ms = 0;
    for (let d = 0; d < daysPerRound; d++) {              // B: the engine
      t0 = now();
      r.step(1);
      ms += now() - t0;
      orders += r.x.orders.count;
    }
    const sps = (r.s.n * daysPerRound) / (ms / 1e3);
    res.msPerDay.push(ms / daysPerRound); res.stepsPerSec.push(sps); res.bw.push(bw);
    res.rbw.push(sps / (bw / touched.perAgentStep));
    res.bwDram.push(dram); res.rbwDram.push(sps / (dram / touched.perAgentStep));
  }
  res.ordersPerAgentDay = orders / (ROUNDS * daysPerRound * r.s.n);
  return res;
}

// ---- 5. full baseline, today vs 0.1.0 ----------------------------------------------------
interface Baseline {
  ms: number; msRange: [number, number]; days: number; agents: number; reps: number; rounds: number;
  speedupVs010: number | null; speedupRange?: [number, number]; v010Ms?: number; v010Commit?: string; reason?: string; notes?: string[];
}
const timerPath = fileURLToPath(new URL('./baseline-timer.ts', import.meta.url));
/** One child process timing REPS default baseline runs of the checkout at `root`; its median ms. */
function timeTree(root: string): { ms: number; days: number; version: string } {
  const out = execFileSync(process.execPath, [...process.execArgv, timerPath, root, String(FULL_REPS)],
    { encoding: 'utf8', maxBuffer: 1 << 20, stdio: ['ignore', 'pipe', 'inherit'] });
  const r = JSON.parse(out.trim().split('\n').pop()!) as { ms: number[]; days: number; version: string };
  return { ms: median(r.ms), days: r.days, version: r.version };
}

function fullBaseline(): Baseline {
  const rounds = QUICK ? 3 : 5;
  const agents = initState(loadScenario('baseline'), 1, 1).n;
  const old = args['no-v010'] ? { ok: false as const, reason: '--no-v010 given' } : prepareV010();
  const cur: number[] = [], prev: number[] = [], ratios: number[] = [];
  let days = 0;
  for (let i = 0; i < rounds; i++) {
    // ABBA order, so a drift in the machine's load does not favour either tree.
    const pair = old.ok ? (i % 2 ? [old.root, currentRoot] : [currentRoot, old.root]) : [currentRoot];
    const t = pair.map((root) => ({ root, ...timeTree(root) }));
    const c = t.find((x) => x.root === currentRoot)!;
    cur.push(c.ms); days = c.days;
    const o = t.find((x) => x.root !== currentRoot);
    if (o) { prev.push(o.ms); ratios.push(o.ms / c.ms); }
  }
  const base = { ms: median(cur), msRange: [Math.min(...cur), Math.max(...cur)] as [number, number], days, agents, reps: FULL_REPS, rounds };
  if (!old.ok) return { ...base, speedupVs010: null, reason: old.reason };
  return { ...base, speedupVs010: median(ratios), speedupRange: [Math.min(...ratios), Math.max(...ratios)], v010Ms: median(prev), v010Commit: old.commit,
    ...(old.versionNotes.length ? { notes: old.versionNotes.map((n) => `0.1.0 ran with ${n}`) } : {}) };
}

const gitHead = (): string | null => {
  try { return execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], { cwd: currentRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(); } catch { return null; }
};

// ---- main ---------------------------------------------------------------------------------
function main() {
  const t00 = now();
  const commit = gitHead();
  say(`crowdout engine bench · commit ${commit ?? '(no git)'} · node ${process.version} (V8 ${process.versions.v8}) · ${process.platform}/${process.arch} · rounds ${ROUNDS}${QUICK ? ' · quick' : ''}`);

  const ceil = [8 * 2 ** 20, DRAM_BYTES].map((b) => bandwidth(b, 100, 'all'));
  say('\nMemory bandwidth, GB/s (copy: read+write bytes; sum: bytes read):');
  say('  buffer       TypedArray.set   JS copy loop   unrolled sum');
  for (const c of ceil) say(`  ${mib(c.bytes).padEnd(11)}  ${fmt(c.memcpy / 1e9).padStart(14)}   ${fmt(c.jsCopy / 1e9).padStart(12)}   ${fmt(c.sumUnrolled / 1e9).padStart(12)}`);

  const sizes = SIZES.map((n) => throughput(n));
  say('\nState touched per agent-step (agent arrays + order book; counting proxies on the same trajectory):');
  say('  agents     days counted  B/agent-step  orders/agent-day  by array, B/agent-step');
  for (const r of sizes) {
    const parts = Object.entries(r.byArray).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${fmt(v, 0)}`).join(', ');
    say(`  ${String(r.n).padEnd(10)} ${String(r.countedDays).padStart(12)}  ${fmt(r.bytesPerAgentStep, 0).padStart(12)}  ${fmt(r.ordersPerAgentDay, 2).padStart(16)}  ${parts}`);
  }
  const range = (xs: number[]) => `${fmt(median(xs), 4)} [${fmt(Math.min(...xs), 4)}–${fmt(Math.max(...xs), 4)}]`;
  say(`\nThroughput (median of ${ROUNDS} interleaved rounds; R_bw = steps/s ÷ (BW_memcpy ÷ B/agent-step),`);
  say('against memcpy with the state\'s footprint ("state") and on 256 MiB buffers ("DRAM")):');
  say('  agents         state  B/agent  days/round   ms/day     agent-steps/s  BW state  R_bw state [min–max]    BW DRAM  R_bw DRAM [min–max]');
  for (const r of sizes) {
    say(`  ${String(r.n).padEnd(10)} ${mib(r.stateBytes).padStart(9)}  ${fmt(r.agentBytesPerAgent, 0).padStart(7)}  ${String(r.daysPerRound).padStart(10)}  ${fmt(median(r.msPerDay)).padStart(7)}  ${`${si(median(r.stepsPerSec))}steps/s`.padStart(16)}  ${`${fmt(median(r.bw) / 1e9, 1)} GB/s`.padStart(9)}  ${range(r.rbw).padEnd(22)}  ${`${fmt(median(r.bwDram) / 1e9, 1)} GB/s`.padStart(9)}  ${range(r.rbwDram)}`);
  }
  if (sizes.length) say(`  (G8: agent arrays hold ${fmt(sizes[0]!.agentBytesPerAgent, 0)} B/agent; the minimum SoA for K = 9 assets, 8·(2K+3), is 168 B)`);

  const full = fullBaseline();
  say(`\nFull default baseline (${full.days} days, ${full.agents} agents; median of ${full.rounds} child processes × ${full.reps} runs, ABBA with ${V010_TAG}):`);
  say(`  today        ${fmt(full.ms, 0).padStart(6)} ms [${fmt(full.msRange[0], 0)}–${fmt(full.msRange[1], 0)}]`);
  if (full.speedupVs010 !== null) {
    say(`  ${V010_TAG}       ${fmt(full.v010Ms!, 0).padStart(6)} ms  (tag ${full.v010Commit!.slice(0, 7)})`);
    say(`  speed-up vs ${V010_TAG}: ${fmt(full.speedupVs010)}× [${fmt(full.speedupRange![0])}–${fmt(full.speedupRange![1])}] (median of per-round ratios; goal ≥ 4)`);
    for (const n of full.notes ?? []) say(`  note: ${n}`);
  } else say(`  speed-up vs ${V010_TAG}: not measured: ${full.reason}`);
  say(`\nbench took ${fmt((now() - t00) / 1e3, 1)} s${sink === 0.5 ? ' ' : ''}`);
  if (JSON_OUT) {
    const m = (xs: number[]) => median(xs);
    const mm = (xs: number[]): [number, number] => [Math.min(...xs), Math.max(...xs)];
    process.stdout.write(`${JSON.stringify({
      commit, node: process.version, v8: process.versions.v8, platform: `${process.platform}-${process.arch}`, rounds: ROUNDS, quick: QUICK,
      bandwidth: ceil.map((c) => ({ bytes: c.bytes, memcpy: c.memcpy, jsCopy: c.jsCopy, sumUnrolled: c.sumUnrolled })),
      sizes: sizes.map((r) => ({
        agents: r.n, stepsPerSec: m(r.stepsPerSec), stepsPerSecRange: mm(r.stepsPerSec),
        ratio: m(r.rbw), ratioRange: mm(r.rbw), ratioDram: m(r.rbwDram), ratioDramRange: mm(r.rbwDram),
        bytesPerStep: r.bytesPerAgentStep, bytesByArray: r.byArray, ordersPerAgentDay: r.ordersPerAgentDay,
        stateBytes: r.stateBytes, agentBytesPerAgent: r.agentBytesPerAgent, bwState: m(r.bw), bwDram: m(r.bwDram),
        msPerDay: m(r.msPerDay), daysPerRound: r.daysPerRound, countedDays: r.countedDays,
      })),
      baseline: full,
    }, null, 2)}\n`);
  }
}

if (args.count) {
  // Child mode: count bytes touched at one size and print one JSON line.
  const n = Number(args.count), days = Number(args['count-days'] ?? 2);
  console.log(JSON.stringify(touchedBytes(scenarioFor(n, 5 + days + 1), 5, days)));
} else main();
