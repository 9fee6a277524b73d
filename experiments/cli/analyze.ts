// `crowdout analyze DIR [--metric NAME]... [--method pawn [--slices N]] [--plots DIR] [--bootstrap N] [--confidence 0.95] [--out FILE] [--markdown]`
import { parseFlags, guard, positiveInt } from './args';
import { UserError } from './errors';
import { analyzeSweep } from '../analyze/index';
import { compactSummary, formatMarkdown, formatTable } from '../analyze/format';
import { toCsv } from '../io/tables';
import { writeFileAtomic } from '../io/atomic';
import { analysisPlots } from '../analyze/plots';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const USAGE = `usage: crowdout analyze DIR [--metric NAME]... [--method pawn [--slices 10]] [--bootstrap 1000]
                        [--confidence 0.95] [--out FILE] [--markdown]
  --metric NAME      analyse this metric (repeatable; default: every numeric metric)
  --method pawn      PAWN indices (lhs designs, or the A and B rows of a sobol design)
  --slices N         PAWN: conditioning slices per input (default 10)
  --bootstrap N      bootstrap resamples for the intervals (default 1000)
  --confidence C     interval level (default 0.95)
  --out FILE         the table's CSV (default DIR/sensitivity.csv, DIR/pawn.csv or DIR/summary.csv)
  --markdown         print the table as Markdown (summaries as mean ± sd)
  --plots DIR        write SVG figures there: index bars with intervals (sobol, pawn), mu*-sigma
                     (morris), mean ± sd per design point (other designs), series envelopes
Warnings on stderr say when the numbers should not be read as they stand.`;

export async function analyze(argv: string[]): Promise<number> {
  return guard('analyze', async () => {
    const { values: v, positionals } = parseFlags('analyze', argv, {
      metric: { type: 'string', short: 'm', multiple: true },
      bootstrap: { type: 'string' },
      confidence: { type: 'string' },
      out: { type: 'string', short: 'o' },
      markdown: { type: 'boolean' },
      method: { type: 'string' },
      slices: { type: 'string' },
      plots: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    });
    if (v.help) { process.stdout.write(`${USAGE}\n`); return 0; }
    if (v.method !== undefined && v.method !== 'pawn') throw new UserError(`--method must be pawn (got "${v.method}"); without it the design's own method is used`);
    if (v.slices !== undefined && v.method !== 'pawn') throw new UserError('--slices applies to --method pawn');
    if (positionals.length !== 1) throw new UserError(`crowdout analyze: expected one sweep directory, got ${positionals.length}`);
    const conf = v.confidence === undefined ? undefined : Number(v.confidence);
    if (conf !== undefined && !(conf > 0 && conf < 1)) throw new UserError(`--confidence must be between 0 and 1 (got "${v.confidence}")`);
    const dir = positionals[0]!;
    const r = analyzeSweep(dir, { metrics: v.metric, resamples: positiveInt('bootstrap', v.bootstrap), confidence: conf,
      method: v.method as 'pawn' | undefined, slices: positiveInt('slices', v.slices) });
    const file = v.out ?? `${dir}/${r.kind === 'summary' ? 'summary' : r.kind === 'pawn' ? 'pawn' : 'sensitivity'}.csv`;
    writeFileAtomic(file, toCsv(r.columns));
    if (r.convergence) writeFileAtomic(`${dir}/convergence.csv`, toCsv(r.convergence));
    const shown = r.kind === 'summary' && v.markdown ? compactSummary(r.columns) : r.columns;
    process.stdout.write(`${v.markdown ? formatMarkdown(shown) : formatTable(shown)}\n`);
    if (v.plots) {
      const figs = analysisPlots(dir, r);
      mkdirSync(v.plots, { recursive: true });
      for (const [name, svg] of Object.entries(figs)) writeFileAtomic(join(v.plots, name), `${svg}\n`);
      process.stdout.write(`wrote ${Object.keys(figs).length} figures to ${v.plots}\n`);
    }
    for (const n of r.notes) process.stderr.write(`crowdout analyze: note: ${n}\n`);
    for (const w of r.warnings) process.stderr.write(`crowdout analyze: warning: ${w}\n`);
    process.stdout.write(`wrote ${file}${r.convergence ? ` and ${dir}/convergence.csv (indices at N/4, N/2, N)` : ''}\n`);
    return 0;
  });
}
