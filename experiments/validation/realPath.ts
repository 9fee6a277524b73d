// `npx tsx experiments/validation/realPath.ts [seeds]`: the baseline's real path (docs/VALIDATION.md
// "The real path"). Runs the `baseline` scenario (no scripted foresight) for seeds 1..N (default 10)
// only as far as the table needs, and prints the model's 10–50–90% band beside the published figure
// for each series and date of realData.ts, and for the annual hyperscaler totals, as markdown.
import { loadScenario, runToEnd } from '../../sim/index';
import { REAL_ANNUAL, REAL_PATH_DATES, REAL_SERIES } from './realData';
import { annualRows, markdownTable, seriesRows } from './realPathTable';

const arg = process.argv[2] ?? '10';
const n = Number(arg);
if (!Number.isInteger(n) || n < 1) {
  process.stderr.write(`seeds: expected a whole number ≥ 1, got "${arg}" (e.g. npx tsx experiments/validation/realPath.ts 10)\n`);
  process.exit(2);
}

// The last day any row reads: the newest table date or the end of the last annual total's year.
const lastYear = Math.max(...REAL_ANNUAL.map((t) => t.year));
const end = [...REAL_PATH_DATES, `${lastYear}-12-31`].sort().at(-1)!;
const scenario = loadScenario('baseline', [`end="${end}"`]);

const runs = Array.from({ length: n }, (_, i) => {
  process.stderr.write(`seed ${i + 1}/${n}\n`);
  return runToEnd(scenario, i + 1).data;
});

process.stdout.write(`Baseline, seeds 1–${n}, ${scenario.start} → ${end}\n\n`);
process.stdout.write(`${markdownTable(seriesRows(REAL_SERIES, REAL_PATH_DATES, runs))}\n\n`);
process.stdout.write(`${markdownTable(annualRows(REAL_ANNUAL, runs))}\n`);
