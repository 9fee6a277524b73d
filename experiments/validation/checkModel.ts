// `crowdout check-model [--seeds N] [--out DIR] [--years Y] [--set path=value]...`
// Runs the validation suite, prints the table, writes it as JSON and CSV with SVG figures.
// Exits 0 whether or not targets pass (failing targets are findings, not errors); 2 on bad flags.
import { mkdirSync, writeFileSync } from 'node:fs';
import { prepareOutDir } from '../io/outPath';
import { join } from 'node:path';
import { guard, parseFlags, positiveInt } from '../cli/args';
import { UserError } from '../cli/errors';
import { ScenarioError, VERSION } from '../../sim/index';
import { csvTable, markdownTable, textTable } from './report';
import { episodePlots, factPlots } from './plots';
import { validate, validationScenarios } from './validate';

const USAGE = `usage: crowdout check-model [--seeds N] [--out DIR] [--years Y] [--set path=value]... [--quiet]
  --seeds N    seeds 1..N for every run (default 5)
  --out DIR    where check-model.{json,csv} and the SVG figures go (default out/check-model)
  --years Y    length of the long baseline-like run for the stylized facts (default 20)
  --set p=v    scenario override applied to every validation run (repeatable)`;

export async function checkModel(argv: string[]): Promise<number> {
  return guard('check-model', async () => {
    const { values: v, positionals } = parseFlags('check-model', argv, {
      seeds: { type: 'string', short: 'n' },
      out: { type: 'string', short: 'o' },
      years: { type: 'string' },
      set: { type: 'string', multiple: true },
      quiet: { type: 'boolean', short: 'q' },
      help: { type: 'boolean', short: 'h' },
    });
    if (v.help) { process.stdout.write(`${USAGE}\n`); return 0; }
    if (positionals.length > 0) throw new UserError(`crowdout check-model: unexpected argument "${positionals[0]}"\n${USAGE}`);
    const nSeeds = positiveInt('seeds', v.seeds) ?? 5;
    const years = positiveInt('years', v.years) ?? 20;
    if (years < 2 || years > 200) throw new UserError(`--years must be between 2 and 200 (got ${years})`);
    const out = v.out ?? 'out/check-model';
    const set = v.set ?? [];
    try {
      validationScenarios({ years, set }); // validate overrides before any long work
    } catch (e) {
      if (e instanceof ScenarioError) throw new UserError(`--set ${e.message}`);
      throw e;
    }
    prepareOutDir(out); // a bad --out is refused now, not after the runs
    const seeds = Array.from({ length: nSeeds }, (_, i) => i + 1);
    const t0 = performance.now();
    const progress = v.quiet ? undefined : (m: string) => process.stderr.write(`check-model: ${m}\n`);
    const { results, outcomes, errors } = validate({ seeds, years, set, onProgress: progress });
    mkdirSync(out, { recursive: true });
    const table = textTable(results);
    writeFileSync(join(out, 'check-model.json'), `${JSON.stringify({
      command: ['check-model', ...argv].join(' '), version: VERSION, seeds, years, set, errors, targets: results,
    }, null, 2)}\n`);
    writeFileSync(join(out, 'check-model.csv'), csvTable(results));
    writeFileSync(join(out, 'check-model.txt'), `${table}\n`);
    writeFileSync(join(out, 'check-model.md'), markdownTable(results));
    const first = outcomes[0]!;
    const figures: Record<string, string> = {};
    try {
      Object.assign(figures, factPlots(first.returns));
      Object.assign(figures, episodePlots(first.obs.rateShock, first.obs.dashForCash));
    } catch (e) {
      errors.push(`figures: ${(e as Error).message}`);
    }
    for (const [name, svg] of Object.entries(figures)) writeFileSync(join(out, name), svg);
    process.stdout.write(`${table}\n`);
    for (const e of errors) process.stdout.write(`error: ${e}\n`);
    process.stdout.write(`\n${seeds.length} seeds in ${((performance.now() - t0) / 1000).toFixed(1)} s -> ${out}/check-model.{json,csv,txt,md} and ${Object.keys(figures).length} SVG figures\n`);
    return 0;
  });
}
