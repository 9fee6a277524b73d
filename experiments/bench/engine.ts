// Engine benchmark: throughput against the machine's memory bandwidth. `npm run bench`.
//
// In one process, with interleaved rounds (bandwidth, then engine, repeated), it measures:
//   1. this machine's memory-bandwidth ceiling: TypedArray.set (memcpy) on a buffer at least as
//      large as the engine's state, plus a JS copy loop and an unrolled sum, STREAM convention
//      (a copy counts read + write bytes);
//   2. engine throughput in agent-steps/s (balance sheets × trading days) at 10^4, 10^5 and 10^6
//      agents, scaling rest_of_market.households, after a warm-up;
//   3. the bytes of state touched per agent-step, counted, not estimated: a second run of the same
//      scenario and seed (so the same trajectory) is stepped with its agent arrays (cash, units,
//      par, st, cls) and order book behind counting proxies — logical bytes read + written, the
//      the convention of STREAM-style byte counts. This runs in a child process: once a proxy has
//      flowed through the engine's array accesses, V8 makes them generic for the rest of the
//      process (measured: 3–4× slower stepping afterwards), which would poison the timings;
//   4. R_bw = agent-steps/s ÷ (BW_memcpy ÷ bytes per agent-step), per round: median and range;
//   5. the median wall time of a full default baseline run (1,044 days).
// No assertions: absolute numbers move ±30% on a shared VM; read the ratios.
//
// Options: --quick (3 rounds, 10^6 skipped), --rounds N, --sizes 1e4,1e5,1e6, --full-reps N, --json.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { compile } from '../../sim/compiled';
import { loadScenario, runToEnd, type Scenario } from '../../sim/index';
import { initState } from '../../sim/init';
import { Scratch, stepDay } from '../../sim/model';
import { allocColumns } from '../../sim/record/recorder';
import type { RunEvent } from '../../sim/api-types';
import type { State } from '../../sim/state';

// ---- options ------------------------------------------------------------------------------
const argv = process.argv.slice(2);
const flag = (n: string) => argv.includes(`--${n}`);
const opt = (n: string) => { const i = argv.indexOf(`--${n}`); return i >= 0 ? argv[i + 1] : undefined; };
const QUICK = flag('quick');
const ROUNDS = Number(opt('rounds') ?? (QUICK ? 3 : 7));
const SIZES = (opt('sizes') ?? (QUICK ? '1e4,1e5' : '1e4,1e5,1e6')).split(',').map(Number);
const FULL_REPS = Number(opt('full-reps') ?? (QUICK ? 3 : 7));

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
function buffers(bytes: number) {
  const n = Math.max(1 << 17, Math.ceil(bytes / 8));
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
/** Bytes/s on a buffer of at least `bytes`: each kernel repeated for ≥ minMs, best of 3 bursts. */
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

// ---- a run driven day by day, with its state exposed ---------------------------------------
const OTHER_AGENTS = initState(loadScenario('baseline', ['rest_of_market.households=1']), 1, 5).n - 1;
const scenarioFor = (agents: number): Scenario =>
  loadScenario('baseline', [`rest_of_market.households=${Math.max(1, agents - OTHER_AGENTS)}`]);

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
const agentBytes = (s: State) => s.cash.byteLength + s.units.byteLength + s.par.byteLength + s.st.byteLength + s.cls.byteLength;

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
  s.par = counting(s.par, 'par', 8, ctr); s.st = counting(s.st, 'st', 8, ctr); s.cls = counting(s.cls, 'cls', 1, ctr);
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
  msPerDay: number[]; stepsPerSec: number[]; bw: number[]; rbw: number[];
  ordersPerAgentDay: number; bytesPerAgentStep: number; byArray: Record<string, number>;
}

function throughput(target: number): SizeResult {
  const sc = scenarioFor(target);
  const probe = sim(sc, 8);
  probe.step(3);
  let t0 = now(); probe.step(2); const msDay = (now() - t0) / 2;
  const daysPerRound = Math.max(2, Math.min(60, Math.round(300 / Math.max(msDay, 0.01))));  // ~0.3 s a round
  const countedDays = Math.max(1, Math.min(5, Math.round(2e5 / target)));   // proxies cost ~50× a day
  const touched = touchedBytesIsolated(target, countedDays);
  const warm = 5;
  const r = sim(sc, warm + ROUNDS * daysPerRound + 1);
  r.step(warm);
  const sb = stateBytes(r.s);
  const res: SizeResult = {
    n: r.s.n, stateBytes: sb, agentBytesPerAgent: agentBytes(r.s) / r.s.n, daysPerRound, countedDays,
    msPerDay: [], stepsPerSec: [], bw: [], rbw: [], ordersPerAgentDay: 0, bytesPerAgentStep: touched.perAgentStep, byArray: touched.byArray,
  };
  let orders = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const bw = bandwidth(sb).memcpy;                      // A: the ceiling, on a buffer ≥ the state
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
  }
  res.ordersPerAgentDay = orders / (ROUNDS * daysPerRound * r.s.n);
  return res;
}

// ---- 5. full baseline --------------------------------------------------------------------
function fullBaseline(): { ms: number[]; days: number; agents: number } {
  const sc = loadScenario('baseline');
  runToEnd(sc, 1);                                        // warm-up
  const ms: number[] = [];
  let days = 0;
  for (let i = 0; i < FULL_REPS; i++) {
    const t0 = now();
    days = runToEnd(sc, 1 + i).summary.days;
    ms.push(now() - t0);
  }
  return { ms, days, agents: initState(sc, 1, 1).n };
}

// ---- main ---------------------------------------------------------------------------------
function main() {
  const t00 = now();
  console.log(`crowdout engine bench · node ${process.version} (V8 ${process.versions.v8}) · ${process.platform}/${process.arch} · rounds ${ROUNDS}${QUICK ? ' · quick' : ''}`);

  const ceil = [8 * 2 ** 20, 256 * 2 ** 20].map((b) => bandwidth(b, 100, 'all'));
  console.log('\nMemory bandwidth, GB/s (copy: read+write bytes; sum: bytes read):');
  console.log('  buffer       TypedArray.set   JS copy loop   unrolled sum');
  for (const c of ceil) console.log(`  ${mib(c.bytes).padEnd(11)}  ${fmt(c.memcpy / 1e9).padStart(14)}   ${fmt(c.jsCopy / 1e9).padStart(12)}   ${fmt(c.sumUnrolled / 1e9).padStart(12)}`);

  const sizes = SIZES.map((n) => throughput(n));
  console.log('\nState touched per agent-step (agent arrays + order book; counting proxies on the same trajectory):');
  console.log('  agents     days counted  B/agent-step  orders/agent-day  by array, B/agent-step');
  for (const r of sizes) {
    const parts = Object.entries(r.byArray).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${fmt(v, 0)}`).join(', ');
    console.log(`  ${String(r.n).padEnd(10)} ${String(r.countedDays).padStart(12)}  ${fmt(r.bytesPerAgentStep, 0).padStart(12)}  ${fmt(r.ordersPerAgentDay, 2).padStart(16)}  ${parts}`);
  }
  console.log(`\nThroughput (median of ${ROUNDS} interleaved rounds; R_bw = steps/s ÷ (BW_memcpy(state) ÷ B/agent-step)):`);
  console.log('  agents         state  B/agent  days/round   ms/day     agent-steps/s  BW_memcpy(state)  R_bw median [min–max]');
  for (const r of sizes) {
    console.log(`  ${String(r.n).padEnd(10)} ${mib(r.stateBytes).padStart(9)}  ${fmt(r.agentBytesPerAgent, 0).padStart(7)}  ${String(r.daysPerRound).padStart(10)}  ${fmt(median(r.msPerDay)).padStart(7)}  ${`${si(median(r.stepsPerSec))}steps/s`.padStart(16)}  ${`${fmt(median(r.bw) / 1e9)} GB/s`.padStart(16)}  ${fmt(median(r.rbw), 4)} [${fmt(Math.min(...r.rbw), 4)}–${fmt(Math.max(...r.rbw), 4)}]`);
  }
  if (sizes.length) console.log(`  (G8: agent arrays hold ${fmt(sizes[0]!.agentBytesPerAgent, 0)} B/agent; the minimum SoA for K = 9 assets, 8·(2K+3), is 168 B)`);

  const full = fullBaseline();
  console.log(`\nFull default baseline (${full.days} days, ${full.agents} agents): median ${fmt(median(full.ms), 0)} ms [${fmt(Math.min(...full.ms), 0)}–${fmt(Math.max(...full.ms), 0)}] over ${full.ms.length} runs`);
  console.log(`\nbench took ${fmt((now() - t00) / 1e3, 1)} s${sink === 0.5 ? ' ' : ''}`);
  if (flag('json')) console.log(JSON.stringify({ node: process.version, v8: process.versions.v8, rounds: ROUNDS, ceil, sizes, full }, null, 2));
}

if (opt('count')) {
  // Child mode: count bytes touched at one size and print one JSON line.
  console.log(JSON.stringify(touchedBytes(scenarioFor(Number(opt('count'))), 5, Number(opt('count-days') ?? 2))));
} else main();
