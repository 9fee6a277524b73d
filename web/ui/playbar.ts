// Play controls: scenario, play/pause, step back/forward, speed, reset, seed and the day counter.
// Keyboard: space plays/pauses, → steps a day (shift: 20), ← steps back.
import type { Controller } from '../app/controller';
import { SPEEDS } from '../app/controller';
import type { ScenarioInfo } from '../app/types';
import { h } from './dom';
import { termHelp } from './glossary';

export interface PlaybarHandlers {
  onScenario(name: string): void;
  onSeed(seed: number): void;
}

export function mountPlaybar(root: HTMLElement, ctl: Controller, scenarios: ScenarioInfo[], on: PlaybarHandlers) {
  const scenario = h('select', { id: 'scenario', 'aria-label': 'Scenario' });
  for (const s of scenarios) scenario.append(h('option', { value: s.name, title: s.description, text: s.name }));
  scenario.append(h('option', { value: 'custom', text: 'custom (imported file)', disabled: true }));
  scenario.addEventListener('change', () => on.onScenario(scenario.value));

  const play = h('button', { type: 'button', id: 'play', class: 'primary', 'aria-label': 'Play (space)' }, '▶ Play');
  const back = h('button', { type: 'button', id: 'back', 'aria-label': 'Step back one day (left arrow)', title: 'Step back one day (←)' }, '◀︎ 1d');
  const step = h('button', { type: 'button', id: 'step', 'aria-label': 'Step one day (right arrow)', title: 'Step one day (→; shift: 20 days)' }, '1d ▶︎');
  const reset = h('button', { type: 'button', id: 'reset', title: 'Start the run again' }, '↺ Reset');
  const speed = h('select', { id: 'speed', 'aria-label': 'Speed' });
  SPEEDS.forEach((s, i) => speed.append(h('option', { value: i, text: s.label })));
  speed.value = String(ctl.speed);
  const seed = h('input', { id: 'seed', type: 'number', min: 0, step: 1, inputmode: 'numeric', 'aria-label': 'Seed', class: 'seed' });
  const day = h('output', { id: 'day', 'aria-live': 'off', class: 'day' }, 'day 0');

  // The transport (play, step, the day) is one group: on a phone it is pinned to the bottom edge
  // so it stays in reach while the charts scroll (styles.css); on a wide screen it sits in the top bar.
  // On a phone the assumptions sit below the charts: this button (shown only there) jumps to them.
  const toAssumptions = h('button', { type: 'button', id: 'to-assumptions', class: 'phone-only', 'aria-label': 'Go to the assumptions', title: 'Assumptions' }, '⚙');
  toAssumptions.addEventListener('click', () => document.getElementById('assumptions')?.scrollIntoView({ block: 'start' }));
  const transport = h('div', { class: 'transport', id: 'transport', role: 'group', 'aria-label': 'Play and step' }, play, back, step, toAssumptions, day);
  root.append(
    h('label', { class: 'inline' }, 'Scenario ', scenario), transport,
    h('label', { class: 'inline' }, 'Speed ', speed), reset, h('label', { class: 'inline' }, 'Seed', termHelp('seed'), seed),
  );

  // At the end Play becomes Replay: back to day 0 and play again.
  play.addEventListener('click', () => {
    if (ctl.store?.done && !ctl.playing) void ctl.reset().then((e) => { if (!e) ctl.play(); });
    else ctl.toggle();
  });
  step.addEventListener('click', () => void ctl.step(1));
  back.addEventListener('click', () => void ctl.back(1));
  reset.addEventListener('click', () => void ctl.reset());
  speed.addEventListener('change', () => { ctl.speed = Number(speed.value); });
  seed.addEventListener('change', () => {
    const n = Number(seed.value);
    if (Number.isSafeInteger(n) && n >= 0) on.onSeed(n); else seed.value = String(ctl.spec?.seed ?? 1);
  });

  document.addEventListener('keydown', (e) => {
    const t = e.target as HTMLElement;
    if (e.altKey || e.ctrlKey || e.metaKey || t.closest('input, select, textarea, [contenteditable]')) return;
    // The run's keys belong to the Explore tab; on Compare, Sweep or the tour they do nothing.
    if ((document.body.dataset.tab ?? 'explore') !== 'explore') return;
    // Space on a focused button clicks it (native); elsewhere it plays and pauses.
    if (e.key === ' ') { if (t.closest('button, summary, a')) return; e.preventDefault(); ctl.toggle(); }
    else if (e.key === 'ArrowRight') { e.preventDefault(); void ctl.step(e.shiftKey ? 20 : 1); }
    else if (e.key === 'ArrowLeft') { e.preventDefault(); void ctl.back(e.shiftKey ? 20 : 1); }
  });

  // This runs on every chunk while playing: it writes only what changed (each write costs style and
  // layout work in that frame), and keeps the day counter's elements, changing their text.
  const busyText = h('span', { class: 'nowrap' }), dayText = h('span', { class: 'nowrap' }), dateText = h('span', { class: 'nowrap' });
  let busyShown: boolean | null = null;
  let dayWrittenAt = -Infinity;
  const refresh = () => {
    const s = ctl.store;
    const ended = Boolean(s?.done) && !ctl.playing;
    setText(play, ctl.playing ? '❚❚ Pause' : ended ? '↺ Replay' : '▶ Play');
    setAttr(play, 'title', ended ? 'The run has ended: replay it from day 0' : ctl.busy ? 'Wait: the run is being computed' : 'Play (space)');
    setAttr(play, 'aria-pressed', String(ctl.playing));
    setDisabled(play, !s || ctl.busy !== null);
    setDisabled(step, !s || s.done || ctl.busy !== null);
    setDisabled(back, !s || s.t === 0 || ctl.busy !== null);
    if (s) {
      const d = s.length ? s.dates[s.length - 1] : s.dates[0];
      // Two pieces that each stay on one line (a narrow bar wraps between them, not inside the date).
      if (busyShown !== (ctl.busy !== null)) {
        busyShown = ctl.busy !== null;
        day.replaceChildren(...(busyShown ? [busyText, ' '] : []), dayText, ' ', dateText);
      }
      setText(busyText, ctl.busy ?? '');
      // While playing, the counter's text changes at most every DAY_TEXT_EVERY_MS: each change costs
      // the page a style, layout and paint pass, and a number that changes 30 times a second cannot be
      // read anyway. A pause or the end writes it at once; data-t always follows the run.
      const now = performance.now();
      if (!ctl.playing || now - dayWrittenAt >= DAY_TEXT_EVERY_MS) {
        dayWrittenAt = ctl.playing ? now : -Infinity;
        setText(dayText, `day ${s.t} / ${s.meta.days}`);
        setText(dateText, `· ${d ?? ''}`);
      }
      setAttr(day, 'data-t', String(s.t));
      setAttr(day, 'data-state', ctl.busy ? 'busy' : ended ? 'end' : ctl.playing ? 'playing' : 'paused');
    }
  };
  /** Show the loaded run's scenario and seed (after a change was refused, the controls go back). */
  const sync = () => {
    const sp = ctl.spec;
    if (sp) { scenario.value = sp.scenario; seed.value = String(sp.seed); }
    refresh();
  };
  ctl.on('loaded', sync);
  ctl.on('progress', refresh);
  ctl.on('state', refresh);
  return { refresh, sync };
}

/** How often the day counter's text may change while playing (it still changes 5 times a second). */
const DAY_TEXT_EVERY_MS = 200;
const setText = (el: HTMLElement, text: string) => { if (el.textContent !== text) el.textContent = text; };
const setAttr = (el: HTMLElement, name: string, value: string) => { if (el.getAttribute(name) !== value) el.setAttribute(name, value); };
const setDisabled = (el: HTMLButtonElement, v: boolean) => { if (el.disabled !== v) el.disabled = v; };
