// The repository stands alone: its Markdown cites papers, public data series and files inside the
// repository, never the team's private notes (SCIENCE.md, MODEL-SKETCH, THESIS.md, PERFORMANCE.md)
// or paths into a sibling ../shared directory, which a reader of the repository does not have.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Each pattern names what it forbids, so a failure says what to replace. */
const FORBIDDEN: readonly { what: string; re: RegExp }[] = [
  { what: 'SCIENCE.md / "SCIENCE §" (cite the paper or data series instead)', re: /\bSCIENCE\b/ },
  { what: 'MODEL-SKETCH (describe the design or cite docs/MODEL.md)', re: /MODEL-SKETCH/ },
  { what: 'THESIS.md (the claims table is in scenarios/README.md)', re: /THESIS\.md/ },
  { what: 'PERFORMANCE.md (measured figures belong in the repository)', re: /PERFORMANCE\.md/ },
  { what: 'a path into ../shared', re: /(?:\.\.\/)+shared\b|\/work\/shared\b/ },
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
    for (const bad of ['see SCIENCE.md', 'SCIENCE §1.6: D ≈ 50', "SCIENCE's range", 'MODEL-SKETCH "Prices"',
      'from THESIS.md', 'PERFORMANCE.md budget', 'raw copies in ../shared/brief/', '/work/shared/brief/SCIENCE.md',
      'see ../../shared/seeds']) {
      expect(offences(bad), bad).not.toEqual([]);
    }
    for (const ok of ['Cont (2001), *Quantitative Finance* 1:223', 'computer science', 'see [MODEL.md](MODEL.md)',
      'the shared cursor', 'a shared volume', 'FRED RRPONTSYD']) {
      expect(offences(ok), ok).toEqual([]);
    }
  });

  it('no tracked Markdown file cites the private notes or ../shared', () => {
    const files = markdownFiles();
    expect(files).toContain('README.md');
    expect(files).toContain('docs/CALIBRATION.md');
    const found = files.flatMap((f) => offences(readFileSync(join(ROOT, f), 'utf8')).map((h) => `${f} ${h}`));
    expect(found, found.join('\n')).toEqual([]);
  });
});
