// Provenance of one cascade: rounds left to right; in each round, who sold what and why (block
// fill = class, left stripe = trigger, height = dollars); between rounds, the price moves so far
// that day which tripped the next round's triggers.
import type { CascadeEvent, CascadeRound } from '../../sim/api-types';
import type { AssetId, ClassId, Trigger } from '../../sim/ids';
import { ASSET_LABEL, CLASS_COLOR, CLASS_LABEL, TRIGGER_COLOR, TRIGGER_LABEL } from '../theme';
import { Chart, type G, type Layout } from './frame';
import type { RunStore } from '../app/store';
import { fmt } from '../format';
import { showTip, hideTip } from '../ui/tooltip';

interface Block { cls: ClassId; asset: AssetId; trigger: Trigger; usd: number; n: number }

export function groupRound(r: CascadeRound, max = 7): { blocks: Block[]; rest: Block | null } {
  const m = new Map<string, Block>();
  for (const s of r.sales) {
    const k = `${s.cls}|${s.asset}|${s.trigger}`;
    const b = m.get(k) ?? { cls: s.cls, asset: s.asset, trigger: s.trigger, usd: 0, n: 0 };
    b.usd += s.usd; b.n++; m.set(k, b);
  }
  const all = [...m.values()].sort((a, b) => b.usd - a.usd);
  if (all.length <= max) return { blocks: all, rest: null };
  const rest = all.slice(max - 1);
  return { blocks: all.slice(0, max - 1), rest: { ...rest[0]!, usd: rest.reduce((a, b) => a + b.usd, 0), n: rest.length } };
}

export function movesText(r: CascadeRound, k = 3): string {
  const mv = Object.entries(r.moves).filter((e): e is [AssetId, number] => typeof e[1] === 'number' && Math.abs(e[1]) >= 0.0005)
    .sort((a, b) => a[1] - b[1]).slice(0, k);
  return mv.map(([a, v]) => `${ASSET_LABEL[a]} ${v >= 0 ? '+' : '−'}${Math.abs(v * 100).toFixed(1)}%`).join(', ');
}

export class ProvenanceChart extends Chart {
  event: CascadeEvent | null = null;
  protected usesTimeCursor = false;

  constructor(parent: HTMLElement) {
    super(parent, {
      id: 'provenance', title: 'How the selected cascade travelled', height: 330, margin: { l: 8, r: 8, t: 8, b: 8 },
      note: 'Columns are rounds within one day. Block colour: who sold; left stripe: why (the trigger); height: dollars. Between rounds: the day’s price moves that tripped the next round.',
    });
  }

  show(e: CascadeEvent | null): void {
    this.event = e;
    this.invalidate();
    this.legend.replaceChildren();
    const p = document.createElement('p');
    p.className = 'story';
    p.textContent = e ? story(e) : 'Select a cascade in the timeline above to see its rounds.';
    this.legend.append(p);
  }

  protected dataKey(): string { return 'static'; }
  protected paint(): void {}

  protected decorate(g: G, L: Layout, _s: RunStore): void {
    const e = this.event;
    if (!e) {
      g.append('text').attr('class', 'empty').attr('x', L.w / 2).attr('y', L.h / 2).attr('text-anchor', 'middle').text('No cascade selected');
      return;
    }
    const n = e.rounds.length;
    const gap = Math.min(150, Math.max(96, L.iw * 0.14));
    const colW = Math.max(60, (L.iw - gap * (n - 1)) / n);
    const headH = 34, top = L.m.t + headH;
    const maxTotal = Math.max(...e.rounds.map((r) => r.totalUsd), 1);
    // Leave room under the columns for the list of blocks too thin to label.
    const full = L.ih - headH;
    const thin = Math.max(0, ...e.rounds.map((r) => {
      const { blocks } = groupRound(r);
      return blocks.filter((b) => b.usd * ((full - 2 * blocks.length) / maxTotal) < 13).length;
    }));
    const avail = full - Math.min(4, thin) * 13 - (thin ? 6 : 0);
    e.rounds.forEach((r, ri) => {
      const x = L.m.l + ri * (colW + gap);
      g.append('text').attr('class', 'round-head').attr('x', x).attr('y', L.m.t + 12).text(`Round ${r.round + 1}`);
      g.append('text').attr('class', 'round-sub').attr('x', x).attr('y', L.m.t + 26).text(fmt(r.totalUsd, 'usd'));
      const { blocks, rest } = groupRound(r);
      const items = rest ? [...blocks, rest] : blocks;
      const scale = (avail - 2 * items.length) / maxTotal;
      let y = top;
      const unlabelled: string[] = [];
      items.forEach((b, bi) => {
        const h = Math.max(3, b.usd * scale);
        const isRest = rest !== null && bi === items.length - 1;
        const cell = g.append('g').attr('class', 'block');
        cell.append('rect').attr('x', x).attr('y', y).attr('width', colW).attr('height', h)
          .attr('fill', isRest ? '#bbb' : CLASS_COLOR[b.cls]).attr('fill-opacity', 0.35).attr('stroke', '#fff');
        cell.append('rect').attr('x', x).attr('y', y).attr('width', 6).attr('height', h).attr('fill', isRest ? '#888' : TRIGGER_COLOR[b.trigger]);
        const label = isRest ? `${b.n} smaller sales` : `${CLASS_LABEL[b.cls]}: ${ASSET_LABEL[b.asset]}`;
        if (h < 13 && !isRest) unlabelled.push(`${CLASS_LABEL[b.cls]}: ${ASSET_LABEL[b.asset]} ${fmt(b.usd, 'usd')}`);
        if (h >= 13) cell.append('text').attr('x', x + 10).attr('y', y + Math.min(h / 2, 12)).attr('dy', '0.32em').text(fit(label, colW - 14));
        if (h >= 27) cell.append('text').attr('class', 'sub').attr('x', x + 10).attr('y', y + 24).attr('dy', '0.32em')
          .text(fit(`${fmt(b.usd, 'usd')} · ${isRest ? 'various' : TRIGGER_LABEL[b.trigger]}`, colW - 14));
        cell.on('pointermove', (ev: PointerEvent) => showTip({
          title: `${e.date} · round ${r.round + 1}`,
          rows: isRest ? [{ label: `${b.n} smaller groups`, value: fmt(b.usd, 'usd') }] : [
            { color: CLASS_COLOR[b.cls], label: 'Seller', value: CLASS_LABEL[b.cls] },
            { label: 'Asset', value: ASSET_LABEL[b.asset] },
            { color: TRIGGER_COLOR[b.trigger], label: 'Why', value: TRIGGER_LABEL[b.trigger] },
            { label: 'Sold', value: `${fmt(b.usd, 'usd')} (${b.n} agent${b.n === 1 ? '' : 's'})` },
          ],
        }, ev.clientX, ev.clientY)).on('pointerleave', hideTip);
        y += h + 2;
      });
      // Blocks too thin to hold a label are listed under the column (largest first).
      unlabelled.slice(0, 4).forEach((t, k) => g.append('text').attr('class', 'round-sub').attr('x', x).attr('y', y + 12 + k * 13).text(fit(t, colW)));
      const next = e.rounds[ri + 1];
      if (next) {
        const gx = x + colW + 4, mid = top + avail / 3;
        g.append('path').attr('class', 'arrow').attr('d', `M${gx},${mid} L${gx + gap - 10},${mid} l-6,-4 m6,4 l-6,4`);
        const words = movesText(next).split(', ');
        words.forEach((w, wi) => g.append('text').attr('class', 'move').attr('x', gx + 2).attr('y', mid + 16 + wi * 13).text(fit(w, gap - 8)));
        g.append('text').attr('class', 'move-head').attr('x', gx + 2).attr('y', mid - 6).text('prices so far:');
      }
    });
  }
}

/** Truncate a label to roughly fit a width at 11px (≈6.2px per character). */
function fit(s: string, px: number): string {
  const n = Math.max(3, Math.floor(px / 6.2));
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}

// The engine numbers a day's rounds from 0 (the first forced sales); people count from 1.
/** One plain-language paragraph about a cascade, for students and screen readers. */
export function story(e: CascadeEvent): string {
  const parts = e.rounds.map((r) => {
    const { blocks } = groupRound(r, 2);
    const who = blocks.map((b) => `${lower(CLASS_LABEL[b.cls])} sold ${fmt(b.usd, 'usd')} of ${ASSET_LABEL[b.asset]} (${lower(TRIGGER_LABEL[b.trigger])})`).join(' and ');
    const saw = r.round > 1 || ri(r) ? movesText(r) : '';
    return `Round ${r.round + 1}${saw ? `, after ${saw}` : ''}: ${who}.`;
  });
  return `On ${e.date} forced selling ran ${e.rounds.length} round${e.rounds.length === 1 ? '' : 's'} and ${fmt(e.totalUsd, 'usd')} in total. ${parts.join(' ')}`;
}
const ri = (r: CascadeRound) => Object.keys(r.moves).length > 0;
/** Lower-case a label's first word unless it is an acronym (CTAs, IG). */
const lower = (s: string) => s.replace(/^[A-Z][a-z]/, (m) => m.toLowerCase());
