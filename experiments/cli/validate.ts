// `crowdout validate <scenario file>` and `crowdout scenarios`.
import { Run, SCENARIOS } from '../../sim/index';
import { guard, parseFlags } from './args';
import { UserError } from './errors';
import { resolveScenario } from './scenarioInput';

export async function validate(argv: string[]): Promise<number> {
  return guard('validate', async () => {
    const { values: v, positionals } = parseFlags('validate', argv, { set: { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' } });
    if (v.help) { process.stdout.write('usage: crowdout validate <scenario file | name> [--set path=value]...\n'); return 0; }
    if (positionals.length !== 1) throw new UserError('expected one scenario file');
    const s = resolveScenario(positionals[0]!, v.set ?? []);
    Run.create(s, 1, { days: 1 }); // what the schema cannot see: starting holdings that exceed a market
    process.stdout.write(`ok: ${positionals[0]} is a valid scenario ("${s.name}", ${s.start} → ${s.end})\n`);
    return 0;
  });
}

export async function scenarios(argv: string[]): Promise<number> {
  return guard('scenarios', async () => {
    const { values: v } = parseFlags('scenarios', argv, { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } });
    if (v.help) { process.stdout.write('usage: crowdout scenarios [--json]\n'); return 0; }
    if (v.json) { process.stdout.write(`${JSON.stringify(Object.fromEntries(Object.entries(SCENARIOS).map(([k, x]) => [k, x.description])), null, 2)}\n`); return 0; }
    const w = Math.max(...Object.keys(SCENARIOS).map((k) => k.length));
    for (const [k, x] of Object.entries(SCENARIOS)) process.stdout.write(`${k.padEnd(w + 2)}${x.description}\n`);
    return 0;
  });
}
