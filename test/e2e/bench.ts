// `npm run bench:web`: how smooth the page stays while it plays the whole baseline at full speed,
// with one CPU-bound process running beside it (a laptop doing something else). Prints main-thread
// long tasks (> 50 ms: count and longest) and frame-interval percentiles per repeat. A benchmark,
// not a test: it asserts nothing. Options: --repeats N (default 3), --quiet-machine (no busy process),
// --busy N (N busy processes, the extra ones each in a session of its own),
// --viewport WxH (default 1280x800), --detail (per-chart draws, long tasks and frames), --trace (a
// Chromium trace of every run: main-thread CPU, and each long task's wall and CPU time by part), --sched
// (per thread, time on a CPU and time waiting for one, from Linux's scheduler statistics).
import { spawn } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { startHarness } from './harness';
import { lookupChromium } from '../../scripts/chromium';
import { describeTrace, startTrace } from './trace';
import { describeSched, schedSample } from './sched';

const arg = (name: string) => { const i = process.argv.indexOf(name); return i >= 0 ? process.argv[i + 1] : undefined; };
const repeats = Number(arg('--repeats') ?? 3);
const quiet = process.argv.includes('--quiet-machine');
/** How many CPU-bound processes run beside the page (default 1; --busy 2 stands for other jobs on the machine). */
const busyN = Number(arg('--busy') ?? 1);
/** Also print, per run, each chart's draws (whole / tail only) and the long animation frames with their scripts. */
const detail = process.argv.includes('--detail');
/** Trace each run (CDP Tracing) and attribute its long tasks; tracing itself costs the page a little. */
const trace = process.argv.includes('--trace');
/** Per thread, time on a CPU and time waiting for one during each run (Linux scheduler statistics). */
const sched = process.argv.includes('--sched');
const [vw, vh] = (arg('--viewport') ?? '1280x800').split('x').map(Number) as [number, number];

interface LongFrame { ms: number; scriptMs: number; styleLayoutMs: number; renderMs: number; scripts: string[] }
interface Perf { frames: number; p50: number; p95: number; max: number; longTasks: number; longTaskMaxMs: number; longTaskTotalMs: number; longFrames: LongFrame[]; longTaskTimes: Array<[number, number]> }
type Stats = Array<[string, { draws: number; tail: number; maxMs: number; totalMs: number }]>;

const pct = (xs: number[], p: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN; };

async function main() {
  const browser = lookupChromium();
  if (!browser.ok) { console.error(`bench:web: ${browser.line}`); process.exit(1); }
  // The first busy process shares the bench's session; more (--busy N) get sessions of their own, so
  // that Linux's autogroup scheduling treats each like another job on the machine.
  const busy = quiet ? [] : Array.from({ length: busyN }, (_, k) => spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore', detached: k > 0 }));
  const h = await startHarness(4190);
  try {
    const { page } = await h.open('', { width: vw, height: vh });
    await page.selectOption('#speed', '3');
    console.log(`bench:web — ${cpus().length} cores, ${quiet ? 'no other load' : busyN === 1 ? 'one busy process beside the page' : `${busyN} busy processes beside the page`}, ${vw}×${vh}, baseline 1044 days at full speed${trace ? ', traced' : ''}`);
    const rows: Array<Perf & { wallMs: number }> = [];
    for (let r = 0; r < repeats; r++) {
      if (r > 0) {
        await page.click('#reset');
        await page.waitForFunction(() => document.querySelector<HTMLElement>('#day')?.dataset.t === '0');
      }
      await page.evaluate(() => (window as unknown as { __crowdout: { perf: { start(): void } } }).__crowdout.perf.start());
      const stopTrace = trace ? await startTrace(await page.context().newCDPSession(page)) : null;
      const s0 = sched ? schedSample() : null;
      const t0 = Date.now();
      await page.click('#play');
      await page.waitForFunction(() => document.querySelector<HTMLElement>('#day')?.dataset.state === 'end', null, { timeout: 600_000, polling: 200 });
      const perf = await page.evaluate(() => (window as unknown as { __crowdout: { perf: { stop(): Perf } } }).__crowdout.perf.stop());
      const stats = await page.evaluate(() => [...(window as unknown as { __crowdout: { renderer: { stats: Map<string, unknown> } } }).__crowdout.renderer.stats.entries()]) as Stats;
      await page.evaluate(() => (window as unknown as { __crowdout: { renderer: { stats: Map<string, unknown> } } }).__crowdout.renderer.stats.clear());
      rows.push({ ...perf, wallMs: Date.now() - t0 });
      const s1 = sched ? schedSample() : null;
      const traced = stopTrace ? describeTrace(await stopTrace()) : [];
      console.log(`  run ${r + 1} (${r === 0 ? 'cold' : 'warm'}): ${perf.frames} frames, p50 ${perf.p50.toFixed(1)} ms, p95 ${perf.p95.toFixed(1)} ms, max ${perf.max.toFixed(0)} ms; `
        + `long tasks ${perf.longTasks} (longest ${perf.longTaskMaxMs.toFixed(0)} ms, total ${perf.longTaskTotalMs.toFixed(0)} ms); whole run ${(rows.at(-1)!.wallMs / 1000).toFixed(1)} s; load avg ${loadavg()[0]!.toFixed(1)}`);
      for (const line of traced) console.log(line);
      for (const line of describeSched(s0, s1)) console.log(line);
      if (detail) {
        for (const [id, st] of stats) console.log(`    ${id}: ${st.draws} draws (${st.draws - st.tail} whole, ${st.tail} tail only), mean ${(st.totalMs / st.draws).toFixed(1)} ms, max ${st.maxMs.toFixed(1)} ms`);
        if (perf.longTaskTimes.length) console.log(`    long tasks at (ms after start: duration): ${perf.longTaskTimes.map(([at, ms]) => `${at}: ${ms}`).join(', ')}`);
        for (const f of perf.longFrames) console.log(`    long frame ${f.ms} ms: script ${f.scriptMs}, style+layout ${f.styleLayoutMs}, render ${f.renderMs} · ${f.scripts.join(', ')}`);
      }
    }
    const warm = rows.length > 1 ? rows.slice(1) : rows;
    console.log(`warm median: p95 ${pct(warm.map((x) => x.p95), 0.5).toFixed(1)} ms, long tasks ${pct(warm.map((x) => x.longTasks), 0.5)}, longest ${pct(warm.map((x) => x.longTaskMaxMs), 0.5).toFixed(0)} ms`);
    await page.close();
  } finally {
    for (const b of busy) b.kill();
    await h.close();
  }
}

void main().then(() => process.exit(0), (e) => { console.error(e); process.exit(1); });
