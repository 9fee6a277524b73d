// Share, export and import: the reproducible link and CLI command for the current run, series CSV,
// scenario JSON, the run summary, and loading a scenario file (validated in the worker).
import type { Controller } from '../app/controller';
import { fileBase, scenarioFile, seriesCsv } from '../app/exporters';
import { unitsCsv } from '../app/units';
import { specToCli, specToSearch } from '../app/url';
import type { RunSpec } from '../app/types';
import { fmt } from '../format';
import { jsonErrorWhere, shapeProblem } from '../../sim/scenario/shape';
import { download, h } from './dom';

const MAX_FILE = 2_000_000;

export function mountShare(root: HTMLElement, ctl: Controller, onImport: (raw: unknown, name: string) => void, onBadFile: (msg: string) => void,
  notify: (text: string) => void) {
  const link = h('input', { id: 'share-url', type: 'text', readonly: true, 'aria-label': 'Link to this exact run', class: 'mono' });
  const copy = h('button', { type: 'button', id: 'copy-link' }, 'Copy link');
  const cli = h('code', { id: 'share-cli', class: 'cli' });
  const csv = h('button', { type: 'button', id: 'export-csv' }, 'Series CSV');
  const units = h('button', { type: 'button', id: 'export-units', title: 'The unit and meaning of every column of the series CSV' }, 'Column units');
  const json = h('button', { type: 'button', id: 'export-json' }, 'Scenario JSON');
  const copied = h('output', { id: 'copy-status', class: 'muted', 'aria-live': 'polite' });
  const file = h('input', { id: 'import-file', type: 'file', accept: '.json,application/json', 'aria-label': 'Load a scenario file' });
  const summary = h('div', { id: 'summary', class: 'summary' });
  const summaryJson = h('pre', { id: 'summary-json', class: 'mono' });
  const summarize = h('button', { type: 'button', id: 'summarize', class: 'small' }, 'Summarize so far');

  root.append(
    h('h2', {}, 'Share & export'),
    h('div', { class: 'row' }, link, copy, copied),
    h('p', { class: 'sentence' }, 'Same numbers from the command line: ', cli),
    h('div', { class: 'row' }, csv, units, json),
    h('label', { class: 'file' }, 'Load a scenario file ', file),
    h('h2', {}, 'Run summary'), summary,
    h('details', {}, h('summary', {}, 'Summary as JSON'), summarize, summaryJson),
  );

  // Copying says whether it worked: the clipboard can be refused (no permission, an http page).
  let copiedTimer = 0;
  copy.addEventListener('click', () => {
    link.select();
    const say = (text: string) => { copied.textContent = text; clearTimeout(copiedTimer); copiedTimer = window.setTimeout(() => { copied.textContent = ''; }, 4000); };
    if (!navigator.clipboard) { say('Selected: press Ctrl+C (⌘C) to copy'); return; }
    navigator.clipboard.writeText(link.value).then(() => say('Copied ✓'), () => say('Selected: press Ctrl+C (⌘C) to copy'));
  });
  csv.addEventListener('click', () => {
    if (!ctl.store || !ctl.spec) return;
    if (ctl.store.length === 0) { notify('Nothing to export yet: the run is at day 0. Press play (or open a shared link) first.'); return; }
    download(`${fileBase(ctl.spec)}.csv`, seriesCsv(ctl.store), 'text/csv');
  });
  units.addEventListener('click', () => { if (ctl.store && ctl.spec) download(`${fileBase(ctl.spec)}.units.csv`, unitsCsv(ctl.store.meta.columns), 'text/csv'); });
  json.addEventListener('click', () => { if (ctl.store && ctl.spec) download(`${fileBase(ctl.spec)}.json`, scenarioFile(ctl.store), 'application/json'); });
  file.addEventListener('change', async () => {
    const f = file.files?.[0];
    file.value = '';
    if (!f) return;
    if (f.size > MAX_FILE) { onBadFile(`${f.name}: file too large (${(f.size / 1e6).toFixed(1)} MB; scenarios are a few kB)`); return; }
    const text = await f.text();
    let raw: unknown;
    try { raw = JSON.parse(text); } catch (e) { onBadFile(`${f.name}: not valid JSON (${jsonErrorWhere(e, text)})`); return; }
    // Too deep to pass to the worker (structured clone recurses): refused here, with the field.
    const bad = shapeProblem(raw);
    if (bad) { onBadFile(`${f.name}: ${bad.field}: ${bad.message}`); return; }
    onImport(raw, f.name);
  });

  async function showSummary() {
    const { summary: s, json: text } = await ctl.summary();
    summaryJson.textContent = text;
    summaryJson.dataset.t = String(ctl.store?.t ?? 0);
    const pct = (x: number) => fmt(x, 'pct');
    summary.replaceChildren(h('table', {},
      h('tbody', {},
        ...([
          ['Days', `${s.days} (${s.startDate} → ${s.endDate})`],
          ['Idle money', `${fmt(s.idleMoney.start, 'usd')} → min ${fmt(s.idleMoney.min, 'usd')}`],
          ['Exhausted', s.exhaustionDate ?? 'never'],
          ['Cost of capital', `${fmt(s.rates.costOfCapital.start, 'rate')} → peak ${fmt(s.rates.costOfCapital.peak, 'rate')}`],
          ['10y peak', fmt(s.rates.treasury10y.peak, 'rate')],
          ['HY spread peak', fmt(s.rates.hySpread.peak, 'spread')],
          ['Cascades', `${s.cascades.count} days, ≤ ${s.cascades.maxRounds} rounds, ${fmt(s.cascades.forcedSalesUsd, 'usd')}`],
          ['AI hardware', `${pct(s.assets.ai_hardware.totalReturn)} (max drawdown ${pct(-Math.abs(s.assets.ai_hardware.maxDrawdown))})`],
          ['Crypto', `${pct(s.assets.crypto.totalReturn)} (max drawdown ${pct(-Math.abs(s.assets.crypto.maxDrawdown))})`],
        ] as const).map(([k, v]) => h('tr', {}, h('th', {}, k), h('td', {}, v))))));
  }
  summarize.addEventListener('click', () => void showSummary());

  function update(spec: RunSpec) {
    const url = new URL(location.href);
    url.search = specToSearch(spec);
    link.value = url.href;
    cli.textContent = specToCli(spec);
  }
  ctl.on('loaded', () => { summary.replaceChildren(h('p', { class: 'muted' }, 'Appears when the run ends.')); summaryJson.textContent = ''; delete summaryJson.dataset.t; });
  ctl.on('state', () => { if (ctl.store?.done && summaryJson.dataset.t !== String(ctl.store.t)) void showSummary(); });
  return { update };
}
