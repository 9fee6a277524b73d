// The package installs like any other: `npm pack` builds lib/ (prepack), the tarball installs into
// an empty project without the browser stack or tsx, a script runs under plain `node` (engine,
// experiments API, a 2-worker sweep, the CLI), and a TypeScript file type-checks against the
// shipped declarations with `--module nodenext` and no skipLibCheck.
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, tempDir } from '../experiments/helpers';

const npm = (args: string[], cwd: string): string =>
  execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

const SCRIPT = `
import { runScenario, runSweep } from 'crowdout';
import { loadScenario, runToEnd, COLUMN_NAMES } from 'crowdout/sim';
import * as viaIndex from 'crowdout/sim/index';
const a = runScenario('baseline', { seed: 1, days: 15 }).summary;
const b = runToEnd(loadScenario('baseline'), 1, { days: 15 }).summary;
const r = await runSweep({ name: 't', model: 'ishigami', seed: 1, parameters: ['x1', 'x2'].map((path) => ({ path, min: -3, max: 3 })),
  design: { type: 'lhs', samples: 8 } }, { out: 'out-api', workers: 2, metrics: (run) => ({ twice: 2 * run.metrics.y }) });
console.log(JSON.stringify({ same: JSON.stringify(a) === JSON.stringify(b), columns: COLUMN_NAMES.length, index: typeof viaIndex.runToEnd,
  done: r.manifest.done, failed: r.manifest.failed, metricColumns: r.manifest.metricColumns, gitCommit: r.manifest.gitCommit }));
`;

const TYPED = `
import { runSweep, runScenario, defineSpec, analyzeSweep, type ExperimentSpecInput, type SweepRun, type MetricDef } from 'crowdout';
import { runToEnd, loadScenario, type Summary } from 'crowdout/sim';
const bonds: MetricDef = { name: 'bonds2025', column: 'fof.capex.bonds', agg: 'sum', from: '2025-01-01', to: '2025-12-31' };
const spec: ExperimentSpecInput = { name: 'typed', base: 'baseline', seed: 1, days: 30,
  parameters: [{ path: 'hedge_fund.leverage.max', values: [3, 6] }], design: { type: 'grid' }, outputs: { metrics: ['exhaustionDay', bonds] } };
const s: Summary = runToEnd(loadScenario('baseline'), 1, { days: 5 }).summary;
const r = await runSweep(spec, { out: 'x', metrics: (run: SweepRun) => ({ twice: 2 * Number(run.metrics.exhaustionDay) }) });
const n: number = r.manifest.done + s.days;
analyzeSweep('x').warnings.forEach((w: string) => w.length + n);
// @ts-expect-error a misspelt option is a type error
await runSweep(spec, { out: 'x', wrokers: 2 });
const base = { name: 'd', base: 'baseline', seed: 1, design: { type: 'grid' } } as const;
await runSweep(defineSpec({ ...base, parameters: [{ path: 'hedge_fund.leverage.max', values: [3, 6] }],
  outputs: { metrics: ['exhaustionDay', 'assets.*.maxDrawdown', { name: 'b', column: 'cum.fof.capex.bonds', agg: 'last' }], series: { columns: ['price.crypto'] } } }), { out: 'y' });
runScenario('baseline', { set: { 'central_bank.stance': 'qe_backstop', 'rates.policyPath.0': 0.05 } });
// @ts-expect-error a misspelt parameter path
defineSpec({ ...base, parameters: [{ path: 'hedge_fund.leverag.max', values: [3] }] });
// @ts-expect-error a misspelt series column
defineSpec({ ...base, parameters: [], outputs: { series: { columns: ['price.crypot'] } } });
// @ts-expect-error a misspelt summary metric
defineSpec({ ...base, parameters: [], outputs: { metrics: ['exhaustionDya'] } });
// @ts-expect-error a misspelt column in a metric definition
defineSpec({ ...base, parameters: [], outputs: { metrics: [{ name: 'b', column: 'fof.capex.bond', agg: 'sum' }] } });
// @ts-expect-error a misspelt path in runScenario's set
runScenario('baseline', { set: { 'central_bank.stanse': 'qe_backstop' } });
`;

describe('npm pack -> npm install -> plain node and NodeNext types', () => {
  it('installs from the tarball and works without a build step or the browser stack', () => {
    const t = tempDir('pack');
    try {
      npm(['pack', '--pack-destination', t.dir], repoRoot);
      const tgz = readdirSync(t.dir).find((f) => f.endsWith('.tgz'))!;
      expect(tgz).toMatch(/^crowdout-\d+\.\d+\.\d+\.tgz$/);
      const app = join(t.dir, 'app');
      mkdirSync(app);
      writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
      npm(['install', join(t.dir, tgz), '--prefer-offline'], app);
      const nm = join(app, 'node_modules');
      for (const absent of ['d3', 'd3-sankey', 'tsx', 'vite', 'typescript', 'esbuild', '@duckdb']) expect(existsSync(join(nm, absent)), absent).toBe(false);
      expect(existsSync(join(nm, 'crowdout', 'experiments', 'cli', 'main.ts'))).toBe(false); // compiled only

      writeFileSync(join(app, 'use.mjs'), SCRIPT);
      const run = spawnSync(process.execPath, ['use.mjs'], { cwd: app, encoding: 'utf8' });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const out = JSON.parse(run.stdout) as Record<string, unknown>;
      expect(out).toMatchObject({ same: true, index: 'function', done: 8, failed: 0, metricColumns: ['y', 'twice'] });
      expect(out.columns).toBeGreaterThan(10);
      expect(out.gitCommit).toMatch(/^[0-9a-f]{40}$/); // from lib/build-info.json: the package has no .git

      writeFileSync(join(app, 'spec.json'), JSON.stringify({ name: 'c', model: 'ishigami', seed: 2, parameters: [{ path: 'x1', min: 0, max: 1 }], design: { type: 'lhs', samples: 4 } }));
      const cli = spawnSync(process.execPath, [join(nm, 'crowdout', 'bin', 'crowdout.mjs'), 'sweep', 'spec.json', '--out', 'out-cli', '-q', '-w', '2'], { cwd: app, encoding: 'utf8' });
      expect(cli.stderr).toBe('');
      expect(cli.status).toBe(0);
      expect(readFileSync(join(app, 'out-cli', 'runs.csv'), 'utf8').trim().split('\n')).toHaveLength(5);

      writeFileSync(join(app, 'typed.ts'), TYPED);
      const tsc = spawnSync(process.execPath, [join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '--strict',
        '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--lib', 'es2022',
        '--types', 'node', '--typeRoots', join(repoRoot, 'node_modules', '@types'), 'typed.ts'], { cwd: app, encoding: 'utf8' });
      expect(tsc.stdout + tsc.stderr).toBe('');
      expect(tsc.status).toBe(0);
    } finally {
      t.done();
    }
  }, 300_000);
});
