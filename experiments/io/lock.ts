// One writer per result directory. The lock file names host and pid; a lock left by a process
// that no longer exists on this host (kill -9, a crash) is taken over, so --resume just works.
import { hostname } from 'node:os';
import { openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';
import { UserError } from '../cli/errors';

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

export function acquireLock(dir: string): () => void {
  const file = `${dir}/.lock`;
  const me = `${hostname()} ${process.pid}`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, me);
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      let owner = '';
      try { owner = readFileSync(file, 'utf8'); } catch { continue; }
      const [host, pidText] = owner.split(' ');
      const pid = Number(pidText);
      if (host === hostname() && Number.isInteger(pid) && !alive(pid)) { rmSync(file, { force: true }); continue; }
      throw new UserError(`${dir} is in use by process ${owner || '?'} (remove ${file} if that process is gone)`);
    }
  }
  throw new UserError(`cannot lock ${dir}`);
}
