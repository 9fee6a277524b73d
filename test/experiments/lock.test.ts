// The result-directory lock under concurrent takeover (issue 11): several processes find a stale
// lock at once; exactly one may end up owning the directory, every time.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { acquireLock } from '../../experiments/io/lock';
import { UserError } from '../../experiments/cli/errors';
import { tempDir } from './helpers';

const taker = fileURLToPath(new URL('./fixtures/lock-taker.ts', import.meta.url));
const tsx = import.meta.resolve('tsx');
const deadPid = (): number => spawnSync(process.execPath, ['-e', '0']).pid!;

/** Poll until `f` holds (generous limit: the machine is shared). */
async function until(f: () => boolean, what: string, ms = 60_000): Promise<void> {
  const t0 = Date.now();
  while (!f()) {
    if (Date.now() - t0 > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** A lock left by a process killed while holding it. */
function staleLock(dir: string): void {
  mkdirSync(`${dir}/.locks/g000000000001`, { recursive: true });
  writeFileSync(`${dir}/.locks/g000000000001/owner`, `${hostname()} ${deadPid()}`);
}

describe('acquireLock', () => {
  it('refuses a live owner, takes over a dead one, and is free again once released', () => {
    const t = tempDir('lock');
    try {
      const release = acquireLock(t.dir);
      expect(() => acquireLock(t.dir)).toThrow(UserError); // this process holds it
      release();
      acquireLock(t.dir)();
      staleLock(`${t.dir}/s`);
      const r = acquireLock(`${t.dir}/s`);
      expect(() => acquireLock(`${t.dir}/s`)).toThrow(/in use by process/);
      r();
    } finally {
      t.done();
    }
  });

  it('four processes taking over a stale lock at once: exactly one owner in every trial', async () => {
    const t = tempDir('lock-race');
    const trials = 5, n = 4;
    const owners: number[] = [];
    try {
      for (let trial = 0; trial < trials; trial++) {
        const dir = `${t.dir}/d${trial}`;
        staleLock(dir);
        const [start, release, report] = ['start', 'release', 'report'].map((f) => `${t.dir}/${f}-${trial}`) as [string, string, string];
        const kids: ChildProcess[] = Array.from({ length: n }, () =>
          spawn(process.execPath, ['--import', tsx, taker, dir, start, release, report], { stdio: 'ignore' }));
        const exited = kids.map((k) => new Promise((r) => k.on('exit', r)));
        await until(() => readdirSync(t.dir).filter((f) => f.startsWith(`report-${trial}.ready-`)).length === n, 'contenders ready');
        writeFileSync(start, '');
        await until(() => existsSync(report) && readFileSync(report, 'utf8').trimEnd().split('\n').length === n, 'every contender to report');
        const lines = readFileSync(report, 'utf8').trimEnd().split('\n');
        owners.push(lines.filter((l) => l.startsWith('owner')).length);
        expect(lines.filter((l) => l.startsWith('refused')).every((l) => l === 'refused UserError')).toBe(true);
        writeFileSync(release, '');
        await Promise.all(exited);
      }
      expect(owners).toEqual(Array(trials).fill(1));
    } finally {
      t.done();
    }
  });
});
