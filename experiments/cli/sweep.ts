// `crowdout sweep SPEC --out DIR [--workers N] [--shard i/n | --shard auto[/N]] [--resume]`
import { parseFlags, guard, positiveInt } from './args';
import { UserError } from './errors';
import { parseShard } from '../cluster/shard';
import { progressReporter } from './progress';
import { runSweep } from '../sweep';
import { listRuns } from '../list-runs';
import { loadSpecFile } from '../spec/load';
import { prepare } from '../run/prepare';
import { DEFAULT_MAX_RUNS } from '../design/count';

const USAGE = `usage: crowdout sweep SPEC.json --out DIR [--workers N|auto] [--shard i/n | --shard auto[/N] [--shard-count N]]
                      [--resume] [--retry-failed] [--strict] [--quiet] [--list-runs] [--max-runs N] [--batch N]
  --out DIR          results directory; "{shard}" in it becomes the 4-digit shard index
  --workers N        runs at a time, each on a worker thread (default: SLURM_CPUS_PER_TASK or all
                     cores); 1 runs in-process
  --workers auto     all cores, unless the machine is busy: then the first runs measure whether
                     1 or all (or half) is fastest and the sweep goes on with that (said on stderr)
  --batch N          runs per message to a worker (default: adaptive, ~100 ms a message)
  --shard i/n        run the indices k with k mod n = i; auto reads SLURM_ARRAY_TASK_ID,
                     JOB_COMPLETION_INDEX or AWS_BATCH_JOB_ARRAY_INDEX (count: auto/N or --shard-count)
  --resume           continue the sweep in DIR: finished runs are kept, the rest are run
  --retry-failed     with --resume, run failed runs again
  --strict           exit 1 when any run failed (the tables are still written)
  --quiet            no progress output
  --list-runs        check the spec as sweep does, then print the runs (index, seed, replicate,
                     design columns, parameters) as CSV; run nothing
  --max-runs N       refuse designs of more than N runs in all (default ${DEFAULT_MAX_RUNS})`;

export async function sweep(argv: string[]): Promise<number> {
  return guard('sweep', async () => {
    const { values: v, positionals } = parseFlags('sweep', argv, {
      out: { type: 'string', short: 'o' },
      workers: { type: 'string', short: 'w' },
      shard: { type: 'string' },
      'shard-count': { type: 'string' },
      resume: { type: 'boolean' },
      'retry-failed': { type: 'boolean' },
      strict: { type: 'boolean' },
      quiet: { type: 'boolean', short: 'q' },
      'list-runs': { type: 'boolean' },
      'max-runs': { type: 'string' },
      batch: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    });
    if (v.help) { process.stdout.write(`${USAGE}\n`); return 0; }
    if (positionals.length !== 1) throw new UserError(`crowdout sweep: expected one spec file, got ${positionals.length} (see --help)`);
    const maxRuns = positiveInt('max-runs', v['max-runs']);
    if (v['list-runs']) {
      const loaded = loadSpecFile(positionals[0]!);
      await prepare(loaded, positionals[0]!, maxRuns); // the same checks against the model as a sweep, the run cap first
      process.stdout.write(listRuns(loaded, parseShard(v.shard, process.env, positiveInt('shard-count', v['shard-count']))));
      return 0;
    }
    if (!v.out) throw new UserError('crowdout sweep: --out DIR is required');
    if (v['retry-failed'] && !v.resume) throw new UserError('--retry-failed needs --resume');
    const shard = parseShard(v.shard, process.env, positiveInt('shard-count', v['shard-count']));
    const workers = v.workers === 'auto' ? 'auto' as const : positiveInt('workers', v.workers, 'or auto');
    const batch = positiveInt('batch', v.batch);
    // `--out results/shard-{shard}` names each shard's directory without shell arithmetic (Kubernetes args).
    if (v.out.includes('{shard}') && !shard) throw new UserError('--out uses {shard} but no --shard was given');
    const out = shard ? v.out.replaceAll('{shard}', String(shard.index).padStart(4, '0')) : v.out;
    const ac = new AbortController();
    let signalled: NodeJS.Signals | undefined;
    const onSignal = (s: NodeJS.Signals) => { signalled = s; ac.abort(); };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    const label = shard ? `sweep ${shard.index}/${shard.count}` : 'sweep';
    const arrayVar = ['SLURM_ARRAY_TASK_ID', 'JOB_COMPLETION_INDEX', 'AWS_BATCH_JOB_ARRAY_INDEX'].find((n) => process.env[n]);
    if (!shard && arrayVar) process.stderr.write(`crowdout sweep: warning: ${arrayVar} is set but no --shard was given: every array task runs the whole sweep (use --shard auto/N)\n`);
    const progress = progressReporter(label, process.stderr, v.quiet);
    try {
      const r = await runSweep(positionals[0]!, {
        out, workers, batch, shard, resume: v.resume, maxRuns, retryFailed: v['retry-failed'],
        onProgress: progress.update, signal: ac.signal,
      });
      progress.stop();
      const m = r.manifest;
      if (r.interrupted) {
        process.stderr.write(`${label}: stopped by ${signalled ?? 'signal'} after ${m.done}/${m.shardRunCount} runs; continue with --resume\n`);
        return signalled === 'SIGTERM' ? 143 : 130;
      }
      process.stdout.write(`${label}: ${m.shardRunCount} runs (${m.failed} failed) in ${(m.timings.sessions.at(-1)!.wallMs / 1000).toFixed(1)} s -> ${r.files.map((f) => `${out}/${f}`).join(', ')}\n`);
      if (v.strict && m.failed > 0) {
        process.stderr.write(`${label}: --strict: ${m.failed} of ${m.shardRunCount} runs failed (see the status and error columns of ${out}/runs.csv)\n`);
        return 1;
      }
      return 0;
    } finally {
      progress.stop();
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
  });
}
