// A frame-time and long-task probe for the performance figures in docs/WEB.md. The e2e test
// starts it, plays at full speed, and reads the report; it costs nothing when not started.
export interface PerfReport { frames: number; p50: number; p95: number; max: number; longTasks: number; longTaskMaxMs: number; longTaskTotalMs: number }

let frames: number[] = [];
let longs: number[] = [];
let running = false;
let last = 0;
let obs: PerformanceObserver | null = null;

function loop(ts: number) {
  if (!running) return;
  if (last) frames.push(ts - last);
  last = ts;
  requestAnimationFrame(loop);
}

export const perfProbe = {
  start() {
    frames = []; longs = []; running = true; last = 0;
    try {
      obs = new PerformanceObserver((l) => { for (const e of l.getEntries()) longs.push(e.duration); });
      obs.observe({ type: 'longtask', buffered: false });
    } catch { obs = null; }
    requestAnimationFrame(loop);
  },
  stop(): PerfReport {
    running = false;
    obs?.disconnect();
    const s = [...frames].sort((a, b) => a - b);
    const q = (p: number) => (s.length ? s[Math.min(s.length - 1, Math.floor(p * s.length))]! : NaN);
    return {
      frames: s.length, p50: q(0.5), p95: q(0.95), max: s[s.length - 1] ?? NaN,
      longTasks: longs.length, longTaskMaxMs: Math.max(0, ...longs), longTaskTotalMs: longs.reduce((a, b) => a + b, 0),
    };
  },
};
