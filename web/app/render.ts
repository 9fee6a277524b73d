// The draw loop: once per animation frame, redraw the charts that are on screen and whose data
// changed. Off-screen charts catch up when they scroll into view. Nothing here simulates.
import { redraw, type Chart } from '../charts/frame';

export class Renderer {
  private readonly charts = new Set<Chart>();
  private readonly visible = new WeakSet<Element>();
  private readonly io: IntersectionObserver;
  private scheduled = false;
  /** Milliseconds spent drawing in the last frame (read by the perf probe). */
  lastDrawMs = 0;
  /** Per chart: draws and the slowest draw in ms (JS only; read by the perf probe). */
  readonly stats = new Map<string, { draws: number; maxMs: number; totalMs: number }>();

  constructor() {
    redraw.request = () => this.request();
    this.io = new IntersectionObserver((entries) => {
      for (const e of entries) { if (e.isIntersecting) this.visible.add(e.target); else this.visible.delete(e.target); }
      this.request();
    }, { rootMargin: '200px' });
    const ro = new ResizeObserver(() => this.request());
    ro.observe(document.body);
  }

  add(c: Chart): void { this.charts.add(c); this.io.observe(c.el); this.request(); }
  remove(c: Chart): void { this.charts.delete(c); this.io.unobserve(c.el); c.el.remove(); }

  request(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    requestAnimationFrame(() => {
      this.scheduled = false;
      const t0 = performance.now();
      for (const c of this.charts) {
        if (!this.visible.has(c.el)) continue;
        const a = performance.now();
        if (!c.draw()) continue;
        const ms = performance.now() - a;
        const st = this.stats.get(c.id) ?? { draws: 0, maxMs: 0, totalMs: 0 };
        st.draws++; st.totalMs += ms; st.maxMs = Math.max(st.maxMs, ms);
        this.stats.set(c.id, st);
      }
      this.lastDrawMs = performance.now() - t0;
    });
  }
}
