// Flag parsing shared by the subcommands: node's util.parseArgs in strict mode, with its errors
// turned into one-line UserErrors that name the flag.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UserError } from './errors';

/** What parseArgs returns for these options (named, so declaration files can be emitted). */
export type ParsedFlags<T extends NonNullable<ParseArgsConfig['options']>> = ReturnType<typeof parseArgs<{ args: string[]; options: T; strict: true; allowPositionals: true }>>;

export function parseFlags<T extends NonNullable<ParseArgsConfig['options']>>(cmd: string, argv: string[], options: T): ParsedFlags<T> {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: true });
  } catch (e) {
    const msg = (e as Error).message.split('\n')[0]!.replace(/\. To specify a positional.*$/, '');
    throw new UserError(`crowdout ${cmd}: ${msg}`);
  }
}

export function positiveInt(flag: string, v: string | undefined, alternative?: string): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v) || Number(v) < 1) throw new UserError(`--${flag} must be a positive integer${alternative ? ` ${alternative}` : ''} (got "${v}")`);
  return Number(v);
}

/** A message quoting user input stays one line: control characters escaped, length bounded. */
export function oneLine(msg: string, max = 600): string {
  const s = msg.replace(/[\u0000-\u001f\u007f]/g, (c) => (c === '\n' ? '\\n' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
  return s.length > max ? `${s.slice(0, max)}…` : s;
}

/** The engine's overflow errors: non-finite orders or prices, balances beyond exact doubles. */
export const exploded = (e: Error | undefined): boolean =>
  !!e && (e.name === 'AccountingError' || e.name === 'Error') && /non-finite|dynamics exploded|beyond exact double/.test(e.message ?? '');

/** Run a subcommand body: UserError -> message on stderr, exit 2; anything else -> exit 1. */
export async function guard(cmd: string, body: () => Promise<number>): Promise<number> {
  // `crowdout analyze DIR | head`: a closed pipe is the reader's choice, not an error.
  if (process.stdout.listenerCount('error') === 0)
    process.stdout.on('error', (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') process.exit(0); else throw e; });
  try {
    return await body();
  } catch (e) {
    if (e instanceof UserError) {
      process.stderr.write(`${e.message.startsWith('crowdout') ? '' : `crowdout ${cmd}: `}${oneLine(e.message)}\n`);
      return 2;
    }
    const err = e as Error;
    // A scenario the schema accepts but the model cannot start (holdings beyond a market's size).
    if (err?.name === 'ScenarioError') { process.stderr.write(`crowdout ${cmd}: ${oneLine(err.message)}\n`); return 2; }
    // Extreme but valid inputs whose dynamics overflow: the user's to change (exit 2, one line).
    if (exploded(err)) { process.stderr.write(`crowdout ${cmd}: ${err.message.replace(/\.$/, '')}${/try less extreme/.test(err.message) ? '' : ': the scenario\'s dynamics exploded; try less extreme parameters'}\n`); return 2; }
    // A run that stopped because its books broke says so plainly (exit 1, no stack).
    if (err?.name === 'AccountingError') { process.stderr.write(`crowdout ${cmd}: ${err.message}\n`); return 1; }
    process.stderr.write(`crowdout ${cmd}: ${(e as Error)?.stack ?? String(e)}\n`);
    return 1;
  }
}
