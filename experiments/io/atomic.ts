// Write-then-rename, so a reader (or a resumed sweep) never sees a half-written output file.
import { closeSync, fsyncSync, openSync, renameSync, writeSync } from 'node:fs';

export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  const tmp = `${file}.tmp-${process.pid}`;
  const fd = openSync(tmp, 'w');
  writeSync(fd, typeof data === 'string' ? Buffer.from(data) : data);
  fsyncSync(fd);
  closeSync(fd);
  renameSync(tmp, file);
}
