// Shared helpers for the experiment tests: temp dirs, spec files, and spawning the CLI as one
// plain node process (node --import tsx), so a SIGKILL hits the sweep itself.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExperimentSpecInput } from '../../experiments/spec/schema';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const cliEntry = fileURLToPath(new URL('./fixtures/cli.ts', import.meta.url));
const tsxLoader = import.meta.resolve('tsx');

export function tempDir(tag: string): { dir: string; done: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `crowdout-${tag}-`));
  return { dir, done: () => rmSync(dir, { recursive: true, force: true }) };
}

export function writeSpec(dir: string, name: string, spec: object): string {
  const f = join(dir, `${name}.json`);
  writeFileSync(f, JSON.stringify(spec, null, 2));
  return f;
}

export interface CliResult { code: number | null; stdout: string; stderr: string }

export function cli(args: string[], env: NodeJS.ProcessEnv = {}): CliResult {
  const r = spawnSync(process.execPath, ['--import', tsxLoader, cliEntry, ...args], {
    cwd: repoRoot, env: { ...process.env, NO_COLOR: '1', ...env }, encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function cliAsync(args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawn(process.execPath, ['--import', tsxLoader, cliEntry, ...args], {
    cwd: repoRoot, env: { ...process.env, NO_COLOR: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'],
  });
}

const PI = Math.PI;
export const ishigamiSpec = (samples: number, extra: object = {}): ExperimentSpecInput => ({
  name: 'ishigami', model: 'ishigami', seed: 11,
  parameters: ['x1', 'x2', 'x3'].map((path) => ({ path, min: -PI, max: PI })),
  design: { type: 'sobol', samples },
  ...extra,
} as ExperimentSpecInput);
