// The Explore view: every chart of one run, in the order a student reads the story.
import type { CascadeEvent } from '../../sim/api-types';
import { CLASS_IDS } from '../../sim/ids';
import type { RunStore } from '../app/store';
import type { Renderer } from '../app/render';
import type { Chart } from '../charts/frame';
import { WaterChart } from '../charts/water';
import { AssetsChart } from '../charts/assets';
import { FlowsChart } from '../charts/flows';
import { CascadesChart } from '../charts/cascades';
import { ProvenanceChart } from '../charts/provenance';
import { SankeyChart } from '../charts/sankey';
import { ClassPanel } from '../charts/classPanel';
import { HoldingsChart } from '../charts/holdings';
import { fmt } from '../format';
import { h } from './dom';

function section(root: HTMLElement, id: string, title: string, lead: string): HTMLElement {
  const body = h('div', { class: 'section-body' });
  root.append(h('section', { id, class: 'story-section', 'aria-labelledby': `${id}-h` }, h('h2', { id: `${id}-h` }, title), h('p', { class: 'lead' }, lead), body));
  return body;
}

export function mountExplore(root: HTMLElement, renderer: Renderer) {
  const desc = h('p', { id: 'scenario-desc', class: 'scenario-desc' });
  root.append(desc);
  const charts: Chart[] = [];
  const water = new WaterChart(section(root, 's-water', '1 · The water level', 'AI capex is paid for with new bonds and asset sales. While there is idle money, it buys the new paper painlessly. Watch the pool drain.'));
  const assets = new AssetsChart(section(root, 's-assets', '2 · What happens to prices', 'As money gets scarce, the cost of capital rises, and assets whose value lies far in the future lose most.'));
  const flows = new FlowsChart(section(root, 's-flows', '3 · Who is buying and selling', 'Every dollar of capex comes from somebody. These are the net purchases of each kind of investor, and the sales they were forced into.'));
  const cBody = section(root, 's-cascades', '4 · Cascades', 'A forced sale moves a price, which trips a margin call or a stop somewhere else, which forces the next sale. Pick a cascade to follow it round by round.');
  const cascades = new CascadesChart(cBody);
  const picker = h('select', { id: 'cascade-pick', 'aria-label': 'Choose a cascade' });
  cBody.append(h('label', { class: 'inline' }, 'Largest cascades so far ', picker));
  const prov = new ProvenanceChart(cBody);
  const sankey = new SankeyChart(section(root, 's-sankey', '5 · Where the capex dollar came from', 'Choose a window: before idle money ran out, most new paper is bought with idle cash; after, it is bought by selling other assets.'));
  const grid = h('div', { class: 'class-grid' });
  const classes = section(root, 's-classes', '6 · The agents and their rules', 'Each kind of investor follows one simple rule. Cash, gross exposure and leverage for each class, with the rule in plain words; below, what a chosen class has bought and sold, asset by asset.');
  classes.append(grid);
  const panels = CLASS_IDS.map((c) => new ClassPanel(grid, c));
  const holdings = new HoldingsChart(classes);
  holdings.onChange = () => renderer.request();
  // Each class panel opens its class in the by-asset chart.
  for (const p of panels) {
    const b = h('button', { type: 'button', class: 'small', 'data-holdings': p.cls, 'aria-label': `Show what ${p.opts.title} bought and sold, by asset` }, 'By asset ↓');
    b.addEventListener('click', () => { holdings.setClass(p.cls); holdings.el.scrollIntoView({ block: 'nearest', behavior: 'smooth' }); });
    p.el.querySelector('.chart-tools')!.prepend(b);
  }
  water.explain('idle', 'exhausted', 'units', 'coc', 'spread', 'bp', 'pct');
  assets.explain('D', 'drawdown');
  cascades.explain('cascade');
  charts.push(water, assets, flows, cascades, prov, sankey, ...panels, holdings);
  for (const c of charts) renderer.add(c);

  let listed = -1;
  let listedAt = 0;
  /** While a run plays, the list of largest cascades is rebuilt at most this often (it costs a layout). */
  const PICKER_EVERY_MS = 1000;
  const refreshPicker = (s: RunStore, playing = false) => {
    const cs = s.cascades();
    if (cs.length === listed) return;
    if (playing && !s.done && performance.now() - listedAt < PICKER_EVERY_MS) return;
    listed = cs.length;
    listedAt = performance.now();
    const top = [...cs].sort((a, b) => b.totalUsd - a.totalUsd).slice(0, 25);
    const cur = picker.value;
    picker.replaceChildren(h('option', { value: '', text: cs.length ? `${cs.length} cascades: choose one` : 'none yet' }),
      ...top.map((c) => h('option', { value: String(c.day), text: `${c.date}: ${c.rounds.length} rounds, ${fmt(c.totalUsd, 'usd')}` })));
    picker.value = top.some((c) => String(c.day) === cur) ? cur : '';
  };
  const select = (e: CascadeEvent | null) => {
    prov.show(e);
    if (e && picker.value !== String(e.day)) picker.value = [...picker.options].some((o) => o.value === String(e.day)) ? String(e.day) : '';
    renderer.request();
  };
  cascades.onSelect = select;
  picker.addEventListener('change', () => {
    const day = Number(picker.value);
    const e = cascades.storeCascades().find((c) => c.day === day) ?? null;
    cascades.select(picker.value === '' ? null : e);
  });

  return {
    charts,
    setStore(s: RunStore) {
      desc.textContent = `${s.meta.name}: ${s.meta.description}`;
      listed = -1;
      for (const c of charts) c.setStore(s);
      cascades.select(null);
      refreshPicker(s);
      renderer.request();
    },
    progress(s: RunStore, playing = false) {
      refreshPicker(s, playing);
      if (cascades.selected && cascades.selected.day >= s.length) cascades.select(null);
      renderer.request();
    },
  };
}
