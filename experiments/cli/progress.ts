// Sweep progress on stderr: a cli-progress bar on a terminal; plain lines otherwise (logs, Slurm
// output files), at most every 5 s plus the first and last.
import cliProgress from 'cli-progress';
import type { SweepProgress } from '../sweep';

const fmtEta = (s: number | null): string => (s === null ? '?' : s < 90 ? `${Math.round(s)}s` : s < 5400 ? `${Math.round(s / 60)}m` : `${(s / 3600).toFixed(1)}h`);

export function progressReporter(label: string, stream: NodeJS.WriteStream = process.stderr, quiet = false) {
  if (quiet) return { update: (_p: SweepProgress) => {}, stop: () => {} };
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar({
      stream,
      format: `${label} {bar} {value}/{total} runs | {failed} failed | {rate} runs/s | ETA {etaText}`,
      hideCursor: true, clearOnComplete: false, etaBuffer: 50,
    }, cliProgress.Presets.shades_classic);
    let started = false;
    return {
      update(p: SweepProgress) {
        const payload = { failed: p.failed, rate: p.rate.toFixed(p.rate < 10 ? 2 : 0), etaText: fmtEta(p.etaSeconds) };
        if (!started) { bar.start(p.total, p.done, payload); started = true; } else bar.update(p.done, payload);
      },
      stop: () => { if (started) bar.stop(); },
    };
  }
  let last = -Infinity, lastDone = -1, final: SweepProgress | undefined;
  const line = (p: SweepProgress) =>
    stream.write(`${label}: ${p.done}/${p.total} runs, ${p.failed} failed, ${p.rate.toFixed(2)} runs/s, ETA ${fmtEta(p.etaSeconds)}\n`);
  return {
    update(p: SweepProgress) {
      final = p;
      const now = performance.now();
      if (now - last >= 5000 || (p.done === p.total && lastDone !== p.done)) { line(p); last = now; lastDone = p.done; }
    },
    stop: () => { if (final && lastDone !== final.done) { line(final); lastDone = final.done; } },
  };
}
