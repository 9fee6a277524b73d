// Compare mode and the claims tour in the built page: several seeds per side in parallel workers,
// medians with bands, the headline table, and a claim's note on what to look at.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { artifacts, startHarness, type Harness } from './harness';
import { CLAIM_STATUS } from '../../web/claimStatus';

let h: Harness;
beforeAll(async () => { h = await startHarness(4176); });
afterAll(async () => { await h?.close(); });

describe('compare mode', () => {
  it('compares a scenario with an override over seeds, in parallel workers', async () => {
    const { page, errors } = await h.open();
    await page.click('#tab-compare');
    await page.selectOption('#cmp-a-scenario', 'baseline');
    await page.selectOption('#cmp-b-scenario', 'baseline');
    await page.fill('#cmp-b-set', 'hedge_fund.leverage.preferred=4.5');
    await page.fill('#cmp-seeds', '3');
    await page.fill('#cmp-days', '200');
    await page.click('#cmp-run');
    await page.waitForSelector('#view-compare[data-state="done"]', { timeout: 240_000 });
    expect(await page.textContent('#cmp-status')).toMatch(/^6 runs in/);
    expect(await page.textContent('#cmp-table')).toContain('B: baseline hedge_fund.leverage.preferred=4.5');
    await page.waitForFunction(() => Number(document.querySelector<HTMLElement>('#chart-cmp-coc')?.dataset.drawn) === 200);
    // More than one worker existed: the page's run worker plus the pool.
    expect(page.workers().length).toBeGreaterThanOrEqual(2);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a bad override in compare mode names the field', async () => {
    const { page } = await h.open();
    await page.click('#tab-compare');
    await page.fill('#cmp-a-set', 'cta.aumUsd=-1');
    await page.fill('#cmp-seeds', '1');
    await page.fill('#cmp-days', '5');
    await page.click('#cmp-run');
    await page.waitForSelector('#error[data-field="cta.aumUsd"]');
    expect(await page.getAttribute('#view-compare', 'data-state')).toBe('error');
    await page.close();
  });

  it('the claims tour loads a claim pair into compare mode and says what to look at', async () => {
    const { page, errors } = await h.open();
    await page.click('#tab-claims');
    expect(await page.locator('.claim').count()).toBe(12);
    // Every claim shows the label and verdict of the README's claims table (test/claims/tour.test.ts).
    for (const [id, st] of Object.entries(CLAIM_STATUS)) {
      const text = await page.textContent(`#claim-${id}`);
      expect(text, id).toContain(st.holds);
      expect(text, id).toContain(st.label);
    }
    await page.screenshot({ path: join(artifacts, 'claims.png') });
    await page.click('#claim-C6');
    expect(await page.getAttribute('#tab-compare', 'aria-selected')).toBe('true');
    await page.waitForSelector('#view-compare[data-state="done"]', { timeout: 240_000 });
    expect(await page.textContent('#claim-box')).toContain('C6');
    expect(await page.textContent('#claim-box')).toContain('What to look at');
    expect(await page.textContent('#claim-box')).toContain(`Holds now? ${CLAIM_STATUS.C6!.holds}`);
    expect(await page.inputValue('#cmp-a-scenario')).toBe('qe-backstop');
    expect(await page.inputValue('#cmp-b-scenario')).toBe('tightening');
    expect(await page.locator('.compare-chart.focus').count()).toBe(4);
    await page.screenshot({ path: join(artifacts, 'compare-C6.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a compare URL runs that comparison; running one puts it in the URL', async () => {
    const { page, errors } = await h.open('?view=compare&a=qe-backstop&b=tightening&bset=hyperscaler.capexScale%3D1.2&seeds=2&days=120');
    await page.waitForSelector('#view-compare[data-state="done"]', { timeout: 240_000 });
    expect(await page.getAttribute('#tab-compare', 'aria-selected')).toBe('true');
    expect(await page.inputValue('#cmp-a-scenario')).toBe('qe-backstop');
    expect(await page.inputValue('#cmp-b-set')).toBe('hyperscaler.capexScale=1.2');
    expect(await page.inputValue('#cmp-seeds')).toBe('2');
    expect(await page.textContent('#cmp-status')).toMatch(/^4 runs in/);
    const head = await page.locator('#cmp-table thead th').allTextContents();
    expect(head).toEqual(['median across seeds', 'A: qe-backstop', 'B: tightening hyperscaler.capexScale=1.2']);
    // Both sides have a median in every row of the table.
    const cells = await page.locator('#cmp-table tbody tr').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent ?? '')));
    expect(cells.length).toBeGreaterThan(5);
    for (const row of cells) { expect(row).toHaveLength(2); for (const c of row) expect(c).toMatch(/\S/); }
    expect(cells.flat().join(' ')).toMatch(/\d/);
    await page.waitForFunction(() => Number(document.querySelector<HTMLElement>('#chart-cmp-coc')?.dataset.drawn) === 120);
    // A new comparison from the form and a claim from the tour both update the address bar.
    await page.fill('#cmp-seeds', '1');
    await page.fill('#cmp-days', '30');
    await page.click('#cmp-run');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('seeds') === '1');
    const u = new URL(page.url());
    expect(Object.fromEntries(u.searchParams)).toMatchObject({ view: 'compare', a: 'qe-backstop', b: 'tightening', days: '30', bset: 'hyperscaler.capexScale=1.2' });
    await page.waitForSelector('#view-compare[data-state="done"]', { timeout: 240_000 });
    await page.click('#tab-explore');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('scenario') === 'baseline' && !location.search.includes('view='));
    await page.click('#tab-claims');
    await page.click('#claim-C6');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('claim') === 'C6');
    const claimUrl = page.url();
    expect(new URL(claimUrl).searchParams.get('a')).toBe('qe-backstop');
    await page.waitForSelector('#view-compare[data-state="done"]', { timeout: 240_000 });
    expect(errors).toEqual([]);
    await page.close();
    // The claim's link reopens the claim with its note.
    const again = await h.open(new URL(claimUrl).search);
    await again.page.waitForSelector('#view-compare[data-state="done"]', { timeout: 240_000 });
    expect(await again.page.textContent('#claim-box')).toContain('C6');
    expect(await again.page.locator('.compare-chart.focus').count()).toBe(4);
    expect(again.errors).toEqual([]);
    await again.page.close();
  });

  it('a malformed compare link names the field and the page still works', async () => {
    for (const [q, field] of [['?view=compare&a=qe-backstop&b=tightening&seeds=0', 'seeds'], ['?view=compare&a=qe-backstop&b=no-such', 'b'], ['?view=compare&a=baseline&aset=justtext', 'aset']] as const) {
      const { page, errors } = await h.open(q);
      await page.waitForSelector(`#error[data-field="${field}"]`);
      expect(await page.textContent('#error'), q).toContain(field);
      expect(await page.getAttribute('#tab-compare', 'aria-selected')).toBe('true');
      expect(await page.getAttribute('#view-compare', 'data-state')).toBeNull();
      if (field === 'seeds') {
        await page.fill('#cmp-seeds', '1');
        await page.fill('#cmp-days', '20');
        await page.click('#cmp-run');
        await page.waitForSelector('#view-compare[data-state="done"]', { timeout: 240_000 });
        await page.click('#tab-explore');
        await page.click('#step');
        await page.waitForFunction(() => document.querySelector<HTMLElement>('#day')?.dataset.t === '1');
      }
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it('works on a phone-sized screen', async () => {
    const { page, errors } = await h.open('', { width: 390, height: 844 });
    await page.click('#play');
    await page.waitForFunction(() => Number(document.querySelector<HTMLElement>('#day')?.dataset.t) >= 60);
    await page.click('#play');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await page.screenshot({ path: join(artifacts, 'phone.png') });
    // The transport stays in reach when the charts scroll: on screen, on top, and clickable.
    const reachable = () => page.evaluate(() => {
      const r = document.querySelector('#play')!.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return r.top >= 0 && r.bottom <= window.innerHeight && hit?.closest('#play') !== null;
    });
    await page.locator('#s-flows').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => Number(document.querySelector<HTMLElement>('#chart-flows')?.dataset.drawn) > 0);
    expect(await reachable()).toBe(true);
    await page.screenshot({ path: join(artifacts, 'phone-scrolled.png') });
    const before = Number(await page.getAttribute('#day', 'data-t')); // read before the click: a fast step could land first
    await page.click('#step');
    await page.waitForFunction((t) => Number(document.querySelector<HTMLElement>('#day')?.dataset.t) === t + 1, before);
    // It covers nothing for good: at the bottom of the page the last content ends above the bar.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const gap = await page.evaluate(() => {
      const bar = document.querySelector('#transport')!.getBoundingClientRect();
      const last = [...document.querySelectorAll('.layout > *')].filter((e) => (e as HTMLElement).offsetParent !== null)
        .map((e) => e.getBoundingClientRect().bottom);
      return bar.top - Math.max(...last);
    });
    expect(gap).toBeGreaterThanOrEqual(0);
    expect(await reachable()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
