// The Sweep tab: vary one or two assumptions over a range, with several seeds at each level, in a
// pool of workers (one per core); the response chart fills in as runs finish. The sweep is a
// `crowdout sweep` spec (same schema, same run list and seeds), so the exported spec file gives
// the same numbers from the command line, and the link reopens and reruns it.
import { WorkerPool } from '../app/pool';
import { SLIDERS, type RangeSlider } from '../app/sliders';
import { MAX_RUNS, SWEEP_METRICS, formToSpec, planSweep, reduceSweep, sweepCsv, sweepToSearch, type SweepForm, type SweepPlan, type SweepResult } from '../app/sweep';
import type { FieldError, ScenarioInfo } from '../app/types';
import type { Renderer } from '../app/render';
import { SweepChart, type AxisInfo } from '../charts/sweepChart';
import { download, h } from './dom';
import { showValue } from './assumptions';
import { termHelp } from './glossary';

const RANGES = SLIDERS.filter((s): s is RangeSlider => s.kind === 'range');

function axisForm(key: '1' | '2', optional: boolean, initial: string) {
  const path = h('select', { id: `sw-p${key}`, 'aria-label': `Assumption ${key}` });
  if (optional) path.append(h('option', { value: '', text: 'none (one assumption)' }));
  for (const s of RANGES) path.append(h('option', { value: s.path, text: s.label }));
  path.value = initial;
  const num = (id: string, label: string, attrs: Record<string, string | number>) => h('label', { class: 'inline' }, `${label} `, h('input', { id, type: 'number', ...attrs, 'aria-label': `Assumption ${key} ${label}` }));
  const min = num(`sw-p${key}-min`, 'from', { step: 'any' }), max = num(`sw-p${key}-max`, 'to', { step: 'any' }), levels = num(`sw-p${key}-levels`, 'levels', { min: 2, max: 41, value: key === '1' ? 7 : 5 });
  const unit = h('span', { class: 'muted sw-unit' });
  const input = (l: HTMLElement) => l.querySelector('input')!;
  const fill = () => {
    const s = RANGES.find((r) => r.path === path.value);
    for (const l of [min, max, levels]) l.hidden = !s;
    unit.textContent = s ? (s.unit === 'x' ? 'a multiple (×)' : s.unit === 'usdPerDay' ? 'US dollars a day' : 'US dollars') + ` · the slider runs ${showValue(s, s.min)} to ${showValue(s, s.max)}` : '';
    if (s) { input(min).value = String(s.min); input(max).value = String(s.max); }
  };
  path.addEventListener('change', fill);
  fill();
  const box = h('fieldset', { class: 'sw-axis' }, h('legend', {}, optional ? 'Second assumption (heat map)' : 'Assumption'), path, h('div', { class: 'row' }, min, max, levels), unit);
  return {
    box,
    get: () => (path.value ? { path: path.value, min: Number(input(min).value), max: Number(input(max).value), levels: Number(input(levels).value) } : null),
    set: (a: { path: string; min: number; max: number; levels: number } | null) => {
      path.value = a?.path ?? ''; fill();
      if (a) { input(min).value = String(a.min); input(max).value = String(a.max); input(levels).value = String(a.levels); }
    },
  };
}

export function mountSweep(root: HTMLElement, scenarios: ScenarioInfo[], renderer: Renderer, showError: (e: FieldError, ctx: string) => void,
  clearError: () => void, onUrl: (search: string | null) => void) {
  const cores = navigator.hardwareConcurrency || 2;
  const base = h('select', { id: 'sw-base', 'aria-label': 'Base scenario' });
  for (const s of scenarios) base.append(h('option', { value: s.name, title: s.description, text: s.name }));
  const A = axisForm('1', false, 'hedge_fund.leverage.preferred'), B = axisForm('2', true, '');
  const seeds = h('input', { id: 'sw-seeds', type: 'number', min: 1, max: 64, value: 4, 'aria-label': 'Seeds per level' });
  const seed = h('input', { id: 'sw-seed', type: 'number', min: 0, value: 1, 'aria-label': 'Master seed' });
  const days = h('input', { id: 'sw-days', type: 'number', min: 1, placeholder: 'all', 'aria-label': 'Days (blank for the whole run)' });
  const metric = h('select', { id: 'sw-metric', 'aria-label': 'Metric' });
  for (const m of SWEEP_METRICS) metric.append(h('option', { value: m.name, text: m.label }));
  metric.value = 'cascades.forcedSalesUsd';
  const go = h('button', { type: 'button', id: 'sw-run', class: 'primary' }, 'Run sweep');
  const cancel = h('button', { type: 'button', id: 'sw-cancel', disabled: true }, 'Cancel');
  const progress = h('progress', { id: 'sw-progress', max: 1, value: 0, 'aria-label': 'Runs finished' });
  const status = h('output', { id: 'sw-status', class: 'muted', 'aria-live': 'polite' });
  const csv = h('button', { type: 'button', id: 'sw-csv', disabled: true }, 'Runs CSV');
  const specBtn = h('button', { type: 'button', id: 'sw-spec' }, 'Spec file for crowdout sweep');
  const cli = h('code', { id: 'sw-cli', class: 'cli' });
  root.append(
    h('h2', {}, 'Sweep an assumption'),
    h('p', { class: 'lead' }, `Pick one assumption (or two, for a heat map), a range and a number of seeds. Every level runs once per seed in ${cores} background workers (one per core), and the chart fills in as runs finish: the median over seeds and the band holding the middle 80% of runs.`, termHelp('band'), termHelp('seed')),
    h('div', { class: 'sw-form' },
      h('label', { class: 'inline' }, 'Base scenario ', base), A.box, B.box,
      h('div', { class: 'row' }, h('label', { class: 'inline' }, 'Seeds per level ', seeds), h('label', { class: 'inline' }, 'Master seed ', seed),
        h('label', { class: 'inline' }, 'Days ', days)),
      h('div', { class: 'row' }, go, cancel, progress, status)),
    h('div', { class: 'row' }, h('label', { class: 'inline' }, 'Metric ', metric)),
  );
  const chart = new SweepChart(root);
  renderer.add(chart);
  root.append(h('div', { class: 'row' }, csv, specBtn), h('p', { class: 'sentence' }, 'The same sweep from the command line (save the spec file first): ', cli));

  let pool: WorkerPool | null = null;
  let generation = 0;
  let plan: SweepPlan | null = null;
  let results: SweepResult[] = [];
  let form: SweepForm | null = null;

  const read = (): SweepForm => {
    const axes = [A.get(), B.get()].filter((a): a is NonNullable<typeof a> => a !== null);
    return { base: base.value, axes, seeds: Number(seeds.value), seed: Number(seed.value), ...(days.value ? { days: Number(days.value) } : {}), metric: metric.value };
  };
  const axisInfo = (path: string): AxisInfo => {
    const s = RANGES.find((r) => r.path === path);
    return { path, label: s?.label ?? path, format: (v) => (s ? showValue(s, v) : String(+v.toPrecision(4))) };
  };
  const redraw = () => {
    if (!plan || !form) return;
    const m = SWEEP_METRICS.find((x) => x.name === metric.value)!;
    chart.show(form.axes.map((a) => axisInfo(a.path)), { name: m.name, label: m.label, unit: m.unit }, reduceSweep(plan, results, m.name), results);
    renderer.request();
  };
  metric.addEventListener('change', () => { if (form) { form.metric = metric.value; onUrl(sweepToSearch(form)); } redraw(); });
  const updateCli = () => { const f = read(); cli.textContent = `npx crowdout sweep ${formToSpec(f).name}.json --out runs/${formToSpec(f).name}`; };
  root.addEventListener('change', updateCli);
  updateCli();

  function stop(msg: string) {
    generation++;
    pool?.terminate();
    pool = null;
    go.disabled = false; cancel.disabled = true;
    root.dataset.state = 'cancelled';
    status.textContent = msg;
  }
  cancel.addEventListener('click', () => stop(`cancelled after ${results.length} of ${plan?.runs.length ?? 0} runs`));

  async function run(f: SweepForm = read()) {
    const planned = planSweep(f);
    if (planned.error) { status.textContent = ''; showError(planned.error, 'Sweep'); return; }
    clearError();
    if (pool) stop('');
    form = f; plan = planned.plan!; results = [];
    onUrl(sweepToSearch(f));
    const gen = ++generation;
    pool = new WorkerPool(cores);
    const p = pool, pl = plan;
    const total = pl.runs.length;
    let failed = 0;
    progress.max = total; progress.value = 0;
    go.disabled = true; cancel.disabled = false; csv.disabled = true;
    root.dataset.state = 'running';
    status.textContent = `0 / ${total} runs`;
    const t0 = performance.now();
    redraw();
    await Promise.all(pl.runs.map((r) => p.run(async (api) => {
      if (gen !== generation) return;
      const res = await api.sweepRun(f.base, r.set as Record<string, number>, r.seed, f.days);
      if (gen !== generation) return;
      if (res.ok) results.push({ ...r, metrics: res.value }); else { failed++; if (failed === 1) showError(res.error, `Sweep run ${r.run} (${Object.entries(r.set).map(([k, v]) => `${k}=${v}`).join(', ')})`); }
      progress.value = results.length + failed;
      status.textContent = `${results.length + failed} / ${total} runs${failed ? ` (${failed} stopped with an error)` : ''}`;
      csv.disabled = results.length === 0;
      redraw();
    })));
    if (gen !== generation) return;
    p.terminate();
    pool = null;
    go.disabled = false; cancel.disabled = true;
    root.dataset.state = 'done';
    status.textContent = `${total} runs in ${((performance.now() - t0) / 1000).toFixed(1)} s on ${p.size} workers${failed ? `; ${failed} stopped with an error (left out)` : ''}`;
  }

  go.addEventListener('click', () => void run());
  csv.addEventListener('click', () => { if (plan) download(`${plan.spec.name}-runs.csv`, sweepCsv(plan, results), 'text/csv'); });
  specBtn.addEventListener('click', () => {
    const f = read();
    const planned = planSweep(f);
    if (planned.error) { showError(planned.error, 'Sweep'); return; }
    const spec = formToSpec(f);
    download(`${spec.name}.json`, `${JSON.stringify(spec, null, 2)}\n`, 'application/json');
  });

  return {
    run,
    /** Fill the form from a link (and run it). */
    open(f: SweepForm) {
      base.value = f.base;
      A.set(f.axes[0] ?? null); B.set(f.axes[1] ?? null);
      seeds.value = String(f.seeds); seed.value = String(f.seed); days.value = f.days ? String(f.days) : '';
      metric.value = f.metric;
      updateCli();
      return run(f);
    },
    get search(): string | null { return form ? sweepToSearch(form) : null; },
    maxRuns: MAX_RUNS,
  };
}
