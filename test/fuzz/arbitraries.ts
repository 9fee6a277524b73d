// Hostile values for the fuzz suite: the numbers, strings and shapes that broke 0.1.0 (huge
// indices, 1e308, formula-like strings, impossible dates, prototype keys, deep nesting) mixed
// with ordinary ones, so both refusals and clean runs are exercised.
import fc from 'fast-check';
import { DEFAULTS } from '../../sim/index';

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every leaf path of the default scenario (arrays count as leaves). */
export const LEAF_PATHS: string[] = (() => {
  const out: string[] = [];
  const walk = (v: unknown, p: string) => { if (isObj(v)) for (const [k, c] of Object.entries(v)) walk(c, p ? `${p}.${k}` : k); else out.push(p); };
  walk(DEFAULTS, '');
  return out;
})();

const deep = (n: number): unknown => { let v: unknown = 1; for (let i = 0; i < n; i++) v = { a: v }; return v; };

export const hostileNumber = fc.oneof(
  fc.constantFrom(0, -0, 1, -1, 0.5, 2, 1e9, 1e15, 1e308, -1e308, 4294967295, 2 ** 53, Number.MIN_VALUE, 1e-12),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -1e6, max: 1e6 }),
);

export const hostileString = fc.oneof(
  fc.constantFrom('', '=cmd|calc', '+1', '-1', '@SUM(A1)', '2024-02-31', '0000-01-01', '2024-01-06', '9999-12-31', '__proto__',
    'constructor', 'baseline', 'true', 'null', '123', '[1,2]', '{"a":1}', 'a'.repeat(5000), 'é€😀', '\u0000', '\n,"'),
  fc.string({ maxLength: 30 }),
);

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileNumber },
  { weight: 3, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constantFrom(deep(40), deep(2000), [], [[]], {}) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.array(hostileNumber, { maxLength: 4 }) },
);

/** A path: a real leaf, a real leaf with a (possibly huge) index, or junk segments. */
export const hostilePath = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...LEAF_PATHS) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...LEAF_PATHS), fc.constantFrom('0', '1', '4', '5', '100000000', '4294967295', '-1', 'x')).map(([p, i]) => `${p}.${i}`) },
  { weight: 1, arbitrary: fc.constantFrom('__proto__.x', 'a.__proto__', 'constructor.prototype', 'shocks.0.value', 'shocks.0', 'cta.lookbacks.0') },
  { weight: 1, arbitrary: fc.array(fc.constantFrom('a', 'pool', 'rrpUsd', '0', '_', 'Z9'), { minLength: 1, maxLength: 4 }).map((s) => s.join('.')) },
);

/** Set `path` to `value` in `obj`, creating objects on the way (a scenario file fragment). */
export function setPath(obj: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node: Record<string, unknown> = obj;
  for (const k of keys.slice(0, -1)) {
    // Own properties only: reading node['__proto__'] would walk into Object.prototype and pollute it here.
    if (!Object.hasOwn(node, k) || !isObj(node[k])) Object.defineProperty(node, k, { value: {}, enumerable: true, writable: true, configurable: true });
    node = node[k] as Record<string, unknown>;
  }
  Object.defineProperty(node, keys.at(-1)!, { value, enumerable: true, writable: true, configurable: true });
}

const getPath = (o: unknown, p: string): unknown => p.split('.').reduce<unknown>((v, k) => (isObj(v) ? v[k] : undefined), o);

/** A leaf set to a plausible value: its default scaled (numbers) or kept (other types). */
export const plausibleEdit: fc.Arbitrary<[string, unknown]> = fc.tuple(fc.constantFrom(...LEAF_PATHS), fc.double({ min: 0.5, max: 1.5, noNaN: true }))
  .map(([p, f]) => { const d = getPath(DEFAULTS, p); return [p, typeof d === 'number' ? (Number.isInteger(d) ? Math.max(1, Math.round(d * f)) : d * f) : d]; });

/** An edit that is usually plausible and sometimes hostile. */
export const edit: fc.Arbitrary<[string, unknown]> = fc.oneof({ weight: 3, arbitrary: plausibleEdit }, { weight: 2, arbitrary: fc.tuple(hostilePath, hostileValue) });

/** Mostly `good`, sometimes something hostile. */
export const mostly = <T>(good: fc.Arbitrary<T>): fc.Arbitrary<T | unknown> => fc.oneof({ weight: 12, arbitrary: good }, { weight: 1, arbitrary: hostileValue });
