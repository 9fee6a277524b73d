// Metric globs (outputs.metrics): the automaton matcher agrees with the regular expression it
// replaced on random patterns and names, and a pathological pattern is answered (no backtracking).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { globMatch } from '../../experiments/run/glob';

/** The old translation: `*` → [^.]*, `**` → .* (fine for short inputs, exponential on "****…Q"). */
const viaRegex = (p: string, s: string): boolean =>
  new RegExp(`^${p.split('**').map((part) => part.split('*').map((x) => x.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^.]*')).join('.*')}$`).test(s);

describe('globMatch', () => {
  it('agrees with the regex translation on random short patterns and names', () => {
    const ch = fc.constantFrom('a', 'b', '.', '*');
    fc.assert(fc.property(fc.string({ unit: ch, maxLength: 7 }), fc.string({ unit: fc.constantFrom('a', 'b', '.'), maxLength: 8 }), (p, s) => {
      // Runs of three or more stars are one "**" for both (the regex splits them unevenly).
      const q = p.replace(/\*{3,}/g, '**');
      expect(globMatch(q, s)).toBe(viaRegex(q, s));
    }), { numRuns: 2000 });
  });
  it('matches within and across segments', () => {
    expect(globMatch('assets.*.maxDrawdown', 'assets.crypto.maxDrawdown')).toBe(true);
    expect(globMatch('assets.*', 'assets.crypto.maxDrawdown')).toBe(false);
    expect(globMatch('assets.**', 'assets.crypto.maxDrawdown')).toBe(true);
    expect(globMatch('**', '')).toBe(true);
  });
  it('answers a pathological pattern against a long name', () => {
    expect(globMatch(`${'*'.repeat(40)}Q`, 'a'.repeat(5000))).toBe(false);
    expect(globMatch(`${'*.'.repeat(30)}Q`, `${'a.'.repeat(30)}Q`)).toBe(true);
  });
});
