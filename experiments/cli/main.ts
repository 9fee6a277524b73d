// `npx crowdout <command>`: a thin layer over the engine and the experiment API.
import { VERSION } from '../../sim/index';
import { run } from './run';
import { scenarios, validate } from './validate';

const COMMANDS: Record<string, { help: string; load: () => Promise<(argv: string[]) => Promise<number>> }> = {
  run: { help: 'run one scenario and print or write its results', load: async () => run },
  validate: { help: 'check a scenario file against the schema', load: async () => validate },
  scenarios: { help: 'list the named scenarios', load: async () => scenarios },
  attribute: { help: 'split the crowding out among capex, deficit, QT and the rest (Shapley)', load: async () => (await import('./attribute')).attributeCmd },
  sweep: { help: 'run a designed experiment (grid, list, lhs, sobol, morris) on worker threads', load: async () => (await import('./sweep')).sweep },
  merge: { help: 'merge sharded sweep outputs into one', load: async () => (await import('./merge')).merge },
  analyze: { help: 'Sobol or Morris sensitivity indices of a sweep', load: async () => (await import('./analyze')).analyze },
  'check-model': { help: 'validation suite: stylized facts and episodes', load: async () => (await import('../validation/checkModel')).checkModel },
  calibrate: { help: 'method-of-simulated-moments calibration', load: async () => (await import('../validation/calibrate')).calibrate },
};

const USAGE = `crowdout ${VERSION}: an agent-based model of AI-capex crowding-out

usage: crowdout <command> [options]   (crowdout <command> --help for its options)

${Object.entries(COMMANDS).map(([k, c]) => `  ${k.padEnd(12)}${c.help}`).join('\n')}`;

async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  if (!cmd || cmd === '--help' || cmd === '-h' || cmd === 'help') { process.stdout.write(`${USAGE}\n`); return 0; }
  if (cmd === '--version' || cmd === '-v') { process.stdout.write(`${VERSION}\n`); return 0; }
  const c = COMMANDS[cmd];
  if (!c) { process.stderr.write(`crowdout: unknown command "${cmd}"; commands: ${Object.keys(COMMANDS).join(', ')}\n`); return 2; }
  let fn: (argv: string[]) => Promise<number>;
  try { fn = await c.load(); } catch (e) {
    process.stderr.write(`crowdout ${cmd}: this command is not available in this build (${(e as Error).message.split('\n')[0]})\n`);
    return 1;
  }
  return fn(rest);
}

// A closed pipe (`crowdout scenarios | head -1`) is not an error: stop quietly.
process.stdout.on('error', (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') process.exit(0); throw e; });

process.exitCode = await main(process.argv.slice(2));
