// A day's order list: (agent, asset, signed units, trigger or −1, round). Preallocated typed
// arrays that grow by doubling, reused every day (no allocation on the hot path once warm).
import { TRIGGERS, type Trigger } from '../ids';

export const VOLUNTARY = -1;
export const trig = (t: Trigger): number => TRIGGERS.indexOf(t);

export class Orders {
  agent = new Int32Array(1024);
  asset = new Uint8Array(1024);
  units = new Float64Array(1024);
  trigger = new Int8Array(1024);
  count = 0;

  add(agent: number, asset: number, units: number, trigger: number): void {
    const u = Math.round(units);
    if (u === 0) return;
    if (!Number.isFinite(u)) throw new Error(`non-finite order from agent ${agent} in asset ${asset}`);
    if (this.count === this.agent.length) this.grow();
    const i = this.count++;
    this.agent[i] = agent; this.asset[i] = asset; this.units[i] = u; this.trigger[i] = trigger;
  }

  private grow(): void {
    const n = this.agent.length * 2;
    const a = new Int32Array(n); a.set(this.agent); this.agent = a;
    const b = new Uint8Array(n); b.set(this.asset); this.asset = b;
    const c = new Float64Array(n); c.set(this.units); this.units = c;
    const d = new Int8Array(n); d.set(this.trigger); this.trigger = d;
  }

  clear(): void { this.count = 0; }
}
