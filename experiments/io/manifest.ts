// The manifest beside every result directory: what was run (spec and scenario hashes, master seed,
// code and Node versions), which part of it (shard), and how long it took. `merge` checks that
// the manifests of the shards agree before joining them.
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, ftruncateSync, openSync, readFileSync, writeSync } from 'node:fs';
import { z } from 'zod';
import { UserError } from '../cli/errors';
import { formatPath } from '../spec/load';
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

// What a manifest must hold for resume, merge and analyze to trust it (other fields pass through).
const count = z.int().min(0).max(Number.MAX_SAFE_INTEGER);
const shardSchema = z.object({ index: count, count: z.int().min(1) }).refine((s) => s.index < s.count, { message: 'shard index must be below the shard count' });
const manifestSchema = z.looseObject({
  format: z.literal('crowdout-sweep/1'),
  specHash: z.string().regex(/^[0-9a-f]{64}$/),
  scenarioHash: z.string().nullable(),
  crowdoutVersion: z.string(),
  runCount: count,
  shard: shardSchema.nullable(),
  shardRunCount: count,
  paramColumns: z.array(z.string()),
  designColumns: z.array(z.string()),
  metricColumns: z.array(z.string()),
  seriesColumns: z.array(z.string()),
  status: z.enum(['running', 'interrupted', 'complete']),
  done: count,
  failed: count,
  nodeVersion: z.string(),
  timings: z.looseObject({ startedAt: z.string(), wallMs: z.number(), runMs: z.number(), sessions: z.array(z.looseObject({})) }),
});

export function readManifest(dir: string): Manifest {
  const file = `${dir}/manifest.json`;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError(`${dir} is not a sweep directory (no manifest.json)`);
    throw new UserError(`cannot read ${file} (${code === 'EISDIR' ? 'it is a directory' : code ?? 'error'})`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new UserError(`${file}: not valid JSON (damaged); the sweep cannot be trusted, rerun it into a new directory`);
  }
  const r = manifestSchema.safeParse(raw);
  if (!r.success) {
    const i = r.error.issues[0]!;
    throw new UserError(`${file}: ${formatPath(i.path)}: ${i.message} (damaged manifest)`);
  }
  return r.data as unknown as Manifest;
}

export const writeManifest = (dir: string, m: Manifest): void =>
  writeFileAtomic(`${dir}/manifest.json`, `${JSON.stringify(m, null, 2)}\n`);

/**
 * Best effort after a failed write: set status "interrupted". When the disk is too full for a new
 * file, the manifest is overwritten in place (its blocks already exist). Returns false if neither worked.
 */
export function markInterrupted(dir: string, m: Manifest): boolean {
  m.status = 'interrupted';
  m.timings.finishedAt = null;
  try {
    writeManifest(dir, m);
    return true;
  } catch { /* fall through to the in-place write */ }
  try {
    const text = Buffer.from(`${JSON.stringify(m)}\n`);
    const fd = openSync(`${dir}/manifest.json`, 'r+');
    try { writeSync(fd, text, 0, text.length, 0); ftruncateSync(fd, text.length); } finally { closeSync(fd); }
    return true;
  } catch {
    return false;
  }
}
