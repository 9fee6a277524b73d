// A frame-time and long-task probe for the performance figures in docs/WEB.md. The e2e test
// starts it, plays at full speed, and reads the report; it costs nothing when not started.
export interface LongFrame { ms: number; scriptMs: number; styleLayoutMs: number; renderMs: number; scripts: string[] }
export interface PerfReport {
  frames: number; p50: number; p95: number; max: number; longTasks: number; longTaskMaxMs: number; longTaskTotalMs: number;
  /** Long animation frames (> 50 ms) with where their time went (Chromium's LoAF API). */
  longFrames: LongFrame[];
  /** Each long task as [ms after start, duration ms]. */
  longTaskTimes: Array<[number, number]>;
}

interface LoafEntry extends PerformanceEntry {
  renderStart: number; styleAndLayoutStart: number;
  scripts: Array<{ invoker: string; duration: number; sourceFunctionName: string }>;
}

let frames: number[] = [];
let longs: number[] = [];
let longAt: Array<[number, number]> = [];
let t0 = 0;
let running = false;
let last = 0;
let obs: PerformanceObserver | null = null;
let loafObs: PerformanceObserver | null = null;
let loafs: LongFrame[] = [];

function loop(ts: number) {
  if (!running) return;
  if (last) frames.push(ts - last);
  last = ts;
  requestAnimationFrame(loop);
}

export const perfProbe = {
  start() {
    frames = []; longs = []; longAt = []; loafs = []; running = true; last = 0; t0 = performance.now();
    try {
      loafObs = new PerformanceObserver((l) => {
        for (const e of l.getEntries() as LoafEntry[]) {
          const end = e.startTime + e.duration;
          loafs.push({
            ms: Math.round(e.duration), scriptMs: Math.round(e.scripts.reduce((a, x) => a + x.duration, 0)),
            styleLayoutMs: Math.round(end - (e.styleAndLayoutStart || end)), renderMs: Math.round(end - (e.renderStart || end)),
            scripts: e.scripts.map((x) => `${x.invoker} ${Math.round(x.duration)}ms`),
          });
        }
      });
      loafObs.observe({ type: 'long-animation-frame', buffered: false });
    } catch { loafObs = null; }
    try {
      obs = new PerformanceObserver((l) => { for (const e of l.getEntries()) { longs.push(e.duration); longAt.push([Math.round(e.startTime - t0), Math.round(e.duration)]); } });
      obs.observe({ type: 'longtask', buffered: false });
    } catch { obs = null; }
    requestAnimationFrame(loop);
  },
  stop(): PerfReport {
    running = false;
    obs?.disconnect();
    loafObs?.disconnect();
    const s = [...frames].sort((a, b) => a - b);
    const q = (p: number) => (s.length ? s[Math.min(s.length - 1, Math.floor(p * s.length))]! : NaN);
    return {
      frames: s.length, p50: q(0.5), p95: q(0.95), max: s[s.length - 1] ?? NaN,
      longTasks: longs.length, longTaskMaxMs: Math.max(0, ...longs), longTaskTotalMs: longs.reduce((a, b) => a + b, 0),
      longFrames: loafs, longTaskTimes: longAt,
    };
  },
};
