// Reading a finished (or interrupted) sweep directory for merge and analyze: the manifest, the
// spec it names (its hash must match), and a journal checked record by record against both.
// Every damaged or missing file is a one-line UserError naming it; no file content is echoed.
import { readFileSync } from 'node:fs';
import { UserError } from '../cli/errors';
import { validateSpec, type LoadedSpec } from '../spec/load';
import { expandDesign, type Plan } from '../design/expand';
import { checkRunCount } from '../design/count';
import { readJournal, type JournalContents } from './journal';
import { readManifest, type Manifest } from './manifest';

export interface SweepDir { dir: string; manifest: Manifest; specText: string; loaded: LoadedSpec; plan: Plan }

export function readSweepSpec(dir: string, manifest: Manifest, maxRuns?: number): Omit<SweepDir, 'dir' | 'manifest'> {
  const file = `${dir}/spec.json`;
  let specText: string;
  try {
    specText = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(code === 'ENOENT' ? `${dir} has no spec.json` : `cannot read ${file} (${code === 'EISDIR' ? 'it is a directory' : code ?? 'error'})`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(specText);
  } catch {
    throw new UserError(`${file}: not valid JSON (damaged)`);
  }
  const loaded = validateSpec(raw, file);
  if (loaded.hash !== manifest.specHash) throw new UserError(`${file} does not match ${dir}/manifest.json (spec hash differs); the directory was altered`);
  checkRunCount(loaded.spec, maxRuns);
  const plan = expandDesign(loaded.spec);
  if (plan.runCount !== manifest.runCount) throw new UserError(`${dir}/manifest.json says ${manifest.runCount} runs, its spec has ${plan.runCount}`);
  for (const k of ['paramColumns', 'designColumns'] as const)
    if (JSON.stringify(plan[k]) !== JSON.stringify(manifest[k])) throw new UserError(`${dir}/manifest.json: ${k} differ from its spec's design; the directory was altered`);
  return { specText, loaded, plan };
}

export function openSweepDir(dir: string, maxRuns?: number): SweepDir {
  const manifest = readManifest(dir);
  return { dir, manifest, ...readSweepSpec(dir, manifest, maxRuns) };
}

/** The directory's journal, every record checked against its manifest and spec. */
export function readSweepJournal(d: SweepDir): JournalContents {
  const m = d.manifest;
  return readJournal(`${d.dir}/journal.jsonl`, {
    required: true,
    expect: { specHash: m.specHash, spec: d.loaded.spec, plan: d.plan, runCount: m.runCount, shard: m.shard, metricColumns: m.metricColumns, seriesColumns: m.seriesColumns },
  });
}
