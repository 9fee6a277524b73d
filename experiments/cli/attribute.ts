// `crowdout attribute <scenario> [--seeds N] [--days N] [--set p=v]... [--summary]`
import { ATTRIBUTION_METRICS, attribute, SOURCES } from '../attribution/attribute';
import { guard, parseFlags, positiveInt } from './args';
import { UserError } from './errors';
import { resolveScenario } from './scenarioInput';

export const ATTRIBUTE_USAGE = `usage: crowdout attribute <scenario name | file.json> [--seeds N] [--days N] [--set path=value]... [--summary]
  Splits the change in the cost of capital (peak, end), in idle money (minimum) and the exhaustion
  day among AI capex, the deficit, QT and the rest, by counterfactual runs on common random numbers
  (seeds 1..N, 8 runs a seed) and a Shapley split; the sources add up to the total.
  --seeds N        number of seeds (1–200; default 3)
  --days N         stop each run after N trading days
  --set p=v        override one parameter of the scenario before attribution
  --summary        print exactly one JSON object {scenario, seeds, metrics: {<metric>: {total, sources}}}`;

const fmt: Record<string, (x: number) => string> = {
  costOfCapitalPeak: (x) => `${(x * 1e4).toFixed(1)}bp`, costOfCapitalEnd: (x) => `${(x * 1e4).toFixed(1)}bp`,
  idleMoneyMin: (x) => `$${(x / 1e9).toFixed(0)}B`, exhaustionDay: (x) => `${x.toFixed(0)}d`,
};

export async function attributeCmd(argv: string[]): Promise<number> {
  return guard('attribute', async () => {
    const { values: v, positionals } = parseFlags('attribute', argv, {
      seeds: { type: 'string' }, days: { type: 'string' }, set: { type: 'string', multiple: true },
      summary: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
    });
    if (v.help) { process.stdout.write(`${ATTRIBUTE_USAGE}\n`); return 0; }
    if (positionals.length !== 1) throw new UserError(`expected one scenario, got ${positionals.length}\n${ATTRIBUTE_USAGE}`);
    const n = positiveInt('seeds', v.seeds) ?? 3;
    if (n > 200) throw new UserError(`--seeds must be at most 200 (got ${n}); each seed is 8 runs`);
    const days = positiveInt('days', v.days);
    const sc = resolveScenario(positionals[0]!, v.set ?? []);
    const seeds = Array.from({ length: n }, (_, i) => i + 1);
    const res = attribute(sc, seeds, { ...(days === undefined ? {} : { days }), onRun: (d, t) => { if (!v.summary && process.stderr.isTTY) process.stderr.write(`\r${d}/${t} runs`); } });
    if (!v.summary && process.stderr.isTTY) process.stderr.write('\n');
    if (v.summary) {
      process.stdout.write(`${JSON.stringify({ scenario: res.scenario, seeds: res.seeds, metrics: res.metrics })}\n`);
      if (res.censored > 0) process.stderr.write(`crowdout attribute: ${res.censored} of ${n * 8} runs never exhausted idle money; their exhaustion day is the horizon (${res.days})\n`);
      return 0;
    }
    const lines = [`crowdout attribute · ${res.scenario} · seeds 1–${n} (${n * 8} runs, common random numbers)`,
      `${'metric'.padEnd(20)}${'total'.padStart(10)}${SOURCES.map((s) => s.padStart(10)).join('')}${'other'.padStart(10)}`];
    for (const m of ATTRIBUTION_METRICS) {
      const a = res.metrics[m], f = fmt[m]!;
      lines.push(`${m.padEnd(20)}${f(a.total).padStart(10)}${SOURCES.map((s) => f(a.sources[s]).padStart(10)).join('')}${f(a.sources.other).padStart(10)}`);
    }
    lines.push('changes from the start of the run (exhaustion: trading day, the horizon if never); "other" = all three sources off');
    if (res.censored > 0) lines.push(`${res.censored} of ${n * 8} runs never exhausted idle money: their exhaustion day is the horizon (${res.days}), a lower bound`);
    process.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  });
}
