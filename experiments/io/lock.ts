// One writer per result directory, with no window in which two processes both hold it.
//
// The lock is a sequence of generations: `.locks/g000000000001`, `g…2`, … Each generation is a
// directory holding an `owner` file ("host pid"), created complete in a private temp directory
// and renamed into place; rename(2) onto an existing non-empty directory fails, so each
// generation has exactly one creator. A process takes the lock by creating generation n+1, and
// may do so only when generation n is released or its owner is gone (kill -9, a crash) — a
// stale lock is superseded, never deleted, so nobody can remove a lock another process just
// took. After creating its generation a process re-lists the directory: if a later generation
// exists (possible only when an old one was pruned under a slow reader), it backs out.
import { hostname } from 'node:os';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { UserError } from '../cli/errors';

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const GEN = /^g(\d{12})$/;
const genName = (n: number): string => `g${String(n).padStart(12, '0')}`;

function generations(root: string): number[] {
  return readdirSync(root).flatMap((f) => { const m = GEN.exec(f); return m ? [Number(m[1])] : []; }).sort((a, b) => a - b);
}

/** Null when generation `g` no longer holds the lock; else its owner ("host pid"). */
function holder(root: string, g: number): string | null {
  const d = `${root}/${genName(g)}`;
  if (existsSync(`${d}/released`)) return null;
  let owner: string;
  try { owner = readFileSync(`${d}/owner`, 'utf8'); } catch { return null; } // pruned meanwhile
  const [host, pidText] = owner.split(' ');
  const pid = Number(pidText);
  return host === hostname() && Number.isInteger(pid) && pid > 0 && !alive(pid) ? null : owner;
}

export function acquireLock(dir: string): () => void {
  const root = `${dir}/.locks`;
  mkdirSync(root, { recursive: true });
  const me = `${hostname()} ${process.pid}`;
  for (let attempt = 0; attempt < 8; attempt++) {
    const gens = generations(root);
    const top = gens.at(-1) ?? 0;
    if (top > 0) {
      const owner = holder(root, top);
      if (owner !== null) throw new UserError(`${dir} is in use by process ${owner} (remove ${root} if that process is gone)`);
    }
    const mine = top + 1;
    const tmp = `${root}/tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
    mkdirSync(tmp);
    writeFileSync(`${tmp}/owner`, me);
    try {
      renameSync(tmp, `${root}/${genName(mine)}`);
    } catch (e) {
      rmSync(tmp, { recursive: true, force: true });
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOTEMPTY' || code === 'EEXIST') continue; // another process took this generation
      throw e;
    }
    const release = (): void => { try { writeFileSync(`${root}/${genName(mine)}/released`, ''); } catch { /* directory removed */ } };
    if (generations(root).at(-1) !== mine) { release(); continue; }
    // Old generations are kept one deep, so the listing stays short over many resumes.
    for (const g of gens) if (g < top) rmSync(`${root}/${genName(g)}`, { recursive: true, force: true });
    return release;
  }
  throw new UserError(`cannot lock ${dir}: other processes keep taking it`);
}
