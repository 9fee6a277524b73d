// `npm run setup`: make this machine able to run `npm test`, or say in one line per missing piece
// how to. It finds Chromium or Chrome (scripts/chromium.ts) and Slurm (scripts/slurm.ts); on Debian
// or Ubuntu as root it installs what is missing with apt (apt-get update only then); elsewhere it
// prints the install command. Missing Slurm is fatal only under CI=true (the cluster test must run
// there, and skips elsewhere). Idempotent: with everything present it installs nothing.
// `--check` looks without installing or launching anything: the quick check `npm test` runs first
// (`pretest`), silent when all is well.
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { findChromium, playwrightManagedPath, type Lookup } from './chromium.js';
import { currentHost, onPath, type Host } from './host.js';
import { missingSlurm, SLURM_PACKAGES, slurmLine } from './slurm.js';

export interface SetupOptions {
  host: Host;
  /** Playwright's own download path (see chromium.ts). */
  managed: string | null;
  /** false: look only (`--check`). */
  install: boolean;
  /** Called with each line as it is decided (the CLI prints it at once: apt can take minutes). */
  onLine?: (stream: 'out' | 'err', line: string) => void;
}
export interface SetupResult { code: number; out: string[]; err: string[] }

const PREFIX = 'crowdout setup: ';

/** Installs `packages` with apt as the set-up may (root, Debian-like); returns a one-line failure or null. */
function aptInstall(host: Host, packages: string[]): string | null {
  const apt = onPath('apt-get', host.env);
  if (apt === null) return 'apt-get not found';
  const env = { ...host.env, DEBIAN_FRONTEND: 'noninteractive' };
  const lock = ['-o', 'DPkg::Lock::Timeout=600'];
  for (const args of [[...lock, 'update', '-qq'], [...lock, 'install', '-y', '-qq', ...packages]]) {
    const r = spawnSync(apt, args, { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    if (r.status !== 0) {
      const last = `${r.stderr ?? ''}${r.stdout ?? ''}`.trim().split('\n').at(-1) ?? '';
      return `apt-get ${args.filter((a) => !lock.includes(a)).join(' ')} failed (exit ${r.status ?? r.signal}): ${last}`;
    }
  }
  return null;
}

/** The browser's own version line, or a one-line reason it does not start. */
function probe(path: string, env: NodeJS.ProcessEnv): { ok: boolean; text: string } {
  const r = spawnSync(path, ['--version'], { env, encoding: 'utf8', timeout: 60_000, stdio: ['ignore', 'pipe', 'pipe'] });
  const version = (r.stdout ?? '').trim().split('\n').at(-1) ?? '';
  if (r.status === 0 && version !== '') return { ok: true, text: version };
  const why = (r.stderr ?? '').trim().split('\n').at(-1) || r.error?.message || `exit ${r.status ?? r.signal}`;
  return { ok: false, text: why };
}

export function setup({ host, managed, install, onLine }: SetupOptions): SetupResult {
  const out: string[] = [], err: string[] = [];
  const say = (stream: 'out' | 'err', line: string) => { (stream === 'out' ? out : err).push(line); onLine?.(stream, line); };
  const ci = host.env.CI === 'true';
  let browser: Lookup = findChromium(host, managed);
  let slurmMissing = missingSlurm(host);

  // Install only what the lookups did not find, and only with a package that provides it here.
  const aptFamily = host.family === 'debian' || host.family === 'ubuntu';
  const explicitBrowser = (host.env.CHROMIUM_PATH ?? '') !== '';
  const packages = [
    ...(!browser.ok && !explicitBrowser && host.family === 'debian' ? ['chromium'] : []),
    ...(slurmMissing.length > 0 && aptFamily ? SLURM_PACKAGES : []),
  ];
  if (install && packages.length > 0 && host.root && aptFamily) {
    say('out', `${PREFIX}installing ${packages.join(' ')} with apt-get (update, then install: this can take a few minutes)`);
    const failed = aptInstall(host, packages);
    if (failed) say('err', `${PREFIX}${failed}`);
    browser = findChromium(host, managed);
    slurmMissing = missingSlurm(host);
  }

  let code = 0;
  if (!browser.ok) {
    say('err', `${PREFIX}${browser.line}`);
    code = 1;
  } else if (install) {
    const p = probe(browser.path, host.env);
    if (p.ok) say('out', `${PREFIX}browser ${browser.path} (${browser.via}): ${p.text}`);
    else {
      say('err', `${PREFIX}${browser.path} (${browser.via}) does not start (\`--version\`: ${p.text}): reinstall it, or set CHROMIUM_PATH to another Chromium or Chrome`);
      code = 1;
    }
  }
  if (slurmMissing.length > 0) {
    // Outside CI it only skips the cluster test, which prints that itself; `--check` keeps quiet about it.
    if (ci || install) say('err', `${PREFIX}${slurmLine(host, slurmMissing, ci)}`);
    if (ci) code = 1;
  } else if (install) {
    say('out', `${PREFIX}slurm ${onPath('sbatch', host.env)}${host.root ? '' : ' (the cluster test also needs root)'}`);
  }
  return { code, out, err };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const unknown = args.find((a) => a !== '--check');
  if (unknown !== undefined) {
    console.error(`${PREFIX}unknown option ${unknown}: the only option is --check (look, install nothing)`);
    process.exit(2);
  }
  const r = setup({
    host: currentHost(), managed: playwrightManagedPath(), install: !args.includes('--check'),
    onLine: (stream, line) => (stream === 'out' ? console.log(line) : console.error(line)),
  });
  process.exit(r.code);
}
