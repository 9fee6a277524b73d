// Compare mode: two specs (scenarios, or one scenario with overrides), each run over several seeds
// in parallel workers; charts show the median and the 10–90% band, a table the headline numbers.
import { WorkerPool } from '../app/pool';
import { METRICS, METRIC_COLUMNS, headline, reduceSide } from '../app/compare';
import type { BatchResult, FieldError, RunSpec, ScenarioInfo } from '../app/types';
import type { Renderer } from '../app/render';
import { CompareChart, SIDE_COLOR, compareStore } from '../charts/compareChart';
import { ASSET_IDS } from '../../sim/ids';
import { ASSET_LABEL } from '../theme';
import { fmt } from '../format';
import { h } from './dom';
import { termHelp } from './glossary';
import type { Claim, Side } from '../claims';
import type { CompareUrl } from '../app/url';

export interface CompareRequest { a: Side; b: Side; seeds: number; days?: number; claim?: Claim }

function sideForm(key: 'a' | 'b', scenarios: ScenarioInfo[]) {
  const scenario = h('select', { id: `cmp-${key}-scenario`, 'aria-label': `Side ${key.toUpperCase()} scenario` });
  for (const s of scenarios) scenario.append(h('option', { value: s.name, title: s.description, text: s.name }));
  const overrides = h('textarea', { id: `cmp-${key}-set`, rows: 2, spellcheck: 'false', placeholder: 'path=value, one per line', 'aria-label': `Side ${key.toUpperCase()} overrides` });
  const desc = h('p', { class: 'sentence' });
  const sync = () => { desc.textContent = scenarios.find((s) => s.name === scenario.value)?.description ?? ''; };
  scenario.addEventListener('change', sync);
  const box = h('fieldset', { class: `cmp-side cmp-side-${key}` }, h('legend', {}, h('i', { class: 'sw' }), ` Side ${key.toUpperCase()}`), scenario, desc, overrides);
  (box.querySelector('i.sw') as HTMLElement).style.setProperty('--c', SIDE_COLOR[key]);
  return {
    box,
    get: (): Side => ({ scenario: scenario.value, overrides: overrides.value.split('\n').map((x) => x.trim()).filter(Boolean), label: '' }),
    set: (s: Side) => { scenario.value = s.scenario; overrides.value = s.overrides.join('\n'); sync(); },
  };
}

/** `onRun` hears every comparison as it starts (the page puts it in the share URL). */
export function mountCompare(root: HTMLElement, scenarios: ScenarioInfo[], renderer: Renderer, showError: (e: FieldError, ctx: string) => void,
  onRun?: (c: CompareUrl) => void, clearError: () => void = () => {}) {
  const pool = new WorkerPool();
  const claimBox = h('div', { id: 'claim-box', class: 'claim-box', hidden: true });
  const A = sideForm('a', scenarios), B = sideForm('b', scenarios);
  const seeds = h('input', { id: 'cmp-seeds', type: 'number', min: 1, max: 16, value: 4, 'aria-label': 'Seeds per side' });
  const days = h('input', { id: 'cmp-days', type: 'number', min: 1, placeholder: 'all', 'aria-label': 'Days (blank for the whole run)' });
  const key = h('p', { class: 'cmp-key legend', id: 'cmp-key' });
  const go = h('button', { type: 'button', id: 'cmp-run', class: 'primary' }, 'Run comparison');
  const status = h('output', { id: 'cmp-status', class: 'muted' });
  const table = h('div', { id: 'cmp-table', class: 'cmp-table' });
  const grid = h('div', { class: 'compare-grid', id: 'cmp-grid' });
  root.append(
    h('h2', {}, 'Compare two runs'),
    h('p', { class: 'lead' }, `Each side runs over several seeds at once in ${pool.size} background workers. Lines are medians across seeds; bands cover the 10th to 90th percentile.`, termHelp('band'), termHelp('seed'), termHelp('override')),
    claimBox,
    h('div', { class: 'cmp-form' }, A.box, B.box,
      h('div', { class: 'cmp-go' }, h('label', {}, 'Seeds per side ', seeds), h('label', {}, 'Days ', days), go, status)),
    table, key, grid,
  );
  A.set({ scenario: 'baseline', overrides: [], label: '' });
  B.set({ scenario: scenarios.some((s) => s.name === 'qe-backstop') ? 'qe-backstop' : 'baseline', overrides: [], label: '' });
  const charts = METRICS.map((m) => new CompareChart(grid, m));
  for (const c of charts) renderer.add(c);
  let generation = 0;
  let activeClaim: Claim | null = null;
  const claimNote = h('p', { class: 'muted', id: 'claim-note' });
  /** What the shown charts are (for exported images); empty until a comparison ran. */
  let shown = '';
  let fileTag = '';

  async function runSide(side: Side, n: number, d: number | undefined, onDone: () => void): Promise<BatchResult[]> {
    const jobs = Array.from({ length: n }, (_, i) => pool.run(async (api) => {
      const spec: RunSpec = { scenario: side.scenario, overrides: side.overrides, seed: i + 1, ...(d ? { days: d } : {}) };
      const r = await api.batch(spec, METRIC_COLUMNS);
      onDone();
      if (!r.ok) throw Object.assign(new Error(r.error.message), { field: r.error.field });
      return r.value;
    }));
    return Promise.all(jobs);
  }

  async function run(req?: CompareRequest) {
    if (req) {
      A.set(req.a); B.set(req.b); seeds.value = String(req.seeds);
      days.value = req.days ? String(req.days) : '';
      claimBox.hidden = !req.claim;
      if (req.claim) {
        claimNote.textContent = `A = ${req.a.label}, B = ${req.b.label}. Highlighted charts come first.`;
        const st = req.claim.status;
        claimBox.replaceChildren(h('h3', {}, `${req.claim.id} · ${req.claim.title}`), h('p', {}, h('strong', {}, 'What to look at: '), req.claim.look),
          h('p', { class: 'claim-holds' }, h('strong', {}, 'Holds now? '), st.holds), h('p', { class: 'claim-label' }, h('strong', {}, 'Emergent or built in: '), st.label), claimNote);
      } else activeClaim = null;
    }
    const focus = (req?.claim ?? activeClaim)?.focus ?? [];
    const a = A.get(), b = B.get();
    a.label = req?.a.label || [a.scenario, ...a.overrides].join(' '); b.label = req?.b.label || [b.scenario, ...b.overrides].join(' ');
    // Seeds and days are checked, not silently replaced: a wrong number says what is allowed.
    const n = Number(seeds.value);
    if (!Number.isInteger(n) || n < 1 || n > 16) {
      status.textContent = '';
      showError({ field: 'seeds', message: `seeds per side must be a whole number from 1 to 16 (got "${seeds.value}")` }, 'Compare');
      seeds.focus();
      return;
    }
    const dn = Number(days.value);
    if (days.value && (!Number.isInteger(dn) || dn < 1)) {
      status.textContent = '';
      showError({ field: 'days', message: `days must be a whole number of at least 1, or blank for the whole run (got "${days.value}")` }, 'Compare');
      days.focus();
      return;
    }
    const d = days.value ? dn : undefined;
    if (req?.claim) activeClaim = req.claim;
    // A claim's note stays while you follow its advice (change a side, run again); it says what changed.
    if (activeClaim && !req?.claim) {
      const pairSame = a.scenario === activeClaim.a.scenario && b.scenario === activeClaim.b.scenario
        && a.overrides.join() === activeClaim.a.overrides.join() && b.overrides.join() === activeClaim.b.overrides.join();
      claimNote.textContent = pairSame ? `A = ${activeClaim.a.label}, B = ${activeClaim.b.label}.`
        : `You changed the pair (the claim's own is A = ${activeClaim.a.label}, B = ${activeClaim.b.label}); now A = ${a.label}, B = ${b.label}.`;
    }
    onRun?.({ a: { scenario: a.scenario, overrides: a.overrides }, b: { scenario: b.scenario, overrides: b.overrides }, seeds: n,
      ...(d ? { days: d } : {}), ...(req?.claim ? { claim: req.claim.id } : {}) });
    const gen = ++generation;
    let done = 0;
    const total = 2 * n;
    const t0 = performance.now();
    status.textContent = `running 0 / ${total}…`;
    go.disabled = true;
    root.dataset.state = 'running';
    let failed = false;
    const tickDone = () => { done++; if (gen === generation && !failed) status.textContent = `running ${done} / ${total}…`; };
    try {
      const [ra, rb] = await Promise.all([runSide(a, n, d, tickDone), runSide(b, n, d, tickDone)]);
      if (gen !== generation) return;
      const sa = reduceSide(a.label, ra), sb = reduceSide(b.label, rb);
      const store = compareStore(sa, sb);
      for (const c of charts) {
        c.labels = { a: `A: ${a.label}`, b: `B: ${b.label}` };
        c.setKey(n);
        c.el.classList.toggle('focus', focus.includes(c.metric.key));
        c.setStore(store);
      }
      const ordered = [...charts].sort((x, y) => Number(focus.includes(y.metric.key)) - Number(focus.includes(x.metric.key)));
      for (const c of ordered) grid.append(c.el);
      renderTable(table, a.label, b.label, ra, rb);
      key.replaceChildren(...(['a', 'b'] as const).map((sd) => {
        const sw = h('i', { class: 'sw' }); sw.style.setProperty('--c', SIDE_COLOR[sd]);
        return h('span', { class: 'item' }, sw, `${sd.toUpperCase()}: ${sd === 'a' ? a.label : b.label} (median, band 10–90% over ${n} seeds)`);
      }));
      shown = `A: ${a.label} vs B: ${b.label} · seeds 1–${n}${d ? ` · ${d} days` : ''}`;
      fileTag = `${a.scenario}${a.overrides.length ? '-modified' : ''}-vs-${b.scenario}${b.overrides.length ? '-modified' : ''}-seeds1-${n}`;
      status.textContent = `${total} runs in ${((performance.now() - t0) / 1000).toFixed(1)} s`;
      root.dataset.state = 'done';
      clearError();
      renderer.request();
    } catch (e) {
      if (gen !== generation) return;
      failed = true;
      const err = e as Error & { field?: string };
      status.textContent = 'failed: see the message above';
      root.dataset.state = 'error';
      showError({ field: err.field ?? '(compare)', message: err.message }, 'Compare');
    } finally { if (gen === generation) go.disabled = false; }
  }
  go.addEventListener('click', () => void run());
  return { run, get shown() { return shown; }, get fileTag() { return fileTag; } };
}

function renderTable(root: HTMLElement, la: string, lb: string, ra: BatchResult[], rb: BatchResult[]) {
  const ha = headline(ra), hb = headline(rb);
  const row = (label: string, f: (x: typeof ha) => string) => h('tr', {}, h('th', { scope: 'row' }, label), h('td', {}, f(ha)), h('td', {}, f(hb)));
  const ex = (x: typeof ha) => (x.exhaustionDate ? `${x.exhaustionDate} (${fmt(x.exhaustedShare, 'pct')} of seeds)` : 'never');
  root.replaceChildren(h('table', {},
    h('thead', {}, h('tr', {}, h('th', {}, 'median across seeds'), h('th', { class: 'a' }, `A: ${la}`), h('th', { class: 'b' }, `B: ${lb}`))),
    h('tbody', {},
      row('Idle money exhausted', ex),
      row('Peak cost of capital', (x) => fmt(x.peakCoc, 'rate')),
      row('Peak 10y yield', (x) => fmt(x.peak10y, 'rate')),
      row('Peak HY spread', (x) => fmt(x.peakHy, 'spread')),
      row('Forced sales', (x) => fmt(x.forced, 'usd')),
      row('Cascade days · max rounds', (x) => `${x.cascades} · ${x.maxRounds}`),
      ...ASSET_IDS.filter((a) => a !== 'tbills').map((a) => row(`${ASSET_LABEL[a]}: max drawdown`, (x) => fmt(-Math.abs(x.drawdown[a] ?? NaN), 'pct'))),
    )));
}
