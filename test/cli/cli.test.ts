// The CLI as users run it: `node bin/crowdout.mjs …` in a child process (bin registers tsx).
// Spawns run concurrently; each takes ~0.5 s, so the file stays a few seconds on two cores.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ASSET_IDS, COLUMN_NAMES, SCENARIOS, TRIGGERS, VERSION } from '../../sim/index';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin/crowdout.mjs');
const tmp = mkdtempSync(join(tmpdir(), 'crowdout-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Result { code: number; stdout: string; stderr: string }
function cli(...args: string[]): Promise<Result> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: tmp, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' }, maxBuffer: 64 << 20, timeout: 60_000 },
      (err, stdout, stderr) => resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr }));
  });
}

const file = (name: string, text: string) => { const p = join(tmp, name); writeFileSync(p, text); return p; };
const STACK_FRAME = /^\s+at\s/m;

/** A user mistake: exit 2, one line on stderr that mentions `names`, no stack trace, nothing on stdout. */
async function expectUserError(args: string[], ...names: string[]) {
  const r = await cli(...args);
  expect(r.code, `exit code of crowdout ${args.join(' ')}\n${r.stderr}`).toBe(2);
  expect(r.stderr).not.toMatch(STACK_FRAME);
  expect(r.stderr.trimEnd().split('\n'), `stderr of crowdout ${args.join(' ')}`).toHaveLength(1);
  for (const n of names) expect(r.stderr).toContain(n);
  expect(r.stdout).toBe('');
}

describe.concurrent('crowdout run', () => {
  it('--summary prints exactly one JSON object with the contract fields', async () => {
    const r = await cli('run', 'baseline', '--days', '40', '--summary');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.endsWith('\n')).toBe(true);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(1);
    const s = JSON.parse(r.stdout);
    expect(s).toBeTypeOf('object');
    expect(s).toMatchObject({ scenario: 'baseline', seed: 1, version: VERSION, days: 40 });
    expect(s.exhaustionDay === null || Number.isInteger(s.exhaustionDay)).toBe(true);
    expect('exhaustionDay' in s).toBe(true);
    expect(Object.keys(s.assets).sort()).toEqual([...ASSET_IDS].sort());
    for (const a of ASSET_IDS) {
      expect(Number.isFinite(s.assets[a].totalReturn), a).toBe(true);
      expect(s.assets[a].maxDrawdown).toBeGreaterThanOrEqual(0);
      expect(s.assets[a].maxDrawdown).toBeLessThanOrEqual(1);
    }
    for (const rate of ['costOfCapital', 'treasury10y'] as const) {
      for (const f of ['start', 'peak', 'end']) expect(Number.isFinite(s.rates[rate][f]), `rates.${rate}.${f}`).toBe(true);
      expect(s.rates[rate].peak).toBeGreaterThanOrEqual(Math.max(s.rates[rate].start, s.rates[rate].end));
    }
    expect(Number.isInteger(s.cascades.count)).toBe(true);
    expect(Number.isInteger(s.cascades.maxRounds)).toBe(true);
    expect(Number.isFinite(s.cascades.forcedSalesUsd)).toBe(true);
    expect(Object.keys(s.forcedSalesByTrigger).sort()).toEqual([...TRIGGERS].sort());
    for (const t of TRIGGERS) expect(s.forcedSalesByTrigger[t]).toBeGreaterThanOrEqual(0);
    expect(s.cascades.forcedSalesUsd).toBeCloseTo(TRIGGERS.reduce((a, t) => a + s.forcedSalesByTrigger[t], 0), 0);
    expect(s.accounting.maxImbalanceUsd).toBe(0);
  });

  it('the same inputs twice give byte-identical stdout', async () => {
    const args = ['run', 'thin-markets', '--days', '60', '--seed', '7', '--set', 'hedge_fund.leverage.max=6', '--summary'];
    const [a, b] = await Promise.all([cli(...args), cli(...args)]);
    expect(a.code, a.stderr).toBe(0);
    expect(b.stdout).toBe(a.stdout);
    const s = JSON.parse(a.stdout);
    expect(s).toMatchObject({ scenario: 'thin-markets', seed: 7, days: 60 });
  });

  it('the default (human) output is a short report', async () => {
    const r = await cli('run', 'baseline', '--days', '20');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('baseline');
    expect(r.stdout).toContain('books: max imbalance $0');
    for (const a of ASSET_IDS) expect(r.stdout).toContain(a);
  });

  it('--out x.csv writes a CSV with a date column and every recorded column', async () => {
    const out = join(tmp, 'series.csv');
    const r = await cli('run', 'baseline', '--days', '25', '--out', out);
    expect(r.code, r.stderr).toBe(0);
    const lines = readFileSync(out, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(26);
    expect(lines[0]!.split(',')).toEqual(['date', ...COLUMN_NAMES]);
    expect(lines[1]!.startsWith('2024-01-02,')).toBe(true);
    for (const line of lines.slice(1)) {
      const cells = line.split(',');
      expect(cells).toHaveLength(COLUMN_NAMES.length + 1);
      for (const c of cells.slice(1)) expect(Number.isFinite(Number(c)), c).toBe(true);
    }
  });

  it('--out x.json writes the whole run as JSON, consistent with --summary', async () => {
    const out = join(tmp, 'run.json');
    const [r, s] = await Promise.all([
      cli('run', 'baseline', '--days', '25', '--seed', '3', '--out', out),
      cli('run', 'baseline', '--days', '25', '--seed', '3', '--summary'),
    ]);
    expect(r.code, r.stderr).toBe(0);
    const j = JSON.parse(readFileSync(out, 'utf8'));
    expect(j.summary).toEqual(JSON.parse(s.stdout));
    expect(j.dates).toHaveLength(25);
    expect(Object.keys(j.columns)).toEqual([...COLUMN_NAMES]);
    expect(j.columns['price.broad_equity']).toHaveLength(25);
    expect(Array.isArray(j.events)).toBe(true);
    expect(j.scenario.name).toBe('baseline');
  });

  it('runs a scenario file', async () => {
    const p = file('mine.json', JSON.stringify({ name: 'mine', description: 'a test file', pool: { rrpUsd: 1e12 } }));
    const r = await cli('run', p, '--days', '15', '--summary');
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ scenario: 'mine', days: 15 });
  });
});

describe.concurrent('bad inputs exit 2 with a one-line message naming the field', () => {
  it('unknown scenario', () => expectUserError(['run', 'no-such-scenario', '--summary'], 'no-such-scenario', 'baseline'));
  it('scenario file not found', () => expectUserError(['run', join(tmp, 'missing.json')], 'missing.json'));
  it('malformed JSON file', () => expectUserError(['run', file('bad.json', '{"name": "x",')], 'bad.json', 'JSON'));
  it('wrong-typed field in a file', () => expectUserError(['run', file('typed.json', '{"pool": {"rrpUsd": "lots"}}')], 'pool.rrpUsd'));
  it('unknown field in a file', () => expectUserError(['run', file('unknown.json', '{"pool": {"rrp": 1}}')], 'pool', 'rrp'));
  it('wrong-typed --set value', () => expectUserError(['run', 'baseline', '--set', 'hyperscaler.hurdle.enabled=maybe'], 'hyperscaler.hurdle.enabled'));
  it('out-of-range value', () => expectUserError(['run', 'baseline', '--set', 'pool.rrpUsd=-5'], 'pool.rrpUsd'));
  it('unknown --set path', () => expectUserError(['run', 'baseline', '--set', 'pool.nope=1'], 'pool.nope'));
  it('malformed --set', () => expectUserError(['run', 'baseline', '--set', 'novalue'], '--set'));
  it('bad flag', () => expectUserError(['run', 'baseline', '--bogus'], '--bogus'));
  it('bad --seed', () => expectUserError(['run', 'baseline', '--seed', 'x'], '--seed'));
  it('too-large --seed', () => expectUserError(['run', 'baseline', '--seed', '4294967296'], '--seed'));
  it('bad --days', () => expectUserError(['run', 'baseline', '--days', '0'], '--days'));
  it('bad --out extension', () => expectUserError(['run', 'baseline', '--out', 'x.txt'], '--out'));
  it('unknown command', () => expectUserError(['frobnicate'], 'frobnicate'));
  it('validate: bad field', () => expectUserError(['validate', file('v.json', '{"cta": {"lookbacks": [1]}}')], 'cta.lookbacks'));
  it('missing scenario: exit 2, no stack trace, first line names the problem', async () => {
    const r = await cli('run');
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(STACK_FRAME);
    expect(r.stderr.split('\n')[0]).toMatch(/expected one scenario/);
  });
});

describe.concurrent('help, scenarios, validate', () => {
  it('--help for each command exits 0 and prints a usage', async () => {
    const top = await cli('--help');
    expect(top.code).toBe(0);
    for (const c of ['run', 'validate', 'scenarios', 'sweep', 'merge', 'analyze']) expect(top.stdout).toContain(c);
    const commands = [...top.stdout.matchAll(/^ {2}(\S+)\s{2,}/gm)].map((m) => m[1]!);
    expect(commands.length).toBeGreaterThanOrEqual(6);
    const results = await Promise.all(commands.map(async (c) => [c, await cli(c, '--help')] as const));
    const unavailable: string[] = [];
    for (const [c, r] of results) {
      // A command whose module is not written yet says so (exit 1); every other must answer --help.
      if (r.code === 1 && /not available in this build/.test(r.stderr)) { unavailable.push(c); continue; }
      expect(r.code, `crowdout ${c} --help: ${r.stderr}`).toBe(0);
      expect(r.stdout.toLowerCase(), `crowdout ${c} --help`).toContain('usage');
      expect(r.stderr).not.toMatch(STACK_FRAME);
    }
    expect(unavailable.filter((c) => !['check-model', 'calibrate'].includes(c)), 'core commands missing').toEqual([]);
    if (unavailable.length) console.warn(`crowdout: not yet available: ${unavailable.join(', ')}`);
  });

  it('`scenarios` lists every scenario, and --json gives name → description', async () => {
    const [r, j] = await Promise.all([cli('scenarios'), cli('scenarios', '--json')]);
    expect(r.code).toBe(0);
    const listed = r.stdout.trimEnd().split('\n').map((l) => l.split(/\s+/)[0]);
    expect(listed).toEqual(Object.keys(SCENARIOS));
    expect(j.code).toBe(0);
    expect(JSON.parse(j.stdout)).toEqual(Object.fromEntries(Object.entries(SCENARIOS).map(([k, v]) => [k, v.description])));
  });

  it('validate accepts a good file and a named scenario', async () => {
    const p = file('good.json', JSON.stringify({ name: 'good', description: 'ok', cta: { lookbacks: [30, 90] } }));
    const [a, b] = await Promise.all([cli('validate', p), cli('validate', 'tightening')]);
    expect(a.code, a.stderr).toBe(0);
    expect(a.stdout).toMatch(/^ok: /);
    expect(b.code, b.stderr).toBe(0);
  });

  it('--version prints the engine version', async () => {
    const r = await cli('--version');
    expect(r.stdout.trim()).toBe(VERSION);
  });

  it('leaves no stray files in the working directory besides what --out asked for', () => {
    expect(existsSync(join(tmp, 'x.txt'))).toBe(false);
  });
});
