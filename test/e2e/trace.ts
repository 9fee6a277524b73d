// `npm run bench:web -- --trace`: record a Chromium trace (CDP `Tracing`) of one run and say, for the
// page's main thread, how much CPU it used and what each long task (> 50 ms) was made of. A task's
// wall time against its CPU time tells work apart from waiting for a core.
import type { CDPSession } from 'playwright-core';

interface TraceEvent { name: string; ph: string; pid: number; tid: number; ts: number; dur?: number; tdur?: number; args?: { name?: string } }

const CATEGORIES = 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,blink,cc,toplevel';

/** What the parts of a task are called in the trace, and what they are. */
const PARTS: Record<string, string> = {
  FireAnimationFrame: 'frame callbacks',
  HandlePostMessage: 'worker message',
  TimerFire: 'timers',
  EventDispatch: 'events',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  Paint: 'paint',
  GetImageData: 'canvas raster (read-back)',
  'Canvas2DResourceProviderSharedImage::ProduceCanvasResource': 'canvas raster (commit)',
  Commit: 'commit',
  MajorGC: 'GC', MinorGC: 'GC',
};

export async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  const onData = (d: { value: unknown[] }) => { events.push(...(d.value as TraceEvent[])); };
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  return async () => {
    const done = new Promise<void>((res) => cdp.once('Tracing.tracingComplete', () => res()));
    await cdp.send('Tracing.end');
    await done;
    cdp.off('Tracing.dataCollected', onData);
    return events;
  };
}

/** Lines describing the page's main thread in a trace: CPU used, and each task over `longMs`. */
export function describeTrace(events: TraceEvent[], longMs = 50): string[] {
  const thread = (e: TraceEvent) => `${e.pid}:${e.tid}`;
  const names = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names.set(thread(e), e.args?.name ?? '');
  // The page's main thread: the renderer main thread with the most tasks (other renderers idle).
  const counts = new Map<string, number>();
  for (const e of events) if (e.name === 'RunTask' && names.get(thread(e)) === 'CrRendererMain') counts.set(thread(e), (counts.get(thread(e)) ?? 0) + 1);
  const main = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!main) return ['    trace: no renderer main thread found'];
  const mine = events.filter((e) => thread(e) === main && e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts);
  const tasks = mine.filter((e) => e.name === 'RunTask');
  if (tasks.length === 0) return ['    trace: no tasks'];
  const t0 = tasks[0]!.ts;
  const ms = (us: number | undefined) => (us ?? 0) / 1000;
  const cpu = tasks.reduce((a, t) => a + ms(t.tdur), 0);
  const span = ms(tasks.at(-1)!.ts + tasks.at(-1)!.dur! - t0);
  const byCpu = [...tasks].sort((a, b) => (b.tdur ?? 0) - (a.tdur ?? 0));
  const out = [`    trace: main thread ${cpu.toFixed(0)} ms of CPU in ${(span / 1000).toFixed(1)} s; most CPU in one task ${ms(byCpu[0]!.tdur).toFixed(1)} ms; tasks with > 8 ms of CPU: ${tasks.filter((t) => ms(t.tdur) > 8).length}`];
  for (const t of tasks.filter((x) => ms(x.dur) > longMs)) {
    // The task's parts (outermost of each kind), by CPU time.
    const parts = new Map<string, [number, number]>();
    let inside: TraceEvent | null = null;
    for (const e of mine) {
      if (e.ts < t.ts || e.ts + e.dur! > t.ts + t.dur!) continue;
      const part = PARTS[e.name];
      if (!part) continue;
      if (inside && e.ts < inside.ts + inside.dur! && PARTS[inside.name] === part) continue;
      inside = e;
      const p = parts.get(part) ?? [0, 0];
      p[0] += ms(e.dur); p[1] += ms(e.tdur);
      parts.set(part, p);
    }
    const list = [...parts].sort((a, b) => b[1][1] - a[1][1]).map(([k, [w, c]]) => `${k} ${w.toFixed(0)}/${c.toFixed(1)}`).join(', ');
    out.push(`    long task at ${ms(t.ts - t0).toFixed(0)} ms: ${ms(t.dur).toFixed(0)} ms wall, ${ms(t.tdur).toFixed(1)} ms CPU (wall/CPU ms: ${list || 'nothing traced'})`);
  }
  return out;
}
