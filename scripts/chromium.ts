// The one place that knows where Chromium or Chrome can be: used by `npm run setup`, the check
// before `npm test`, the browser and e2e tests and `npm run bench:web`. Order: CHROMIUM_PATH (an
// explicit choice: if it is wrong we say so rather than quietly use another browser), then the
// usual names on PATH, the usual macOS apps, and last the copy `npx playwright install chromium`
// downloads (the install route where no package manager has a usable Chromium).
import { chromium } from 'playwright-core';
import { asRoot, currentHost, isExecutableFile, onPath, type Host } from './host.js';

export type Lookup = { ok: true; path: string; via: string } | { ok: false; line: string };

/** Program names searched on PATH, in order: Debian's, older Debian/Ubuntu's, Google's packages. */
export const CHROMIUM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'] as const;

/** Where the macOS installers put the apps. */
export const MACOS_APPS = [
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
] as const;

/** The command that installs a browser the lookup will find, on this host. */
export function chromiumInstallCommand(host: Host): string {
  switch (host.family) {
    case 'debian': return asRoot(host, 'apt-get install -y chromium');
    // Ubuntu's `chromium` deb is only a snap wrapper (no snapd in containers): use Playwright's build and its apt dependencies.
    case 'ubuntu': return 'npx playwright install --with-deps chromium';
    default: return 'npx playwright install chromium';
  }
}

/**
 * Finds the browser on `host` (its env and platform). `managed` is where Playwright keeps its own
 * download (playwright-core's `chromium.executablePath()`); tests pass a temp path.
 */
export function findChromium(host: Host, managed: string | null): Lookup {
  const explicit = host.env.CHROMIUM_PATH;
  if (explicit !== undefined && explicit !== '') {
    return isExecutableFile(explicit)
      ? { ok: true, path: explicit, via: 'CHROMIUM_PATH' }
      : { ok: false, line: `CHROMIUM_PATH=${explicit} is not an executable file: point it at a Chromium or Chrome executable, or unset it to use the one on PATH` };
  }
  for (const name of CHROMIUM_NAMES) {
    const p = onPath(name, host.env);
    if (p) return { ok: true, path: p, via: `${name} on PATH` };
  }
  if (host.platform === 'darwin') {
    for (const p of MACOS_APPS) if (isExecutableFile(p)) return { ok: true, path: p, via: 'macOS app' };
  }
  if (managed !== null && isExecutableFile(managed)) return { ok: true, path: managed, via: "Playwright's download" };
  return {
    ok: false,
    line: `no Chromium or Chrome found (CHROMIUM_PATH unset, none of ${CHROMIUM_NAMES.join(', ')} on PATH): install it with: ${chromiumInstallCommand(host)}  (or set CHROMIUM_PATH)`,
  };
}

/** Where playwright-core would look for its own download; null if it cannot say (an unsupported platform). */
export function playwrightManagedPath(): string | null {
  try { return chromium.executablePath(); } catch { return null; }
}

/** The lookup on this machine, as the tests and benches use it. */
export const lookupChromium = (env: NodeJS.ProcessEnv = process.env): Lookup => findChromium(currentHost(env), playwrightManagedPath());

/** The browser's path, or an Error whose message is the one-line instruction (for code that launches it). */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  const r = lookupChromium(env);
  if (!r.ok) throw new Error(r.line);
  return r.path;
}
