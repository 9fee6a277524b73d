// The draw loop: once per animation frame, redraw the charts that are on screen and whose data
// changed. Off-screen charts catch up when they scroll into view. Nothing here simulates.
import { redraw, type Chart } from '../charts/frame';

/**
 * Drawing time (ms) after which the rest of a frame's charts wait for the next frame. One chart's
 * whole repaint (a new scale) costs a few ms on a quiet machine and several times that when the
 * CPU is shared; deferring the others keeps each frame short. The pass starts where the last one
 * stopped, so every chart gets its turn.
 */
const FRAME_BUDGET_MS = 4;

export class Renderer {
  private readonly charts: Chart[] = [];
  private readonly visible = new WeakSet<Element>();
  private readonly io: IntersectionObserver;
  private scheduled = false;
  private next = 0;
  /** Milliseconds spent drawing in the last frame (read by the perf probe). */
  lastDrawMs = 0;
  /**
   * Per chart: draws, how many repainted only the tail, the slowest draw in ms (JS, and since whole
   * repaints are painted in slices, their rasterizing too; read by the perf probe).
   */
  readonly stats = new Map<string, { draws: number; tail: number; maxMs: number; totalMs: number }>();

  constructor() {
    redraw.request = () => this.request();
    this.io = new IntersectionObserver((entries) => {
      for (const e of entries) { if (e.isIntersecting) this.visible.add(e.target); else this.visible.delete(e.target); }
      this.request();
    }, { rootMargin: '200px' });
    const ro = new ResizeObserver(() => this.request());
    ro.observe(document.body);
  }

  add(c: Chart): void { if (!this.charts.includes(c)) this.charts.push(c); this.io.observe(c.el); this.request(); }
  remove(c: Chart): void {
    const i = this.charts.indexOf(c);
    if (i >= 0) this.charts.splice(i, 1);
    this.io.unobserve(c.el); c.el.remove();
  }

  request(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    requestAnimationFrame(() => { this.scheduled = false; this.pass(); });
  }

  private pass(): void {
    const t0 = performance.now();
    const n = this.charts.length;
    for (let k = 0; k < n; k++) {
      const idx = (this.next + k) % n;
      const c = this.charts[idx]!;
      if (!this.visible.has(c.el)) continue;
      if (performance.now() - t0 > FRAME_BUDGET_MS) {
        // Out of time: this chart and those after it are drawn next frame (if they still need it).
        this.next = idx;
        this.request();
        break;
      }
      const a = performance.now();
      // What is left of the frame's budget: a whole repaint goes on in slices next frame.
      const drew = c.draw(Math.max(1, FRAME_BUDGET_MS - (a - t0)));
      if (c.repainting) this.request();
      if (!drew) continue;
      const ms = performance.now() - a;
      const st = this.stats.get(c.id) ?? { draws: 0, tail: 0, maxMs: 0, totalMs: 0 };
      st.draws++; st.totalMs += ms; st.maxMs = Math.max(st.maxMs, ms);
      if (c.lastDrawWasTail) st.tail++;
      this.stats.set(c.id, st);
    }
    this.lastDrawMs = performance.now() - t0;
  }
}
