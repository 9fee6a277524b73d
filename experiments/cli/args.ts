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

export function positiveInt(flag: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v) || Number(v) < 1) throw new UserError(`--${flag} must be a positive integer (got "${v}")`);
  return Number(v);
}

/** Run a subcommand body: UserError -> message on stderr, exit 2; anything else -> exit 1. */
export async function guard(cmd: string, body: () => Promise<number>): Promise<number> {
  // `crowdout analyze DIR | head`: a closed pipe is the reader's choice, not an error.
  if (process.stdout.listenerCount('error') === 0)
    process.stdout.on('error', (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') process.exit(0); else throw e; });
  try {
    return await body();
  } catch (e) {
    if (e instanceof UserError) {
      process.stderr.write(`${e.message.startsWith('crowdout') ? '' : `crowdout ${cmd}: `}${e.message}\n`);
      return 2;
    }
    // A run that stopped because its books or numbers broke says so plainly (exit 1, no stack).
    if ((e as Error)?.name === 'AccountingError') { process.stderr.write(`crowdout ${cmd}: ${(e as Error).message}\n`); return 1; }
    process.stderr.write(`crowdout ${cmd}: ${(e as Error)?.stack ?? String(e)}\n`);
    return 1;
  }
}
