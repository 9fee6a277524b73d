// Share URLs: parsing is strict about shape (the worker validates values), and a spec survives a round trip.
import { describe, expect, it } from 'vitest';
import { compareToSearch, parseSpec, setOverride, specToCli, specToSearch } from '../../web/app/url';
import { diffAsOverrides } from '../../web/app/exporters';

describe('share URLs', () => {
  it('round-trips scenario, seed, days and overrides', () => {
    const spec = { scenario: 'qe-backstop', seed: 42, days: 300, overrides: ['hyperscaler.capexScale=1.5', 'sovereign.peckingOrder=["crypto","saas"]'] };
    const back = parseSpec(specToSearch(spec));
    expect(back.error).toBeUndefined();
    expect(back.spec).toEqual(spec);
  });

  it('names the field of a malformed parameter', () => {
    expect(parseSpec('?seed=-1').error?.field).toBe('seed');
    expect(parseSpec('?seed=1e3').error?.field).toBe('seed');
    expect(parseSpec('?days=0').error?.field).toBe('days');
    expect(parseSpec('?scenario=../../etc').error?.field).toBe('scenario');
    expect(parseSpec('?set=noequals').error?.field).toBe('set');
    expect(parseSpec('?set=__proto__.x=1').error?.field).toBe('set');
    expect(parseSpec('?set=a..b=1').error?.field).toBe('set');
  });

  it('a later override of the same path replaces the earlier one; null removes it', () => {
    expect(setOverride(['a.b=1', 'c=2'], 'a.b', '3')).toEqual(['c=2', 'a.b=3']);
    expect(setOverride(['a.b=1', 'c=2'], 'a.b', null)).toEqual(['c=2']);
  });

  it('prints the CLI command that reproduces the spec', () => {
    expect(specToCli({ scenario: 'baseline', seed: 3, days: 120, overrides: ['x.y=1', 'p=["a"]'] }))
      .toBe(`npx crowdout run baseline --seed 3 --days 120 --set x.y=1 --set 'p=["a"]'`);
  });

  it('an imported file becomes overrides of the defaults (without its long description)', () => {
    expect(diffAsOverrides({ name: 'mine', description: 'long text', 'pool.rrpUsd': 2e12, 'central_bank.stance': 'tightening', shocks: [{ date: '2025-01-02' }] }))
      .toEqual(['name=mine', 'pool.rrpUsd=2000000000000', 'central_bank.stance=tightening', 'shocks=[{"date":"2025-01-02"}]']);
  });

  it('round-trips an open comparison; its days belong to the comparison', () => {
    const c = { a: { scenario: 'qe-backstop', overrides: [] }, b: { scenario: 'tightening', overrides: ['hyperscaler.capexScale=1.5', 'x.y=2'] }, seeds: 3, days: 250, claim: 'C6' };
    const back = parseSpec(compareToSearch(c));
    expect(back.error).toBeUndefined();
    expect(back.view).toBe('compare');
    expect(back.compare).toEqual(c);
    expect(back.spec.days).toBeUndefined();
    expect(parseSpec('?view=claims&seed=2').view).toBe('claims');
    expect(parseSpec('?days=30').compare).toBeUndefined();
  });

  it('names the field of a malformed comparison parameter and keeps the Explore spec', () => {
    const field = (q: string) => parseSpec(q).error?.field;
    expect(field('?view=nope')).toBe('view');
    expect(field('?view=compare&a=<x>')).toBe('a');
    expect(field('?view=compare&a=baseline&b=../b')).toBe('b');
    expect(field('?view=compare&a=baseline&aset=oops')).toBe('aset');
    expect(field('?view=compare&a=baseline&bset=__proto__.x=1')).toBe('bset');
    expect(field('?view=compare&a=baseline&seeds=0')).toBe('seeds');
    expect(field('?view=compare&a=baseline&seeds=17')).toBe('seeds');
    expect(field('?view=compare&a=baseline&days=-3')).toBe('days');
    expect(field('?view=compare&a=baseline&claim=X1')).toBe('claim');
    const p = parseSpec('?scenario=tightening&seed=7&view=compare&a=baseline&seeds=abc');
    expect(p.spec).toMatchObject({ scenario: 'tightening', seed: 7 });
    expect(p.compare).toBeUndefined();
    expect(p.view).toBe('compare');
  });
});
