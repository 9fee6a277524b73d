// The shared time cursor: hovering any time chart moves a vertical line on all of them.
type Listener = (i: number | null) => void;

export const cursor = {
  i: null as number | null,
  listeners: new Set<Listener>(),
  set(i: number | null): void {
    if (i === this.i) return;
    this.i = i;
    for (const l of this.listeners) l(i);
  },
  listen(l: Listener): () => void { this.listeners.add(l); return () => this.listeners.delete(l); },
};
