// `crowdout analyze DIR [--metric NAME]... [--bootstrap N] [--confidence 0.95] [--out FILE] [--markdown]`
import { parseFlags, guard, positiveInt } from './args';
import { UserError } from './errors';
import { analyzeSweep } from '../analyze/index';
import { compactSummary, formatMarkdown, formatTable } from '../analyze/format';
import { toCsv } from '../io/tables';
import { writeFileAtomic } from '../io/atomic';
import { checkOutFile } from '../io/outPath';

export async function analyze(argv: string[]): Promise<number> {
  return guard('analyze', async () => {
    const { values: v, positionals } = parseFlags('analyze', argv, {
      metric: { type: 'string', short: 'm', multiple: true },
      bootstrap: { type: 'string' },
      confidence: { type: 'string' },
      out: { type: 'string', short: 'o' },
      markdown: { type: 'boolean' },
      'max-runs': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    });
    if (v.help) { process.stdout.write('usage: crowdout analyze DIR [--metric NAME]... [--bootstrap N] [--confidence 0.95] [--out FILE] [--markdown]\n'); return 0; }
    if (positionals.length !== 1) throw new UserError(`crowdout analyze: expected one sweep directory, got ${positionals.length}`);
    const conf = v.confidence === undefined ? undefined : Number(v.confidence);
    if (conf !== undefined && !(conf > 0 && conf < 1)) throw new UserError(`--confidence must be between 0 and 1 (got "${v.confidence}")`);
    const dir = positionals[0]!;
    if (v.out) checkOutFile(v.out);
    const r = analyzeSweep(dir, { metrics: v.metric, resamples: positiveInt('bootstrap', v.bootstrap), confidence: conf, maxRuns: positiveInt('max-runs', v['max-runs']) });
    const file = v.out ?? `${dir}/${r.kind === 'summary' ? 'summary' : 'sensitivity'}.csv`;
    writeFileAtomic(file, toCsv(r.columns));
    const shown = r.kind === 'summary' && v.markdown ? compactSummary(r.columns) : r.columns;
    process.stdout.write(`${v.markdown ? formatMarkdown(shown) : formatTable(shown)}\n`);
    for (const n of r.notes) process.stderr.write(`crowdout analyze: note: ${n}\n`);
    process.stdout.write(`wrote ${file}\n`);
    return 0;
  });
}
