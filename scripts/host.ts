// What the set-up needs to know about the machine: the platform, whether we are root, which Linux
// family (for the install command), and where a program is on PATH. Every function takes the
// environment and platform as arguments, so tests can hand it a fake PATH of temp-dir executables.
import { accessSync, constants, readFileSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** debian: Debian and derivatives with Debian's packages (apt has `chromium`); ubuntu: apt without a usable `chromium` deb (it is a snap); other: no apt. */
export type Family = 'debian' | 'ubuntu' | 'macos' | 'other';

export interface Host {
  platform: NodeJS.Platform;
  family: Family;
  root: boolean;
  env: NodeJS.ProcessEnv;
}

/** The family from /etc/os-release's ID and ID_LIKE (both space-separated word lists). */
export function familyOf(platform: NodeJS.Platform, osRelease: string | null): Family {
  if (platform === 'darwin') return 'macos';
  if (platform !== 'linux' || osRelease === null) return 'other';
  const field = (k: string) => (new RegExp(`^${k}=(.*)$`, 'm').exec(osRelease)?.[1] ?? '').replace(/["']/g, '').split(/\s+/);
  const ids = [...field('ID'), ...field('ID_LIKE')];
  if (ids.includes('ubuntu')) return 'ubuntu';
  if (ids.includes('debian')) return 'debian';
  return 'other';
}

export function currentHost(env: NodeJS.ProcessEnv = process.env): Host {
  let osRelease: string | null = null;
  try { osRelease = readFileSync('/etc/os-release', 'utf8'); } catch { /* not Linux, or a minimal image */ }
  return { platform: process.platform, family: familyOf(process.platform, osRelease), root: process.getuid?.() === 0, env };
}

/** A regular file we may execute (a directory or a plain file named like the program does not count). */
export function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The first executable `name` in the PATH of `env`, like `command -v`; null when there is none. */
export function onPath(name: string, env: NodeJS.ProcessEnv): string | null {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (dir === '') continue;
    const p = join(dir, name);
    if (isExecutableFile(p)) return p;
  }
  return null;
}

/** `cmd` as the user should type it: with sudo unless they are root. */
export const asRoot = (host: Host, cmd: string): string => (host.root ? cmd : `sudo ${cmd}`);
