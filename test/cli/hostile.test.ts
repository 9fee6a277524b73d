// Hostile and mistaken inputs from issue 11, through the CLI as users run it: each is one line on
// stderr naming the field or flag, exit 2, no stack, nothing echoed from the files; never a hang.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin/crowdout.mjs');
const tmp = mkdtempSync(join(tmpdir(), 'crowdout-hostile-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Result { code: number; stdout: string; stderr: string }
function cli(...args: string[]): Promise<Result> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: tmp, env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 << 20, timeout: 90_000 },
      (err, stdout, stderr) => resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr }));
  });
}
const file = (name: string, text: string) => { const p = join(tmp, name); writeFileSync(p, text); return p; };
const json = (name: string, v: unknown) => file(name, JSON.stringify(v));

async function userError(args: string[], ...names: (string | RegExp)[]) {
  const r = await cli(...args);
  expect(r.code, `exit code of crowdout ${args.join(' ')}\n${r.stderr}`).toBe(2);
  expect(r.stderr).not.toMatch(/^\s+at\s/m);
  expect(r.stderr.trimEnd().split('\n'), `stderr of crowdout ${args.join(' ')}`).toHaveLength(1);
  for (const n of names) expect(r.stderr).toMatch(n);
  expect(r.stderr).not.toContain('SECRET');
}

const shock = (kind: string, value: number, asset?: string) => ({ shocks: [{ date: '2024-01-05', kind, value, ...(asset ? { asset } : {}) }] });
const nested = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

describe.concurrent('scenarios and --set', () => {
  it('array indices only up to the list length (a huge index neither hangs nor is ignored)', async () => {
    await userError(['validate', 'baseline', '--set', 'cta.lookbacks.100000000=5'], 'cta.lookbacks.100000000', /out of range.*4 entries/);
    await userError(['validate', 'baseline', '--set', 'cta.lookbacks.4294967295=5'], 'out of range');
    const ok = await cli('validate', 'baseline', '--set', 'cta.lookbacks.4=5'); // append
    expect(ok.code, ok.stderr).toBe(0);
  });
  it('init-time scenario errors, in run and in validate', async () => {
    await userError(['run', 'baseline', '--set', 'assets.crypto.sizeUsd=1e9', '--days', '3'], 'assets.crypto.sizeUsd');
    await userError(['validate', 'baseline', '--set', 'assets.crypto.sizeUsd=1e9'], 'assets.crypto.sizeUsd');
    await userError(['run', 'baseline', '--set', 'hedge_fund.leverage.max=50', '--set', 'hedge_fund.leverage.preferred=50', '--days', '3'], 'sizeUsd');
  });
  it('extreme shocks are refused by size, per kind', async () => {
    await userError(['run', json('price.json', shock('price', 50, 'crypto')), '--days', '5'], 'shocks.0.value', 'price');
    await userError(['run', json('vol.json', shock('vol_spike', 1e6)), '--days', '5'], 'shocks.0.value', 'vol_spike');
  });
  it('30,000 shocks on one date run (grouping is linear)', async () => {
    const r = await cli('run', json('many.json', { shocks: Array.from({ length: 30_000 }, () => ({ date: '2024-01-05', kind: 'vol_spike', value: 1e-4 })) }), '--days', '5', '--summary');
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).days).toBe(5);
  });
  it('deep nesting, in a file and in a --set value', async () => {
    await userError(['validate', file('deep.json', nested(10_000))], 'nested deeper than 32 levels');
    await userError(['validate', 'baseline', '--set', `name=${'['.repeat(5000)}${']'.repeat(5000)}`], 'name', 'nested deeper');
  });
  it('impossible dates and empty calendars', async () => {
    await userError(['validate', json('feb31.json', { start: '2024-02-31' })], 'start', 'not a calendar date');
    await userError(['validate', json('y0.json', { start: '0000-01-03' })], 'start', 'not a calendar date');
    await userError(['validate', json('weekend.json', { start: '2024-01-06', end: '2024-01-07' })], 'end', 'no trading day');
    await userError(['validate', 'baseline', '--set', 'end=é€😀'], 'end', 'YYYY-MM-DD'); // found by the fuzz suite: once a stack
  });
  it('__proto__ in a file is refused as in --set', async () => {
    await userError(['validate', file('proto.json', '{"__proto__": {"polluted": 1}}')], '__proto__');
    await userError(['validate', 'baseline', '--set', '__proto__.x=1'], '__proto__');
  });
  it('population × days is capped with the cap named', async () => {
    await userError(['validate', 'baseline', '--set', 'rest_of_market.households=10000000'], 'rest_of_market.households');
    await userError(['validate', 'baseline', '--set', 'rest_of_market.households=1000000'], /cap of 50000000 agent-days/);
  });
  it('a file that is not JSON is located, not echoed', async () => {
    await userError(['validate', file('secret.json', 'SECRET: hunter2\nmore')], 'not valid JSON');
  });
  it('run takes one scenario, in one line', async () => {
    await userError(['run', 'baseline', 'tightening'], 'expected one scenario, got 2');
  });
});

describe.concurrent('output paths, checked before any run', () => {
  it('run --out in a missing directory, on a directory, on a device', async () => {
    await userError(['run', 'baseline', '--out', join(tmp, 'missing/x.csv')], 'does not exist');
    mkdirSync(join(tmp, 'adir.csv'));
    await userError(['run', 'baseline', '--out', join(tmp, 'adir.csv')], 'not a regular file');
    await userError(['run', 'baseline', '--out', '/dev/x.csv'], 'pseudo file system');
  });
  it('sweep --out under /proc, on /dev/null, on a file', async () => {
    const spec = json('s.json', { name: 's', model: 'probe', seed: 1, parameters: [{ path: 'a', min: 0, max: 1 }], design: { type: 'lhs', samples: 4 } });
    await userError(['sweep', spec, '--out', '/proc/self/x'], 'pseudo file system');
    await userError(['sweep', spec, '--out', '/dev/null'], 'pseudo file system');
    await userError(['sweep', spec, '--out', spec], 'not a directory');
    expect(readdirSync(tmp).some((f) => f.includes('.tmp-'))).toBe(false);
  });
});

describe.concurrent('specs', () => {
  const base = { name: 's', model: 'probe', seed: 1, parameters: [{ path: 'a', min: 0, max: 1 }], design: { type: 'lhs', samples: 4 } };
  it('designs over the run cap are refused before anything is expanded', async () => {
    await userError(['sweep', json('lhs.json', { ...base, design: { type: 'lhs', samples: 10_000_000 }, replicates: 1_000_000 }), '--out', join(tmp, 'o1')], 'cap of 1000000', '--max-runs');
    await userError(['sweep', json('sobol.json', { ...base, design: { type: 'sobol', samples: 1_000_000 } }), '--out', join(tmp, 'o2')], '3000000 runs');
    await userError(['sweep', json('grid.json', { ...base, parameters: ['a', 'b', 'c'].map((path) => ({ path, min: 0, max: 1, levels: 10_000 })), design: { type: 'grid' } }), '--list-runs'], 'cap');
  });
  it('a pathological metric pattern is rejected quickly, not by a hang', async () => {
    await userError(['sweep', json('pat.json', { ...base, outputs: { metrics: [`${'*'.repeat(40)}Q`] } }), '--out', join(tmp, 'o3')], 'outputs.metrics[0]', 'no metric matches');
  });
  it('"__proto__" in a spec set is refused', async () => {
    await userError(['sweep', file('proto-spec.json', JSON.stringify(base).replace('"seed":1', '"seed":1,"set":{"__proto__":5}')), '--out', join(tmp, 'o4')], 'set.__proto__');
  });
  it('analyze --bootstrap is capped', async () => {
    await userError(['analyze', tmp, '--bootstrap', '100000000'], '--bootstrap must be an integer from 1 to 10000');
  });
});
