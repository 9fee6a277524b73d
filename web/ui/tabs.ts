// Explore / Compare / Sweep / Claims tabs (ARIA tabs; arrow keys move between them).
import type { Renderer } from '../app/render';

export type Tab = 'explore' | 'compare' | 'sweep' | 'claims';
const TABS: Tab[] = ['explore', 'compare', 'sweep', 'claims'];

export function mountTabs(renderer: Renderer, onShow?: (t: Tab) => void) {
  let current: Tab | null = null;
  const show = (t: Tab) => {
    for (const k of TABS) {
      const tab = document.getElementById(`tab-${k}`)!, view = document.getElementById(`view-${k}`)!;
      tab.setAttribute('aria-selected', String(k === t));
      tab.tabIndex = k === t ? 0 : -1;
      view.hidden = k !== t;
    }
    document.body.dataset.tab = t;
    renderer.request();
    const changed = t !== current;
    current = t;
    if (changed) onShow?.(t);
  };
  TABS.forEach((k, i) => {
    const tab = document.getElementById(`tab-${k}`)!;
    tab.addEventListener('click', () => show(k));
    tab.addEventListener('keydown', (e) => {
      const d = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
      if (!d) return;
      const next = TABS[(i + d + TABS.length) % TABS.length]!;
      show(next);
      document.getElementById(`tab-${next}`)!.focus();
    });
  });
  show('explore');
  return { show, get current(): Tab { return current ?? 'explore'; } };
}
