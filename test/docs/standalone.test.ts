// The repository stands alone: its Markdown cites papers, public data series and files inside the
// repository, never the team's private working notes or paths into a sibling directory of notes,
// which a reader of the repository does not have. The notes' names are assembled from parts below
// so that this file does not itself cite them.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Each pattern names what it forbids, so a failure says what to replace. */
const note = (...parts: string[]): string => parts.join('');
const RESEARCH_NOTE = note('RESEARCH_NOTE', 'ENCE'), DESIGN_NOTE = note('MODEL-', 'DESIGN_NOTE'), CLAIMS_NOTE = note('THE', 'SIS.md'), SPEED_NOTE = note('PERFOR', 'MANCE.md');
const NOTES_DIR = note('sha', 'red');
const FORBIDDEN: readonly { what: string; re: RegExp }[] = [
  { what: 'the research notes (cite the paper or data series instead)', re: new RegExp(`\\b${RESEARCH_NOTE}\\b`) },
  { what: 'the design sketch (describe the design or cite docs/MODEL.md)', re: new RegExp(DESIGN_NOTE) },
  { what: 'the thesis notes (the claims table is in scenarios/README.md)', re: new RegExp(CLAIMS_NOTE.replace('.', '\\.')) },
  // docs/ has its own page of that name (measured figures, in the repository): a path into docs/ is fine.
  { what: 'the performance notes (measured figures belong in the repository)', re: new RegExp(`(?<!docs/)${SPEED_NOTE.replace('.', '\\.')}`) },
  { what: 'a path into the notes directory', re: new RegExp(`(?:\\.\\./)+${NOTES_DIR}\\b|/work/${NOTES_DIR}\\b`) },
];

/** Markdown files tracked by git; outside a git checkout (e.g. a `git archive` export), every *.md on disk. */
function markdownFiles(): string[] {
  try {
    const out = execFileSync('git', ['ls-files', '-z', '--', '*.md'], { cwd: ROOT, encoding: 'utf8' });
    const files = out.split('\0').filter((f) => f !== '');
    if (files.length > 0) return files;
  } catch { /* not a git checkout: walk the tree below */ }
  const skip = new Set(['node_modules', 'dist', 'out', '.git']);
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (skip.has(e.name)) continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.md')) found.push(relative(ROOT, p).split(sep).join('/'));
    }
  };
  walk(ROOT);
  return found;
}

/** Every forbidden mention in `text`, as "line N: what — the line". */
function offences(text: string): string[] {
  const hits: string[] = [];
  text.split('\n').forEach((line, i) => {
    for (const f of FORBIDDEN) if (f.re.test(line)) hits.push(`line ${i + 1}: ${f.what} — ${line.trim().slice(0, 160)}`);
  });
  return hits;
}

describe('documentation stands alone', () => {
  it('the matcher catches each forbidden form and passes ordinary citations', () => {
    for (const bad of [`see ${RESEARCH_NOTE}.md`, `${RESEARCH_NOTE} §1.6: D ≈ 50`, `${RESEARCH_NOTE}'s range`, `${DESIGN_NOTE} "Prices"`,
      `from ${CLAIMS_NOTE}`, `${SPEED_NOTE} budget`, `raw copies in ../${NOTES_DIR}/brief/`, `/work/${NOTES_DIR}/brief/${RESEARCH_NOTE}.md`,
      `see ../../${NOTES_DIR}/seeds`]) {
      expect(offences(bad), bad).not.toEqual([]);
    }
    for (const ok of ['Cont (2001), *Quantitative Finance* 1:223', 'computer science', 'see [MODEL.md](MODEL.md)',
      'the shared cursor', 'a shared volume', 'FRED RRPONTSYD', `see [the figures](../docs/${SPEED_NOTE})`]) {
      expect(offences(ok), ok).toEqual([]);
    }
  });

  it('no tracked Markdown file cites the private notes or their directory', () => {
    const files = markdownFiles();
    expect(files).toContain('README.md');
    expect(files).toContain('docs/CALIBRATION.md');
    const found = files.flatMap((f) => offences(readFileSync(join(ROOT, f), 'utf8')).map((h) => `${f} ${h}`));
    expect(found, found.join('\n')).toEqual([]);
  });
});
