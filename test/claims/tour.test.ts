// The claims tour in the browser and the claims table in scenarios/README.md say the same: every
// claim C1–C12 has its label (emergent or built in) and its verdict ("holds now?") in both, and the
// tour's text is the table's with the markdown removed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLAIMS } from '../../web/claims';
import { CLAIM_STATUS } from '../../web/claimStatus';

const IDS = Array.from({ length: 12 }, (_, i) => `C${i + 1}`);
const plain = (cell: string) => cell.replace(/\*\*|\*|`/g, '').trim();

/** The rows of the README table headed `| claim | label | … | holds now? |`, by claim id. */
function readmeTable(): Map<string, { label: string; holds: string }> {
  const lines = readFileSync(new URL('../../scenarios/README.md', import.meta.url), 'utf8').split('\n');
  const head = lines.findIndex((l) => /^\| claim \| label \|.*\| holds now\? \|$/.test(l.trim()));
  if (head < 0) throw new Error('scenarios/README.md has no claims table with columns "label" and "holds now?"');
  const cols = lines[head]!.trim().slice(1, -1).split('|').map((c) => c.trim());
  const li = cols.indexOf('label'), hi = cols.indexOf('holds now?');
  const rows = new Map<string, { label: string; holds: string }>();
  for (const line of lines.slice(head + 2)) {
    if (!line.startsWith('|')) break;
    const cells = line.trim().slice(1, -1).split(' | ').map((c) => c.trim());
    expect(cells.length, `a row of the claims table: ${line.slice(0, 40)}`).toBe(cols.length);
    const id = /^\*\*(C\d+)\*\*/.exec(cells[0]!)?.[1];
    if (!id) throw new Error(`a claims-table row without a claim id: ${line.slice(0, 40)}`);
    rows.set(id, { label: plain(cells[li]!), holds: plain(cells[hi]!) });
  }
  return rows;
}

describe('the claims tour and scenarios/README.md', () => {
  const table = readmeTable();

  it('the README table labels every claim C1–C12 and gives a verdict for each', () => {
    expect([...table.keys()]).toEqual(IDS);
    for (const [id, row] of table) {
      expect(row.label, id).toMatch(/emergent|built in/);
      expect(row.holds, id).toMatch(/holds|does not/i);
    }
  });

  it("the tour shows each claim's label and verdict exactly as the README table gives them", () => {
    expect(CLAIMS.map((c) => c.id)).toEqual(IDS);
    expect(Object.keys(CLAIM_STATUS).sort()).toEqual([...IDS].sort());
    for (const c of CLAIMS) expect(c.status, c.id).toEqual(table.get(c.id));
  });
});
