// Checking where output goes before any work starts: a run or sweep that would fail at the end
// (missing parent directory, a directory where a file should be, a device such as /dev/null,
// a pseudo file system that recursive mkdir would loop in) is refused up front, in one line.
import { accessSync, constants, existsSync, mkdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { UserError } from '../cli/errors';

const PSEUDO = ['/proc', '/sys', '/dev'];

/** The real path of `p`'s nearest existing ancestor (or of `p` itself). */
function nearestExisting(p: string): string {
  let cur = resolve(p);
  while (!existsSync(cur)) {
    const up = dirname(cur);
    if (up === cur) break;
    cur = up;
  }
  try { return realpathSync(cur); } catch { return cur; }
}

function refusePseudo(flag: string, p: string): void {
  const real = nearestExisting(p);
  if (PSEUDO.some((r) => real === r || real.startsWith(`${r}${sep}`)))
    throw new UserError(`${flag} ${p}: is inside ${real.split(sep).slice(0, 2).join(sep)}, a system pseudo file system; choose a normal directory`);
}

const why = (e: unknown): string => (e as NodeJS.ErrnoException).code ?? (e as Error).message;

/** Make sure `dir` is (or can be made) a writable directory; creates it. */
export function prepareOutDir(dir: string, flag = '--out'): void {
  refusePseudo(flag, dir);
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new UserError(`${flag} ${dir}: exists and is not a directory`);
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
  } catch (e) {
    throw new UserError(`${flag} ${dir}: cannot create or write this directory (${why(e)})`);
  }
}

/** Make sure `file` can be written as a regular file: its directory exists, it is not a directory or device. */
export function checkOutFile(file: string, flag = '--out'): void {
  refusePseudo(flag, file);
  const parent = dirname(resolve(file));
  if (!existsSync(parent)) throw new UserError(`${flag} ${file}: directory ${dirname(file)} does not exist`);
  if (!statSync(parent).isDirectory()) throw new UserError(`${flag} ${file}: ${dirname(file)} is not a directory`);
  if (existsSync(file) && !statSync(file).isFile()) throw new UserError(`${flag} ${file}: exists and is not a regular file`);
  try {
    accessSync(parent, constants.W_OK);
  } catch (e) {
    throw new UserError(`${flag} ${file}: cannot write in ${dirname(file)} (${why(e)})`);
  }
}
