// Every control in the built page, as a student alone would use it: each slider at both ends and
// in the middle runs (or says why not and goes back), quick changes keep the last one, controls that
// do nothing are disabled with a reason, and the page says what it is doing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { idle, startHarness, type Harness } from './harness';
import { SLIDERS } from '../../web/app/sliders';

let h: Harness;
beforeAll(async () => { h = await startHarness(4177); });
afterAll(async () => { await h?.close(); });

const idOf = (path: string) => `#a-${path.replace(/\./g, '-')}`;
const day = async (page: Page) => Number(await page.getAttribute('#day', 'data-t'));

/** Set a control the way a user's final input would, and wait until the page has applied it. */
async function setControl(page: Page, path: string, value: string): Promise<void> {
  await page.evaluate(([sel, v]) => {
    const el = document.querySelector<HTMLInputElement | HTMLSelectElement>(sel!)!;
    if (el instanceof HTMLInputElement && el.type === 'checkbox') el.checked = v === 'true'; else el.value = v!;
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
  }, [idOf(path), value] as const);
  await idle(page);
}

async function controlValue(page: Page, path: string): Promise<string> {
  return page.evaluate((sel) => {
    const el = document.querySelector<HTMLInputElement | HTMLSelectElement>(sel)!;
    return el instanceof HTMLInputElement && el.type === 'checkbox' ? String(el.checked) : el.value;
  }, idOf(path));
}

describe('controls', () => {
  it('every slider at both ends and in the middle runs and catches up, or shows why not and goes back', async () => {
    const { page, errors } = await h.open('');
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('Shift+ArrowRight');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('#day')?.dataset.t === '20');
    const outcomes: string[] = [];
    for (const s of SLIDERS) {
      const values = s.kind === 'range' ? [s.min, (s.min + s.max) / 2, s.max].map((v) => String(Math.round(v / s.step) * s.step))
        : s.kind === 'toggle' ? ['false', 'true'] : s.options.map((o) => o.value);
      for (const v of values) {
        // A control that does nothing now is disabled and says why; give it a stance where it acts.
        if (await page.isDisabled(idOf(s.path))) {
          expect((await page.textContent(`[data-path="${s.path}"] .why`))!.length).toBeGreaterThan(20);
          expect(s.path).toBe('central_bank.qeMaxDailyUsd');
          await setControl(page, 'central_bank.stance', 'qe_backstop');
          expect(await page.isDisabled(idOf(s.path))).toBe(false);
        }
        const before = await controlValue(page, s.path);
        await setControl(page, s.path, v);
        const banner = await page.isVisible('#error');
        const now = await controlValue(page, s.path);
        if (!banner) {
          expect(Number(now) || now, `${s.path}=${v}`).toEqual(Number(v) || v);
          expect(await day(page), `${s.path}=${v} caught up`).toBe(20);
          outcomes.push(`${s.path}=${v} ran`);
        } else {
          // Refused or stopped: the banner names the problem and the control is back where it was.
          expect((await page.textContent('#error'))!.length).toBeGreaterThan(10);
          expect(now, `${s.path}=${v} went back`).toBe(before);
          outcomes.push(`${s.path}=${v} refused: ${await page.textContent('#error .msg')}`);
        }
      }
    }
    console.log(outcomes.join('\n'));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('quick keyboard changes keep the last one and the day; a refused value puts the slider back', async () => {
    const { page } = await h.open('');
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('Shift+ArrowRight');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('#day')?.dataset.t === '20');
    await page.focus('#a-pool-rrpUsd');
    const start = Number(await page.inputValue('#a-pool-rrpUsd'));
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
    await idle(page);
    const end = Number(await page.inputValue('#a-pool-rrpUsd'));
    expect(end).toBeCloseTo(start + 6 * 0.05e12, -6);
    expect(await day(page)).toBe(20);
    expect(await page.textContent('#diff')).toContain('Reverse-repo cash');
    expect(new URL(page.url()).searchParams.getAll('set')).toContain(`pool.rrpUsd=${end}`);
    // The worker refuses a value outside the schema: the banner names the field, the slider stays.
    const lev = await page.inputValue('#a-hedge_fund-leverage-preferred');
    await page.evaluate(() => (window as unknown as { __crowdout: { applier: { apply(s: unknown, o: unknown): Promise<void> }; ctl: { spec: { overrides: string[] } } } }).__crowdout
      .applier.apply({ scenario: 'baseline', seed: 1, overrides: ['hedge_fund.leverage.preferred=999'] }, { keepDay: true }));
    await page.waitForSelector('#error[data-field="hedge_fund.leverage.preferred"]');
    expect(await page.inputValue('#a-hedge_fund-leverage-preferred')).toBe(lev);
    expect(await day(page)).toBe(20);
    // The next change that works clears the old banner.
    await setControl(page, 'cta.aumUsd', '400000000000');
    expect(await page.isVisible('#error')).toBe(false);
    await page.close();
  });

  it('says what it is doing: computing, the end of the run, a copied link, an export with nothing in it', async () => {
    const { page } = await h.open('');
    // Day 0: exporting says there is nothing yet.
    await page.click('#export-csv');
    await page.waitForSelector('#error.notice:not([hidden])');
    expect(await page.textContent('#error')).toContain('day 0');
    await page.click('#chart-water [data-export="png"]');
    expect(await page.textContent('#error')).toContain('day 0');
    // A link opens computed, at its end, with Replay offered.
    await page.goto(new URL('?scenario=baseline&seed=2&days=80', h.base).href);
    await page.waitForSelector('body[data-ready="true"]');
    await idle(page);
    expect(await day(page)).toBe(80);
    expect(await page.getAttribute('#day', 'data-state')).toBe('end');
    expect(await page.textContent('#play')).toContain('Replay');
    // A whole repaint may take a few frames (it is painted in slices): wait for it to be shown.
    await page.waitForFunction(() => document.querySelector<HTMLElement>('#chart-water')?.dataset.drawn === '80');
    await page.click('#copy-link');
    await page.waitForFunction(() => (document.querySelector('#copy-status')?.textContent ?? '').length > 0);
    // While a change is computed the page says so and Play is disabled.
    await page.evaluate(() => { document.querySelector<HTMLInputElement>('#a-cta-aumUsd')!.value = '600000000000'; document.querySelector('#a-cta-aumUsd')!.dispatchEvent(new Event('change')); });
    expect(await page.evaluate(() => ({ busy: document.body.dataset.busy ?? '', play: document.querySelector<HTMLButtonElement>('#play')!.disabled })))
      .toEqual({ busy: 'computing…', play: true });
    await idle(page);
    expect(await page.isDisabled('#play')).toBe(false);
    // Replay goes back to day 0 and plays.
    await page.click('#play');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('#day')?.dataset.state === 'end');
    await page.close();
  });

  it('the Sankey window picker redraws at once; Explore keys do nothing on other tabs; Compare checks its seeds', async () => {
    const { page } = await h.open('?scenario=baseline&seed=1');
    await page.locator('#chart-sankey').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => Number(document.querySelector<HTMLElement>('#chart-sankey')?.dataset.drawn) > 0);
    const whole = await page.textContent('#chart-sankey .window-bar .muted');
    await page.selectOption('#sankey-window', 'before');
    await page.waitForFunction((w) => document.querySelector('#chart-sankey .window-bar .muted')?.textContent !== w, whole);
    expect(await page.textContent('#chart-sankey .window-bar .muted')).toMatch(/trading days/);
    await page.click('#tab-compare');
    expect(await page.isVisible('#playbar')).toBe(false);
    // Keys pressed with the focus on the page (not on the tab strip, whose arrows switch tabs).
    await page.click('#view-compare .lead');
    const t = await day(page);
    await page.keyboard.press(' ');
    await page.keyboard.press('ArrowLeft');
    expect(await day(page)).toBe(t);
    expect(await page.getAttribute('#day', 'data-state')).toBe('end');
    expect(await page.getAttribute('#tab-compare', 'aria-selected')).toBe('true');
    await page.fill('#cmp-seeds', '0');
    await page.click('#cmp-run');
    await page.waitForSelector('#error[data-field="seeds"]');
    expect(await page.getAttribute('#view-compare', 'data-state')).toBeNull();
    await page.close();
  });

  it('on a phone: the exhausted and back labels keep their dates, the Sankey scrolls, ⚙ reaches the assumptions, taps show values, Run sits after the sides', async () => {
    const { page, errors } = await h.open('?scenario=baseline&seed=1', { width: 390, height: 844 });
    await page.locator('#chart-water').scrollIntoViewIfNeeded();
    await page.waitForSelector('#chart-water svg .marker text');
    const labels = await page.evaluate(() => {
      const box = document.querySelector('#chart-water')!.getBoundingClientRect();
      return [...document.querySelectorAll<SVGTextElement>('#chart-water svg .marker text')].filter((t) => t.textContent).map((t) => {
        const r = t.getBoundingClientRect();
        return { text: t.textContent, back: Boolean(t.closest('.back')), inside: r.left >= box.left && r.right <= box.right };
      });
    });
    // Seed 1's idle money runs dry and comes back within the run: both labels are there, whole.
    expect(labels.some((l) => !l.back) && labels.some((l) => l.back), JSON.stringify(labels)).toBe(true);
    for (const l of labels) {
      expect(l.text).toMatch(/\d{4}-\d{2}-\d{2}/);
      expect(l.inside, JSON.stringify(l)).toBe(true);
    }
    // A tap (touch pointer) shows the tooltip, and it stays when the finger lifts.
    const plot = (await page.locator('#chart-water .plot').boundingBox())!;
    const at = { pointerType: 'touch', clientX: plot.x + plot.width / 2, clientY: plot.y + 60, bubbles: true };
    await page.dispatchEvent('#chart-water .plot', 'pointerdown', at);
    await page.dispatchEvent('#chart-water .plot', 'pointerleave', at);
    expect(await page.isVisible('.tooltip')).toBe(true);
    expect(await page.textContent('.tooltip')).toMatch(/day \d+/);
    // Notes that mention hover also say tap.
    for (const note of await page.locator('.note').allTextContents()) if (/hover/i.test(note)) expect(note).toMatch(/tap/i);
    await page.locator('#chart-sankey').scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => { const s = document.querySelector('#chart-sankey .scroll-x')!; return s.scrollWidth > s.clientWidth; })).toBe(true);
    await page.click('#to-assumptions');
    await page.waitForFunction(() => { const r = document.getElementById('assumptions')!.getBoundingClientRect(); return r.top >= -1 && r.top < innerHeight / 2; });
    await page.click('#tab-compare');
    const order = await page.evaluate(() => document.querySelector('#cmp-run')!.getBoundingClientRect().top - document.querySelector('.cmp-side-b')!.getBoundingClientRect().bottom);
    expect(order).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});
