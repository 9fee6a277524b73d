// The manifest beside every result directory: what was run (spec and scenario hashes, master seed,
// code and Node versions), which part of it (shard), and how long it took. `merge` checks that
// the manifests of the shards agree before joining them.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { UserError } from '../cli/errors';
import { writeFileAtomic } from './atomic';
import { packageRoot } from './packageRoot';

export interface Shard { index: number; count: number }

export interface Session { startedAt: string; wallMs: number; runs: number; workers: number }

export interface Manifest {
  format: 'crowdout-sweep/1';
  name: string;
  specHash: string;
  scenarioHash: string | null;
  masterSeed: number;
  crowdoutVersion: string;
  gitCommit: string | null;
  /** True when tracked files differed from gitCommit (uncommitted changes). */
  gitDirty: boolean | null;
  nodeVersion: string;
  platform: string;
  /** Runs in the whole design; shardRunCount of them belong to this directory. */
  runCount: number;
  shard: Shard | null;
  shardRunCount: number;
  paramColumns: string[];
  designColumns: string[];
  metricColumns: string[];
  seriesColumns: string[];
  status: 'running' | 'interrupted' | 'complete';
  done: number;
  failed: number;
  timings: {
    startedAt: string;
    finishedAt: string | null;
    /** Sum over sessions (a resumed sweep has several). */
    wallMs: number;
    /** Sum of per-run times, ms (compute time inside runs). */
    runMs: number;
    sessions: Session[];
  };
  merged?: { dir: string; shard: Shard | null; runs: number; nodeVersion: string }[];
}

const repoRoot = packageRoot;

export function crowdoutVersion(): string {
  return (JSON.parse(readFileSync(new URL('package.json', repoRoot), 'utf8')) as { version: string }).version;
}

/** Where the commit comes from: git in a checkout; lib/build-info.json (written by build:lib) in an installed package. */
const inCheckout = (): boolean => existsSync(new URL('.git', repoRoot));
const buildInfo = (): { gitCommit?: string | null; gitDirty?: boolean | null } => {
  try {
    return JSON.parse(readFileSync(new URL('lib/build-info.json', repoRoot), 'utf8')) as { gitCommit?: string | null; gitDirty?: boolean | null };
  } catch {
    return {};
  }
};

let commit: string | null | undefined;
export function gitCommit(): string | null {
  if (commit !== undefined) return commit;
  if (!inCheckout()) return (commit = buildInfo().gitCommit ?? null);
  try {
    commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim() || null;
  } catch {
    commit = null;
  }
  return commit;
}

export function gitDirty(): boolean | null {
  if (!inCheckout()) return buildInfo().gitDirty ?? null;
  try {
    return execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim() !== '';
  } catch {
    return null;
  }
}

export function readManifest(dir: string): Manifest {
  const file = `${dir}/manifest.json`;
  if (!existsSync(file)) throw new UserError(`${dir} is not a sweep directory (no manifest.json)`);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
  } catch (e) {
    throw new UserError(`${file}: not valid JSON (${(e as Error).message})`);
  }
}

export const writeManifest = (dir: string, m: Manifest): void =>
  writeFileAtomic(`${dir}/manifest.json`, `${JSON.stringify(m, null, 2)}\n`);
