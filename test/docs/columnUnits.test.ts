// Every recorded column has a unit and a meaning for the page's "Column units" sidecar, and every
// column is named in docs/CLI.md's full list (the interface users script against).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COLUMN_NAMES } from '../../sim/index';
import { columnUnit } from '../../web/app/units';

describe('column units and docs', () => {
  it('every column has a unit', () => {
    expect(COLUMN_NAMES.filter((c) => columnUnit(c).unit === '')).toEqual([]);
  });
  it('docs/CLI.md states the column count and lists the hedge-fund and dealer series', () => {
    const cli = readFileSync(new URL('../../docs/CLI.md', import.meta.url), 'utf8');
    expect(cli).toContain(`(${COLUMN_NAMES.length} of them)`);
    for (const c of COLUMN_NAMES.filter((n) => /^(hf|dealer)\./.test(n))) expect(cli, c).toContain(`\n${c}\n`);
  });
});
