// The append-only run journal (JSON Lines). The first line is a header that ties the journal to
// its sweep (spec hash, design size, shard); each finished run is one line, written with a single
// write() as soon as it completes, so a killed process (kill -9, Ctrl-C, a node failure) keeps
// every run it finished. fsync is group-committed: at most every FSYNC_MS and on close, so a
// machine crash loses at most the last FSYNC_MS of runs, which --resume then runs again.
// A torn last line (a write cut short) is dropped on resume; damage anywhere else is an error,
// and so is any record that does not belong to the sweep (see journalCheck.ts).
import { closeSync, fsyncSync, ftruncateSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import { UserError } from '../cli/errors';
import type { RunRecord } from '../run/runner';
import type { Shard } from './manifest';
import { recordProblem, type RecordExpect } from './journalCheck';

const FSYNC_MS = 25;
export const JOURNAL_FORMAT = 'crowdout-journal/1';

export interface JournalHeader { journal: typeof JOURNAL_FORMAT; specHash: string; runCount: number; shard: Shard | null }

export interface Journal {
  append(recs: readonly RunRecord[]): void;
  close(): void;
}

export const journalHeader = (specHash: string, runCount: number, shard: Shard | null): JournalHeader =>
  ({ journal: JOURNAL_FORMAT, specHash, runCount, shard });

export const headerLine = (h: JournalHeader): string => `${JSON.stringify(h)}\n`;

/** Open for appending; a new (or empty) journal gets `header` as its first line. */
export function openJournal(file: string, header: JournalHeader): Journal {
  const fd = openSync(file, 'a');
  if (statSync(file).size === 0) writeSync(fd, headerLine(header));
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
      // A short write (the disk filling up) is continued, so a line is never left torn mid-file.
      const buf = Buffer.from(recs.map((r) => `${JSON.stringify(r)}\n`).join(''));
      for (let at = 0; at < buf.length;) at += writeSync(fd, buf, at, buf.length - at);
      if (performance.now() - lastSync >= FSYNC_MS) sync();
      else timer ??= setTimeout(sync, FSYNC_MS);
    },
    close() {
      if (timer) clearTimeout(timer);
      try { fsyncSync(fd); } finally { closeSync(fd); }
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

/** What a journal must match: its header fields and, for every record, the run it claims to be. */
export interface JournalExpect extends RecordExpect { specHash: string }

export interface ReadJournalOptions {
  /** Truncate a torn last line from the file before appending resumes. */
  repair?: boolean;
  /** Check the header and every record against the sweep; without it records are only parsed. */
  expect?: JournalExpect;
  /** A missing file is an error (merge, analyze) rather than an empty journal (a fresh sweep). */
  required?: boolean;
}

function readText(file: string, required: boolean): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && !required) return undefined;
    if (code === 'ENOENT') throw new UserError(`${file} is missing: this directory holds no finished runs`);
    if (code === 'EISDIR') throw new UserError(`${file} is a directory, not a journal file; move it aside`);
    throw new UserError(`cannot read ${file} (${code ?? 'error'})`);
  }
}

const sameShard = (a: Shard | null, b: Shard | null): boolean => (a?.index ?? -1) === (b?.index ?? -1) && (a?.count ?? -1) === (b?.count ?? -1);

function checkHeader(file: string, h: unknown, x: JournalExpect): void {
  const o = h as Partial<JournalHeader> | null;
  if (!o || typeof o !== 'object' || o.journal !== JOURNAL_FORMAT)
    throw new UserError(`${file}: line 1 is not a ${JOURNAL_FORMAT} header; this journal cannot be tied to the sweep (start a new --out)`);
  if (o.specHash !== x.specHash)
    throw new UserError(`${file} belongs to a different spec (hash ${String(o.specHash).slice(0, 12)}, expected ${x.specHash.slice(0, 12)}); it cannot be mixed with this sweep`);
  if (o.runCount !== x.runCount) throw new UserError(`${file}: header says ${String(o.runCount)} runs, the design has ${x.runCount}`);
  if (!sameShard(o.shard ?? null, x.shard)) throw new UserError(`${file}: header names a different shard than the manifest`);
}

/** Read a journal: its header (line 1) and its records, each checked when `expect` is given. */
export function readJournal(file: string, opts: ReadJournalOptions = {}): JournalContents {
  const records = new Map<number, RunRecord>();
  const text = readText(file, !!opts.required);
  if (text === undefined) return { records, repeats: 0, torn: false };
  const end = text.lastIndexOf('\n') + 1;
  const torn = end < text.length;
  let repeats = 0;
  const lines = text.slice(0, end).split('\n');
  lines.pop();
  lines.forEach((line, i) => {
    let rec: unknown;
    try {
      rec = JSON.parse(line);
    } catch {
      throw new UserError(`${file}: line ${i + 1} is damaged (not JSON); move the file aside and rerun the missing runs`);
    }
    if (i === 0) {
      if (opts.expect) checkHeader(file, rec, opts.expect);
      if ((rec as Partial<JournalHeader> | null)?.journal === JOURNAL_FORMAT) return;
    }
    if (opts.expect) {
      const problem = recordProblem(rec, opts.expect);
      if (problem) throw new UserError(`${file}: line ${i + 1}: ${problem}; this journal does not belong to the sweep (move it aside)`);
    }
    const r = rec as RunRecord;
    if (records.has(r.run)) repeats++;
    records.set(r.run, r);
  });
  if (torn && opts.repair) {
    const fd = openSync(file, 'r+');
    ftruncateSync(fd, Buffer.byteLength(text.slice(0, end)));
    closeSync(fd);
  }
  return { records, repeats, torn };
}
