// One floating tooltip for every chart: a title (usually the date) and rows of exact values with units.
export interface TipRow { color?: string; label: string; value: string }
export interface Tip { title: string; rows: TipRow[] }

let el: HTMLDivElement | null = null;

function node(): HTMLDivElement {
  if (!el) {
    // On touch screens a tip stays after the tap; the next tap outside any chart closes it.
    document.addEventListener('pointerdown', (e) => { if (!(e.target as Element).closest?.('.plot')) hideTip(); });
    el = document.createElement('div');
    el.className = 'tooltip';
    el.setAttribute('role', 'status');
    el.hidden = true;
    document.body.append(el);
  }
  return el;
}

export function showTip(tip: Tip, clientX: number, clientY: number): void {
  const t = node();
  t.replaceChildren();
  const h = document.createElement('div');
  h.className = 'tip-title';
  h.textContent = tip.title;
  t.append(h);
  for (const r of tip.rows) {
    const row = document.createElement('div');
    row.className = 'tip-row';
    const sw = document.createElement('span');
    sw.className = 'sw';
    if (r.color) sw.style.background = r.color;
    const label = document.createElement('span');
    label.textContent = r.label;
    const value = document.createElement('b');
    value.textContent = r.value;
    row.append(sw, label, value);
    t.append(row);
  }
  t.hidden = false;
  const pad = 14;
  const { innerWidth: W, innerHeight: H } = window;
  const rect = t.getBoundingClientRect();
  const x = clientX + pad + rect.width > W ? clientX - pad - rect.width : clientX + pad;
  const y = Math.min(H - rect.height - 4, Math.max(4, clientY - rect.height / 2));
  t.style.transform = `translate(${Math.max(4, x)}px, ${y}px)`;
}

export function hideTip(): void { if (el) el.hidden = true; }
