// Sliders for the main assumptions. Moving one adds a `path=value` override to the spec (shown as
// a diff from the scenario); the run restarts with it and catches up to the same day.
import { SLIDERS, encodeValue, inactiveReason, type Slider } from '../app/sliders';
import type { RunMeta, RunSpec } from '../app/types';
import { fmt } from '../format';
import { h } from './dom';
import { termHelp } from './glossary';
import type { TermKey } from '../glossary';

const TERMS: Record<string, TermKey> = { 'pool.rrpUsd': 'rrp', 'central_bank.stance': 'qe', 'hedge_fund.leverage.preferred': 'times', 'hyperscaler.capexScale': 'times', 'pool.householdIdleUsd': 'idle' };

export function showValue(s: Slider, v: unknown): string {
  if (s.kind === 'toggle') return v ? 'on' : 'off';
  if (s.kind === 'choice') return s.options.find((o) => o.value === v)?.label ?? String(v);
  const n = Number(v);
  return s.unit === 'x' ? `${+n.toFixed(2)}×` : fmt(n, s.unit);
}

export function mountAssumptions(root: HTMLElement, onChange: (path: string, value: string | null) => void) {
  const list = h('div', { class: 'sliders' });
  const diff = h('ul', { id: 'diff', class: 'diff', 'aria-live': 'polite' });
  root.append(h('h2', { id: 'assumptions' }, 'Assumptions'), list, h('h3', {}, 'Changed from the scenario'), diff);
  const inputs = new Map<string, { s: Slider; input: HTMLInputElement | HTMLSelectElement; out: HTMLOutputElement; why: HTMLElement }>();
  let base: Record<string, unknown> = {};

  for (const s of SLIDERS) {
    const id = `a-${s.path.replace(/\./g, '-')}`;
    const out = h('output', { for: id, class: 'val' });
    let input: HTMLInputElement | HTMLSelectElement;
    if (s.kind === 'range') input = h('input', { id, type: 'range', min: s.min, max: s.max, step: s.step });
    else if (s.kind === 'toggle') input = h('input', { id, type: 'checkbox' });
    else { input = h('select', { id }); for (const o of s.options) input.append(h('option', { value: o.value, text: o.label })); }
    const current = () => (s.kind === 'toggle' ? (input as HTMLInputElement).checked : s.kind === 'range' ? Number(input.value) : input.value);
    input.addEventListener('input', () => { out.textContent = showValue(s, current()); });
    input.addEventListener('change', () => {
      const v = current();
      const same = s.kind === 'range' ? Math.abs(Number(v) - Number(base[s.path])) < s.step / 2 : v === base[s.path];
      onChange(s.path, same ? null : encodeValue(s, v));
    });
    const why = h('p', { class: 'why', id: `${id}-why`, hidden: true });
    const row = h('div', { class: `slider ${s.kind}`, 'data-path': s.path },
      h('label', { for: id }, s.label), out, input, why, h('p', { class: 'sentence' }, s.sentence, ...(TERMS[s.path] ? [termHelp(TERMS[s.path]!)] : [])));
    list.append(row);
    inputs.set(s.path, { s, input, out, why });
  }

  /** Show a loaded run's values and the diff of the spec's overrides against the scenario. */
  function update(meta: RunMeta, spec: RunSpec) {
    base = meta.baseValues;
    for (const [path, { s, input, out, why }] of inputs) {
      const v = meta.values[path];
      const reason = inactiveReason(path, meta.values);
      input.disabled = reason !== null;
      why.hidden = reason === null;
      why.textContent = reason ?? '';
      if (reason) input.setAttribute('aria-describedby', why.id); else input.removeAttribute('aria-describedby');
      input.closest('.slider')!.classList.toggle('inactive', reason !== null);
      if (s.kind === 'toggle') (input as HTMLInputElement).checked = Boolean(v);
      else input.value = String(v);
      out.textContent = showValue(s, v);
      input.closest('.slider')!.classList.toggle('changed', JSON.stringify(v) !== JSON.stringify(base[path]));
    }
    diff.replaceChildren();
    if (spec.overrides.length === 0) diff.append(h('li', { class: 'muted' }, 'nothing: this is the scenario as written'));
    for (const o of spec.overrides) {
      const path = o.slice(0, o.indexOf('='));
      const sl = inputs.get(path);
      const text = sl ? `${sl.s.label}: ${showValue(sl.s, base[path])} → ${showValue(sl.s, meta.values[path])}` : o;
      const rm = h('button', { type: 'button', class: 'small', 'aria-label': `Remove ${path}`, title: 'Back to the scenario value' }, '×');
      rm.addEventListener('click', () => onChange(path, null));
      diff.append(h('li', { 'data-path': path }, h('code', {}, text), ' ', rm));
    }
  }
  return { update };
}
