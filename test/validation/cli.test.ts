// `crowdout check-model` and `crowdout calibrate` as a user runs them: exit codes, messages naming
// the bad flag or field (no stack traces), and the files a run writes.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { TARGETS } from '../../experiments/validation/targets';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'crowdout-validation-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function crowdout(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((res) => {
    execFile(process.execPath, [join(root, 'bin/crowdout.mjs'), ...args], { cwd: root, timeout: 120_000, maxBuffer: 32e6 },
      (err, stdout, stderr) => res({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr }));
  });
}

describe('crowdout check-model', () => {
  it.concurrent.each([
    [['--seeds', 'two'], '--seeds'],
    [['--bogus'], '--bogus'],
    [['--years', '1'], '--years'],
    [['--set', 'noise.nope=1'], 'noise.nope'],
    [['--set', 'noise.volOfVol=7'], 'noise.volOfVol'],
  ])('exits 2 on %j with a message naming %s and no stack trace', async (args, name) => {
    const r = await crowdout(['check-model', ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(name);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('runs the suite, prints the table and writes JSON, CSV and SVG figures (exit 0 even with failing targets)', async () => {
    const out = join(tmp, 'cm');
    const r = await crowdout(['check-model', '--seeds', '1', '--years', '3', '--out', out, '--quiet']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/targets pass/);
    const json = JSON.parse(readFileSync(join(out, 'check-model.json'), 'utf8')) as { targets: { id: string; pass: boolean | null }[]; seeds: number[] };
    expect(json.seeds).toEqual([1]);
    expect(json.targets.map((t) => t.id)).toEqual(TARGETS.map((t) => t.id));
    expect(json.targets.some((t) => t.pass === false)).toBe(true);
    const csv = readFileSync(join(out, 'check-model.csv'), 'utf8').trim().split('\n');
    expect(csv.length).toBe(TARGETS.length + 1);
    for (const f of ['acf-returns.svg', 'acf-abs-returns.svg', 'return-histogram.svg', 'rate-shock-2022-drawdowns.svg', 'dash-for-cash-2020-prices.svg']) {
      const svg = readFileSync(join(out, f), 'utf8');
      expect(svg.startsWith('<svg')).toBe(true);
      expect(svg.length).toBeLessThan(40_000);
    }
  });
});

describe('crowdout calibrate', () => {
  const spec = (over: Record<string, unknown>) => {
    const file = join(tmp, `spec-${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(file, JSON.stringify({
      name: 'tiny', years: 2, burnInDays: 20, seeds: 1,
      parameters: [{ path: 'noise.volOfVol', min: 0.05, max: 0.2 }],
      moments: [{ asset: 'broad_equity', statistic: 'absAcf1', target: 0.3, scale: 0.05 }],
      search: { lhsPoints: 2, iterations: 2, seed: 1 },
      ...over,
    }));
    return file;
  };

  it.concurrent.each([
    [{ parameters: [{ path: 'noise.volOfVol', min: 0.3, max: 0.1 }] }, 'parameters[0].max'],
    [{ moments: [{ asset: 'gold', statistic: 'absAcf1', target: 1 }] }, 'moments[0].asset'],
    [{ extra: 1 }, 'unknown field "extra"'],
    [{ parameters: [{ path: 'noise.nope', min: 0, max: 1 }] }, 'noise.nope'],
    [{ parameters: [{ path: 'noise.volOfVol', min: 0.1, max: 5 }] }, 'noise.volOfVol'],
  ])('exits 2 on a bad spec %j naming %s', async (over, name) => {
    const r = await crowdout(['calibrate', spec(over)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(name);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('fits the declared parameter and writes the fitted value and moment distances', async () => {
    const out = join(tmp, 'cal');
    const r = await crowdout(['calibrate', spec({}), '--out', out, '--quiet']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('noise.volOfVol');
    const res = JSON.parse(readFileSync(join(out, 'calibration.json'), 'utf8')) as { fitted: Record<string, number>; distance: number; moments: { name: string }[] };
    expect(res.fitted['noise.volOfVol']).toBeGreaterThanOrEqual(0.05);
    expect(res.fitted['noise.volOfVol']).toBeLessThanOrEqual(0.2);
    expect(res.moments[0]!.name).toBe('broad_equity.absAcf1');
    expect(Number.isFinite(res.distance)).toBe(true);
    expect(existsSync(join(out, 'evaluations.csv'))).toBe(true);
  });
});
