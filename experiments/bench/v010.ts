// The 0.1.0 release as a second checkout for side-by-side timing: the git tag v0.1.0 extracted once
// into os.tmpdir() (keyed by its commit, reused by later runs) with this checkout's node_modules
// linked in. 0.1.0's dependencies are a subset of today's at the same versions; the check below
// says so per package instead of assuming it. Any failure is a reason string, never a throw: the
// bench then prints speedupVs010: null with that reason.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const V010_TAG = 'v0.1.0';
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export type V010Tree =
  | { ok: true; root: string; commit: string; reused: boolean; versionNotes: string[] }
  | { ok: false; reason: string };

const git = (args: string[]): string => execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

/** Installed version of a package in this checkout's node_modules, or null when absent. */
function installed(name: string): string | null {
  try { return (JSON.parse(readFileSync(join(repoRoot, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version; } catch { return null; }
}

export function prepareV010(): V010Tree {
  let commit: string;
  try { git(['--version']); } catch { return { ok: false, reason: 'git is not installed' }; }
  try { commit = git(['rev-parse', '--verify', '--quiet', `${V010_TAG}^{commit}`]); } catch {
    return { ok: false, reason: `git tag ${V010_TAG} not found in this checkout (a shallow clone or an export? run: git fetch --tags)` };
  }
  const root = join(tmpdir(), `crowdout-${V010_TAG}-${commit.slice(0, 12)}`);
  const done = join(root, '.crowdout-bench-complete');
  const reused = existsSync(done);
  if (!reused) {
    // Extract beside the final name and rename, so an interrupted extraction is never reused.
    const part = `${root}.part-${process.pid}`;
    rmSync(part, { recursive: true, force: true });
    mkdirSync(part, { recursive: true });
    const tar = spawnSync('sh', ['-c', 'git archive "$1" | tar -x -C "$2"', 'sh', commit, part], { cwd: repoRoot, encoding: 'utf8' });
    if (tar.status !== 0) { rmSync(part, { recursive: true, force: true }); return { ok: false, reason: `git archive ${V010_TAG} | tar -x failed: ${tar.stderr.trim().split('\n')[0] ?? tar.status}` }; }
    writeFileSync(join(part, '.crowdout-bench-complete'), `${commit}\n`);
    rmSync(root, { recursive: true, force: true });
    renameSync(part, root);
  }
  // 0.1.0's dependencies must resolve to installed packages; report any version that differs.
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  const versionNotes: string[] = [];
  for (const [name, want] of Object.entries(pkg.dependencies ?? {})) {
    const have = installed(name);
    if (have === null) return { ok: false, reason: `0.1.0 depends on ${name} ${want}, which is not installed here (run npm ci)` };
    if (have !== want) versionNotes.push(`${name} ${want} -> ${have}`);
  }
  // (Re)point node_modules at this checkout's, atomically: another checkout may have linked its own.
  const link = join(root, 'node_modules'), tmpLink = `${link}.${process.pid}`;
  rmSync(tmpLink, { force: true });
  symlinkSync(join(repoRoot, 'node_modules'), tmpLink, 'dir');
  renameSync(tmpLink, link);
  return { ok: true, root, commit, reused, versionNotes };
}

export const currentRoot = repoRoot;
