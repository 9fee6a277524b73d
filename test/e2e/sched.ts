// `npm run bench:web -- --sched`: how long each thread of the browser (and the busy process) ran and
// how long it waited for a core during one run, from Linux's per-thread scheduler statistics
// (/proc/<pid>/task/<tid>/schedstat: time on a CPU, time runnable but waiting in the run queue).
// A thread that is blocked (on another thread, an IPC reply) is in neither: so a long task whose
// thread waited in the run queue was short of a core, and one that did not was waiting on something.
// Linux only; elsewhere it prints nothing.
import { readFileSync, readdirSync } from 'node:fs';

type Sample = Map<string, { run: number; wait: number }>;

const read = (p: string) => { try { return readFileSync(p, 'utf8'); } catch { return null; } };

function descendants(pid: number): number[] {
  const out = [pid];
  for (const tid of (() => { try { return readdirSync(`/proc/${pid}/task`); } catch { return []; } })()) {
    for (const c of (read(`/proc/${pid}/task/${tid}/children`) ?? '').trim().split(/\s+/).filter(Boolean)) out.push(...descendants(Number(c)));
  }
  return out;
}

/** Per thread of this process's descendants (keyed by process kind, pid and thread name): ms on a CPU and ms runnable but waiting. */
export function schedSample(): Sample | null {
  if (read('/proc/self/schedstat') === null) return null;
  const m: Sample = new Map();
  for (const pid of descendants(process.pid)) {
    const cmd = read(`/proc/${pid}/cmdline`);
    if (cmd === null) continue;
    const kind = /--type=([a-z-]+)/.exec(cmd)?.[1] ?? (pid === process.pid ? 'bench' : /for \(;;\)/.test(cmd) ? 'busy process' : cmd.includes('chrom') ? 'browser' : 'node');
    let tids: string[] = [];
    try { tids = readdirSync(`/proc/${pid}/task`); } catch { continue; }
    for (const tid of tids) {
      const comm = read(`/proc/${pid}/task/${tid}/comm`)?.trim();
      const st = read(`/proc/${pid}/task/${tid}/schedstat`)?.trim().split(' ').map(Number);
      if (!comm || !st) continue;
      // Threads of one kind and name (raster workers, several renderers) are summed.
      const key = `${kind} ${tid === String(pid) && kind === 'renderer' ? 'main' : comm}${kind === 'renderer' ? ` (${pid})` : ''}`;
      const e = m.get(key) ?? { run: 0, wait: 0 };
      e.run += st[0]! / 1e6; e.wait += st[1]! / 1e6;
      m.set(key, e);
    }
  }
  return m;
}

/** Lines: the threads that ran or waited at least `minMs` between two samples, busiest first. */
export function describeSched(a: Sample | null, b: Sample | null, minMs = 20): string[] {
  if (!a || !b) return [];
  const rows: Array<[string, number, number]> = [];
  for (const [k, e] of b) {
    const s = a.get(k) ?? { run: 0, wait: 0 };
    const run = e.run - s.run, wait = e.wait - s.wait;
    if (run >= minMs || wait >= minMs) rows.push([k, run, wait]);
  }
  rows.sort((x, y) => y[1] + y[2] - x[1] - x[2]);
  return [`    threads (ms on a CPU / ms waiting for one): ${rows.map(([k, r, w]) => `${k} ${r.toFixed(0)}/${w.toFixed(0)}`).join(', ')}`];
}
