// Number formatting with units: every value a user sees carries its unit.
export type Unit = 'usd' | 'usdPerDay' | 'rate' | 'spread' | 'index' | 'pct' | 'ratio' | 'count';

const abs = Math.abs;

/** $1.23T, $45.6B, $780M. */
export function usd(v: number): string {
  if (!Number.isFinite(v)) return '–';
  const s = v < 0 ? '−' : '';
  const a = abs(v);
  if (a >= 1e12) return `${s}$${(a / 1e12).toFixed(a >= 1e13 ? 1 : 2)}T`;
  if (a >= 1e9) return `${s}$${(a / 1e9).toFixed(a >= 1e11 ? 0 : 1)}B`;
  if (a >= 1e6) return `${s}$${(a / 1e6).toFixed(0)}M`;
  return `${s}$${a.toFixed(0)}`;
}

export function fmt(v: number, unit: Unit): string {
  if (!Number.isFinite(v)) return '–';
  switch (unit) {
    case 'usd': return usd(v);
    case 'usdPerDay': return `${usd(v)}/day`;
    case 'rate': return `${(v * 100).toFixed(2)}%`;
    case 'spread': return `${(v * 1e4).toFixed(0)} bp`;
    case 'pct': return `${(v * 100).toFixed(1)}%`;
    case 'index': return v.toFixed(1);
    case 'ratio': return `${v.toFixed(2)}×`;
    case 'count': return v.toFixed(0);
  }
}

/** Short axis tick labels. */
export function tick(unit: Unit): (v: number) => string {
  switch (unit) {
    case 'usd': case 'usdPerDay': return usd;
    case 'rate': return (v) => `${(v * 100).toFixed(1)}%`;
    case 'spread': return (v) => `${(v * 1e4).toFixed(0)}bp`;
    case 'pct': return (v) => `${(v * 100).toFixed(0)}%`;
    default: return (v) => String(+v.toPrecision(3));
  }
}
