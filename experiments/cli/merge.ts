// `crowdout merge DIR... --out DIR [--allow-partial] [--force] [--max-runs N]`
import { parseFlags, guard, positiveInt } from './args';
import { UserError } from './errors';
import { mergeSweeps } from '../merge';

export async function merge(argv: string[]): Promise<number> {
  return guard('merge', async () => {
    const { values: v, positionals } = parseFlags('merge', argv, {
      out: { type: 'string', short: 'o' },
      'allow-partial': { type: 'boolean' },
      force: { type: 'boolean' },
      'max-runs': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    });
    if (v.help) { process.stdout.write('usage: crowdout merge DIR... --out DIR [--allow-partial] [--force] [--max-runs N]\n  --force  replace the sweep already in --out\n'); return 0; }
    if (!v.out) throw new UserError('crowdout merge: --out DIR is required');
    if (positionals.length === 0) throw new UserError('crowdout merge: name the shard directories to merge');
    const r = mergeSweeps(positionals, { out: v.out, allowPartial: v['allow-partial'], force: v.force, maxRuns: positiveInt('max-runs', v['max-runs']) });
    for (const w of r.warnings) process.stderr.write(`crowdout merge: warning: ${w}\n`);
    process.stdout.write(`merge: ${positionals.length} directories, ${r.manifest.done} runs (${r.manifest.failed} failed) -> ${r.files.map((f) => `${v.out}/${f}`).join(', ')}\n`);
    return 0;
  });
}
