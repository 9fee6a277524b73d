// scripts/setup.ts end to end on fake machines: a temp dir of fake programs is the whole PATH, and
// a fake apt-get records its calls and "installs" by writing fake programs, so what the set-up
// installs, when, and what it prints can all be checked without touching the real system.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setup } from '../../scripts/setup';
import { repoRoot, tempDir } from '../experiments/helpers';
import { fakeApt, fakeBrowser, fakeProgram, fakeSlurm, host } from './fakes';

let t: { dir: string; done: () => void };
let bin: string, log: string;
beforeEach(() => { t = tempDir('setup'); bin = join(t.dir, 'bin'); log = join(t.dir, 'apt.log'); mkdirSync(bin); });
afterEach(() => t.done());

const aptCalls = () => (existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : []);
const run = (env: NodeJS.ProcessEnv, root: boolean, install = true, family: 'debian' | 'ubuntu' | 'macos' = 'debian') =>
  setup({ host: host({ PATH: bin, ...env }, { root, family, platform: family === 'macos' ? 'darwin' : 'linux' }), managed: null, install });

describe('npm run setup', () => {
  it('with everything present installs nothing and reports the browser version', () => {
    fakeApt(bin, log);
    fakeBrowser(bin, 'chromium', 'Chromium 123.4 fake');
    fakeSlurm(bin);
    const r = run({}, true);
    expect(r.code).toBe(0);
    expect(r.err).toEqual([]);
    expect(r.out.join('\n')).toContain(`browser ${bin}/chromium (chromium on PATH): Chromium 123.4 fake`);
    expect(aptCalls()).toEqual([]);
  });

  it('as root on Debian installs what is missing with apt (update first, lock timeout, noninteractive), then a second run installs nothing', () => {
    fakeApt(bin, log);
    const first = run({}, true);
    expect(first.code, first.err.join('\n')).toBe(0);
    expect(aptCalls()).toEqual([
      'noninteractive -o DPkg::Lock::Timeout=600 update -qq',
      'noninteractive -o DPkg::Lock::Timeout=600 install -y -qq chromium slurm-wlm munge',
    ]);
    expect(first.out.join('\n')).toContain('Chromium 999 from apt');
    const again = run({}, true);
    expect(again.code).toBe(0);
    expect(aptCalls()).toHaveLength(2);
  });

  it('installs only Slurm when the browser is there', () => {
    fakeApt(bin, log);
    fakeBrowser(bin, 'google-chrome');
    expect(run({}, true).code).toBe(0);
    expect(aptCalls().at(-1)).toMatch(/ install -y -qq slurm-wlm munge$/);
  });

  it('not root: installs nothing and prints one line per missing piece with the sudo command', () => {
    fakeApt(bin, log);
    const r = run({}, false);
    expect(r.code).toBe(1);
    expect(aptCalls()).toEqual([]);
    expect(r.err).toHaveLength(2);
    expect(r.err[0]).toMatch(/^crowdout setup: no Chromium or Chrome found .*install it with: sudo apt-get install -y chromium/);
    expect(r.err[1]).toMatch(/^crowdout setup: no Slurm \(missing sbatch, squeue, sinfo, slurmctld, slurmd, munged\): the real-Slurm cluster test will be skipped; .*sudo apt-get install -y slurm-wlm munge/);
  });

  it('missing Slurm is fatal only under CI=true', () => {
    fakeBrowser(bin, 'chromium');
    expect(run({}, false).code).toBe(0);
    const ci = run({ CI: 'true' }, false);
    expect(ci.code).toBe(1);
    expect(ci.err).toEqual([expect.stringMatching(/no Slurm .*CI=true requires the real-Slurm test: install it with: sudo apt-get install -y slurm-wlm munge/)]);
  });

  it('on Ubuntu as root installs Slurm with apt but gives the Playwright line for the browser', () => {
    fakeApt(bin, log);
    const r = run({}, true, true, 'ubuntu');
    expect(aptCalls().at(-1)).toMatch(/ install -y -qq slurm-wlm munge$/);
    expect(r.code).toBe(1);
    expect(r.err).toEqual([expect.stringContaining('install it with: npx playwright install --with-deps chromium')]);
  });

  it('on macOS installs nothing and says Slurm has no package there', () => {
    const r = run({}, false, true, 'macos');
    expect(r.code).toBe(1);
    expect(r.err[0]).toContain('install it with: npx playwright install chromium');
    expect(r.err[1]).toContain('no package for this platform');
  });

  it('a wrong CHROMIUM_PATH is reported, not papered over by installing chromium', () => {
    fakeApt(bin, log);
    fakeSlurm(bin);
    const r = run({ CHROMIUM_PATH: join(t.dir, 'nope') }, true);
    expect(r.code).toBe(1);
    expect(aptCalls()).toEqual([]);
    expect(r.err).toEqual([expect.stringContaining(`CHROMIUM_PATH=${join(t.dir, 'nope')} is not an executable file`)]);
  });

  it('a browser that does not start is reported with its own error', () => {
    fakeSlurm(bin);
    fakeProgram(bin, 'chromium', 'echo "chromium: error while loading shared libraries: libnss3.so" >&2; exit 127');
    const r = run({}, true);
    expect(r.code).toBe(1);
    expect(r.err).toEqual([expect.stringMatching(/chromium \(chromium on PATH\) does not start \(`--version`: chromium: error while loading shared libraries: libnss3\.so\)/)]);
  });

  it('a failing apt-get is reported with its last line, then what is still missing', () => {
    fakeApt(bin, log, 100);
    fakeSlurm(bin);
    const r = run({}, true);
    expect(r.code).toBe(1);
    expect(r.err[0]).toBe('crowdout setup: apt-get update -qq failed (exit 100): E: Unable to locate package');
    expect(r.err[1]).toContain('no Chromium or Chrome found');
  });

  it('--check installs nothing, launches nothing and is silent about Slurm outside CI', () => {
    fakeApt(bin, log);
    fakeProgram(bin, 'chromium', `touch '${t.dir}/launched'`);
    expect(run({}, true, false)).toEqual({ code: 0, out: [], err: [] });
    expect(existsSync(join(t.dir, 'launched'))).toBe(false);
    expect(aptCalls()).toEqual([]);
  });
});

describe('the setup command', () => {
  const tsxCli = join(repoRoot, 'node_modules/tsx/dist/cli.mjs');
  const cmd = (args: string[], env: NodeJS.ProcessEnv) =>
    spawnSync(process.execPath, [tsxCli, join(repoRoot, 'scripts/setup.ts'), ...args], { env: { PATH: bin, ...env }, encoding: 'utf8' });

  it('--check with no browser prints exactly one line and exits 1', () => {
    const r = cmd(['--check'], { CHROMIUM_PATH: join(t.dir, 'absent') });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringContaining(`CHROMIUM_PATH=${join(t.dir, 'absent')} is not an executable file`)]);
  });
  it('an unknown option exits 2 naming it', () => {
    const r = cmd(['--chek'], {});
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe('crowdout setup: unknown option --chek: the only option is --check (look, install nothing)');
  });
});
