// `crowdout run <scenario> [--seed N] [--days N] [--set path=value]... [--out FILE.csv|FILE.json] [--summary]`
import { runToEnd } from '../../sim/index';
import { guard, parseFlags, positiveInt } from './args';
import { UserError } from './errors';
import { resolveScenario } from './scenarioInput';
import { seriesCsv } from '../io/seriesCsv';
import { checkOutFile } from '../io/outPath';
import { writeFileAtomic } from '../io/atomic';

export const RUN_USAGE = `usage: crowdout run <scenario name | file.json> [--seed N] [--days N] [--set path=value]...
                    [--out FILE.csv | FILE.json] [--summary]
  --seed N         random seed (integer ≥ 0; default 1)
  --days N         stop after N trading days (default: the scenario's whole calendar)
  --set p=v        override one parameter by dotted path, e.g. --set hedge_fund.leverage.max=6
  --out FILE       write the daily series as CSV, or the whole run (summary, series, events) as JSON
  --summary        print exactly one JSON object with the run's summary to stdout`;

export function parseSeed(v: string | undefined): number {
  if (v === undefined) return 1;
  if (!/^\d+$/.test(v) || Number(v) > 2 ** 32 - 1) throw new UserError(`--seed must be an integer from 0 to 4294967295 (got "${v}")`);
  return Number(v);
}

export async function run(argv: string[]): Promise<number> {
  return guard('run', async () => {
    const { values: v, positionals } = parseFlags('run', argv, {
      seed: { type: 'string' }, days: { type: 'string' }, set: { type: 'string', multiple: true },
      out: { type: 'string', short: 'o' }, summary: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
    });
    if (v.help) { process.stdout.write(`${RUN_USAGE}\n`); return 0; }
    if (positionals.length !== 1) throw new UserError(`expected one scenario, got ${positionals.length}${positionals.length > 1 ? ` (${positionals.join(', ')}); pick one` : ''} (see --help)`);
    const seed = parseSeed(v.seed);
    const days = positiveInt('days', v.days);
    if (v.out && !/\.(csv|json)$/i.test(v.out)) throw new UserError(`--out must end in .csv or .json (got "${v.out}")`);
    if (v.out) checkOutFile(v.out);
    const scenario = resolveScenario(positionals[0]!, v.set ?? []);
    const { summary, data } = runToEnd(scenario, seed, days === undefined ? {} : { days });
    if (v.out) {
      if (v.out.toLowerCase().endsWith('.csv')) writeFileAtomic(v.out, seriesCsv(data));
      else writeFileAtomic(v.out, JSON.stringify({ summary, scenario, dates: data.dates,
        columns: Object.fromEntries(Object.entries(data.columns).map(([k, c]) => [k, Array.from(c)])), events: data.events }));
    }
    if (v.summary) process.stdout.write(`${JSON.stringify(summary)}\n`);
    else {
      const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
      const lines = [
        `crowdout ${summary.version} · ${summary.scenario} · seed ${summary.seed} · ${summary.startDate} → ${summary.endDate} (${summary.days} days)`,
        `idle money: $${(summary.idleMoney.start / 1e12).toFixed(2)}T → min $${(summary.idleMoney.min / 1e12).toFixed(2)}T; exhausted: ${summary.exhaustionDate ?? 'never'}`,
        `cost of capital: ${pct(summary.rates.costOfCapital.start)} → peak ${pct(summary.rates.costOfCapital.peak)} → ${pct(summary.rates.costOfCapital.end)}; 10y peak ${pct(summary.rates.treasury10y.peak)}`,
        `cascades: ${summary.cascades.count} days, up to ${summary.cascades.maxRounds} rounds, $${(summary.cascades.forcedSalesUsd / 1e9).toFixed(0)}B forced sales in all`,
        'asset           total return   max drawdown',
        ...Object.entries(summary.assets).map(([a, x]) => `${a.padEnd(16)}${pct(x.totalReturn).padStart(12)}${pct(x.maxDrawdown).padStart(15)}`),
        `books: max imbalance $${summary.accounting.maxImbalanceUsd}`,
      ];
      process.stdout.write(`${lines.join('\n')}\n`);
    }
    return 0;
  });
}
