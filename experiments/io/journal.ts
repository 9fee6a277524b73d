// The append-only run journal (JSON Lines). Each finished run is one line, written with a single
// write() as soon as it completes, so a killed process (kill -9, Ctrl-C, a node failure) keeps
// every run it finished. fsync is group-committed: at most every FSYNC_MS and on close, so a
// machine crash loses at most the last FSYNC_MS of runs, which --resume then runs again.
// A torn last line (a write cut short) is dropped on resume; damage anywhere else is an error.
import { closeSync, existsSync, fsyncSync, ftruncateSync, openSync, readFileSync, writeSync } from 'node:fs';
import { UserError } from '../cli/errors';
import type { RunRecord } from '../run/runner';

const FSYNC_MS = 25;

export interface Journal {
  append(recs: readonly RunRecord[]): void;
  close(): void;
}

export function openJournal(file: string): Journal {
  const fd = openSync(file, 'a');
  let lastSync = 0;
  let timer: NodeJS.Timeout | undefined;
  const sync = (): void => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    fsyncSync(fd);
    lastSync = performance.now();
  };
  return {
    append(recs) {
      if (recs.length === 0) return;
      writeSync(fd, recs.map((r) => `${JSON.stringify(r)}\n`).join(''));
      if (performance.now() - lastSync >= FSYNC_MS) sync();
      else timer ??= setTimeout(sync, FSYNC_MS);
    },
    close() {
      if (timer) clearTimeout(timer);
      fsyncSync(fd);
      closeSync(fd);
    },
  };
}

export interface JournalContents {
  /** Last record per run index. */
  records: Map<number, RunRecord>;
  /** Lines that repeated a run already in the journal (e.g. a --retry-failed rerun). */
  repeats: number;
  /** True when a torn last line was found (and, with repair, cut off). */
  torn: boolean;
}

/** Read a journal. With `repair`, a torn last line is truncated from the file before appending resumes. */
export function readJournal(file: string, repair = false): JournalContents {
  const records = new Map<number, RunRecord>();
  if (!existsSync(file)) return { records, repeats: 0, torn: false };
  const text = readFileSync(file, 'utf8');
  const end = text.lastIndexOf('\n') + 1;
  const torn = end < text.length;
  let repeats = 0;
  const lines = text.slice(0, end).split('\n');
  lines.pop();
  lines.forEach((line, i) => {
    let rec: RunRecord;
    try {
      rec = JSON.parse(line) as RunRecord;
    } catch {
      throw new UserError(`${file}: line ${i + 1} is damaged (not JSON); move the file aside and rerun the missing runs`);
    }
    if (records.has(rec.run)) repeats++;
    records.set(rec.run, rec);
  });
  if (torn && repair) {
    const fd = openSync(file, 'r+');
    ftruncateSync(fd, Buffer.byteLength(text.slice(0, end)));
    closeSync(fd);
  }
  return { records, repeats, torn };
}
