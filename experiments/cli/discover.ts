// `crowdout discover DIR --where "M > x" [--metric M] [--threshold 0.8] [--alpha 0.05] [--mass-min 0.05] [--boxes N]`
import { parseFlags, guard, positiveInt } from './args';
import { UserError } from './errors';
import { discoverSweep, formatBoxes, trajectorySvg } from '../discover/index';
import { toCsv } from '../io/tables';
import { writeFileAtomic } from '../io/atomic';

const USAGE = `usage: crowdout discover DIR --where "METRIC OP NUMBER" [--metric METRIC] [--threshold 0.8]
                         [--alpha 0.05] [--mass-min 0.05] [--boxes 1]
  --where TEXT     the runs of interest, e.g. "derived.exhaustionDayOrEnd < 600" (OP: > >= < <= == !=)
  --metric NAME    the metric --where tests (optional; must agree with --where)
  --threshold D    a box is chosen at the first peeling step whose density reaches D (default 0.8;
                   if none does, the densest box)
  --alpha A        share of the box's runs peeled per step (default 0.05)
  --mass-min M     stop peeling when the box would hold less than this share of runs (default 0.05)
  --boxes N        find up to N boxes, each on the runs the earlier boxes left (default 1)
Writes DIR/prim-trajectory.csv and DIR/prim-trajectory.svg.`;

function unitShare(flag: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const x = Number(v);
  if (!(x > 0 && x < 1)) throw new UserError(`--${flag} must be a number between 0 and 1 (got "${v}")`);
  return x;
}

export async function discover(argv: string[]): Promise<number> {
  return guard('discover', async () => {
    const { values: v, positionals } = parseFlags('discover', argv, {
      where: { type: 'string', short: 'w' },
      metric: { type: 'string', short: 'm' },
      threshold: { type: 'string' },
      alpha: { type: 'string' },
      'mass-min': { type: 'string' },
      boxes: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    });
    if (v.help) { process.stdout.write(`${USAGE}\n`); return 0; }
    if (positionals.length !== 1) throw new UserError(`crowdout discover: expected one sweep directory, got ${positionals.length} (see --help)`);
    if (!v.where) throw new UserError('crowdout discover: --where "METRIC OP NUMBER" is required');
    const dir = positionals[0]!;
    const r = discoverSweep(dir, {
      where: v.where, metric: v.metric, threshold: unitShare('threshold', v.threshold), alpha: unitShare('alpha', v.alpha),
      massMin: unitShare('mass-min', v['mass-min']), boxes: positiveInt('boxes', v.boxes),
    });
    writeFileAtomic(`${dir}/prim-trajectory.csv`, toCsv(r.table));
    writeFileAtomic(`${dir}/prim-trajectory.svg`, `${trajectorySvg(r)}\n`);
    process.stdout.write(`${formatBoxes(r)}\n\nwrote ${dir}/prim-trajectory.csv, ${dir}/prim-trajectory.svg\n`);
    for (const n of r.notes) process.stderr.write(`crowdout discover: note: ${n}\n`);
    return 0;
  });
}
