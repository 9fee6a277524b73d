// Fake programs for the set-up tests: real executable shell scripts in a temp dir that becomes the
// whole PATH, so the lookups walk a real file system rather than a mock of one.
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Host } from '../../scripts/host';

/** Writes an executable `/bin/sh` script `name` into `dir` (mode 644 when `executable` is false). */
export function fakeProgram(dir: string, name: string, body = 'exit 0', executable = true): string {
  mkdirSync(dir, { recursive: true });
  const p = join(dir, name);
  writeFileSync(p, `#!/bin/sh\n${body}\n`);
  chmodSync(p, executable ? 0o755 : 0o644);
  return p;
}

/** A fake browser that answers `--version` like Chromium does. */
export const fakeBrowser = (dir: string, name: string, version = 'Chromium 999.0 fake'): string =>
  fakeProgram(dir, name, `echo "${version}"`);

/** Every Slurm program the cluster test runs, as no-ops. */
export function fakeSlurm(dir: string): void {
  for (const p of ['sbatch', 'squeue', 'sinfo', 'slurmctld', 'slurmd', 'munged']) fakeProgram(dir, p);
}

/**
 * A fake apt-get that appends "DEBIAN_FRONTEND args" to `log` and, on install, writes a fake
 * program for each package it knows (chromium; the Slurm programs for slurm-wlm) into `bin`.
 */
export function fakeApt(bin: string, log: string, exitCode = 0): void {
  fakeProgram(bin, 'apt-get', [
    'PATH="$PATH:/usr/bin:/bin"  # for chmod: the tests give the set-up a PATH of fakes only',
    `echo "$DEBIAN_FRONTEND $*" >> '${log}'`,
    exitCode !== 0 ? `echo "E: Unable to locate package" >&2; exit ${exitCode}` : '',
    'case " $* " in *" install "*) ;; *) exit 0 ;; esac',
    'for p in "$@"; do',
    `  [ "$p" = chromium ] && { printf '#!/bin/sh\\necho Chromium 999 from apt\\n' > '${bin}/chromium'; chmod 755 '${bin}/chromium'; }`,
    `  [ "$p" = slurm-wlm ] && for s in sbatch squeue sinfo slurmctld slurmd munged; do printf '#!/bin/sh\\n' > '${bin}/'$s; chmod 755 '${bin}/'$s; done`,
    'done',
    'exit 0',
  ].join('\n'));
}

export const host = (env: NodeJS.ProcessEnv, over: Partial<Host> = {}): Host => ({ platform: 'linux', family: 'debian', root: false, env, ...over });
