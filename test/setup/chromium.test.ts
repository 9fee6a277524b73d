// scripts/chromium.ts and scripts/host.ts against real temp directories of fake programs.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumInstallCommand, findChromium } from '../../scripts/chromium';
import { familyOf, onPath } from '../../scripts/host';
import { tempDir } from '../experiments/helpers';
import { fakeBrowser, fakeProgram, host } from './fakes';

let t: { dir: string; done: () => void };
let bin: string, bin2: string;
beforeEach(() => { t = tempDir('setup'); bin = join(t.dir, 'bin'); bin2 = join(t.dir, 'bin2'); mkdirSync(bin); mkdirSync(bin2); });
afterEach(() => t.done());

describe('findChromium', () => {
  it('takes CHROMIUM_PATH first, over a chromium on PATH', () => {
    fakeBrowser(bin, 'chromium');
    const chosen = fakeBrowser(t.dir, 'my-chrome');
    expect(findChromium(host({ PATH: bin, CHROMIUM_PATH: chosen }), null)).toEqual({ ok: true, path: chosen, via: 'CHROMIUM_PATH' });
  });
  it('a CHROMIUM_PATH that is missing, a directory or not executable is an error naming it, with no fallback', () => {
    fakeBrowser(bin, 'chromium');
    const plain = fakeProgram(t.dir, 'not-executable', 'exit 0', false);
    for (const bad of [join(t.dir, 'nope'), bin, plain]) {
      const r = findChromium(host({ PATH: bin, CHROMIUM_PATH: bad }), null);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.line).toContain(`CHROMIUM_PATH=${bad} is not an executable file`);
    }
  });
  it('an empty CHROMIUM_PATH counts as unset', () => {
    const p = fakeBrowser(bin, 'chromium');
    expect(findChromium(host({ PATH: bin, CHROMIUM_PATH: '' }), null)).toMatchObject({ ok: true, path: p });
  });
  it("prefers Debian's chromium to google-chrome even when Chrome comes first on PATH", () => {
    fakeBrowser(bin, 'google-chrome');
    const p = fakeBrowser(bin2, 'chromium');
    expect(findChromium(host({ PATH: `${bin}:${bin2}` }), null)).toEqual({ ok: true, path: p, via: 'chromium on PATH' });
  });
  it('skips a file named chromium that is not executable and finds chromium-browser', () => {
    fakeProgram(bin, 'chromium', 'exit 0', false);
    const p = fakeBrowser(bin2, 'chromium-browser');
    expect(findChromium(host({ PATH: `${bin}:${bin2}` }), null)).toMatchObject({ ok: true, path: p });
  });
  it("falls back to Playwright's download only when it exists", () => {
    const managed = join(t.dir, 'ms-playwright', 'chrome');
    expect(findChromium(host({ PATH: bin }), managed).ok).toBe(false);
    fakeBrowser(join(t.dir, 'ms-playwright'), 'chrome');
    expect(findChromium(host({ PATH: bin }), managed)).toEqual({ ok: true, path: managed, via: "Playwright's download" });
  });
  it('with none, says in one line what it looked for and the install command for the platform', () => {
    const none = (over: Parameters<typeof host>[1]) => {
      const r = findChromium(host({ PATH: bin }, over), null);
      expect(r.ok).toBe(false);
      return r.ok ? '' : r.line;
    };
    const debian = none({});
    expect(debian).not.toContain('\n');
    expect(debian).toMatch(/CHROMIUM_PATH unset, none of chromium, chromium-browser, google-chrome, google-chrome-stable on PATH/);
    expect(debian).toContain('install it with: sudo apt-get install -y chromium');
    expect(none({ root: true })).toContain('install it with: apt-get install -y chromium');
    expect(none({ family: 'ubuntu' })).toContain('install it with: npx playwright install --with-deps chromium');
    expect(none({ family: 'macos', platform: 'darwin' })).toContain('install it with: npx playwright install chromium');
  });
});

describe('host', () => {
  it('reads the Linux family from os-release ID and ID_LIKE', () => {
    expect(familyOf('linux', 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\n')).toBe('debian');
    expect(familyOf('linux', 'ID=raspbian\nID_LIKE=debian\n')).toBe('debian');
    expect(familyOf('linux', 'ID=ubuntu\nID_LIKE=debian\n')).toBe('ubuntu');
    expect(familyOf('linux', 'ID=linuxmint\nID_LIKE="ubuntu debian"\n')).toBe('ubuntu');
    expect(familyOf('linux', 'ID=fedora\n')).toBe('other');
    expect(familyOf('linux', null)).toBe('other');
    expect(familyOf('darwin', null)).toBe('macos');
  });
  it('onPath walks PATH in order and ignores empty entries', () => {
    const second = fakeProgram(bin2, 'tool');
    expect(onPath('tool', { PATH: `:${bin}::${bin2}` })).toBe(second);
    const first = fakeProgram(bin, 'tool');
    expect(onPath('tool', { PATH: `${bin}:${bin2}` })).toBe(first);
    expect(onPath('tool', {})).toBeNull();
  });
  it('the install command is prefixed with sudo only when not root', () => {
    expect(chromiumInstallCommand(host({}, { root: false }))).toBe('sudo apt-get install -y chromium');
    expect(chromiumInstallCommand(host({}, { root: true }))).toBe('apt-get install -y chromium');
  });
});
