// Write-then-rename, so a reader (or a resumed sweep) never sees a half-written output file.
// A failed write (disk full, quota) removes its temp file and becomes a one-line UserError.
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { UserError } from '../cli/errors';

const NO_SPACE = new Set(['ENOSPC', 'EDQUOT', 'EFBIG']);

/** True for the errors of a full disk or an exhausted quota. */
export const isNoSpace = (e: unknown): boolean => NO_SPACE.has((e as NodeJS.ErrnoException)?.code ?? '');

export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  const tmp = `${file}.tmp-${process.pid}`;
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'w');
    // A short write (the disk or a size limit filling up) is continued: the next write then fails.
    const buf = typeof data === 'string' ? Buffer.from(data) : data;
    for (let at = 0; at < buf.length;) at += writeSync(fd, buf, at, buf.length - at);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, file);
  } catch (e) {
    if (fd !== undefined) try { closeSync(fd); } catch { /* already failing */ }
    rmSync(tmp, { force: true });
    const code = (e as NodeJS.ErrnoException).code;
    if (isNoSpace(e)) throw new UserError(`cannot write ${file}: the disk is full (${code}); free space and try again`);
    if (code) throw new UserError(`cannot write ${file} (${code})`);
    throw e;
  }
}
