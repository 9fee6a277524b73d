// The engine as the sweep runner sees it: the crowdout engine (sim/index.ts) or a built-in
// analytic model, behind one interface. Loaded lazily so specs for built-ins need no engine.
import type { ExperimentSpec, Scalar } from '../spec/schema';
import { checkIshigami, ishigami, probe } from './builtins';
import { derivedMetrics } from './derived';

export type Metric = number | string | boolean | null;
export interface ModelOutput {
  metrics: Record<string, Metric>;
  series: { dates?: string[]; columns?: Record<string, ArrayLike<number>> };
}

export interface Model {
  /** A full scenario (for hashing and provenance), or null for built-ins. */
  scenario(set: Record<string, Scalar>): unknown;
  run(set: Record<string, Scalar>, seed: number, days?: number): ModelOutput;
}

/** Flatten nested summary objects to dotted names: { assets: { crypto: { maxDrawdown } } } -> assets.crypto.maxDrawdown */
export function flatten(obj: unknown, prefix = '', out: Record<string, Metric> = {}): Record<string, Metric> {
  if (obj !== null && typeof obj === 'object' && !Array.isArray(obj)) {
    for (const [k, v] of Object.entries(obj)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else if (prefix) {
    out[prefix] = Array.isArray(obj) ? JSON.stringify(obj) : (obj as Metric);
  }
  return out;
}

export const toOverrides = (set: Record<string, Scalar>): string[] =>
  Object.entries(set).map(([p, v]) => `${p}=${JSON.stringify(v)}`);

// Imported lazily, so specs for the built-in models never load the engine.
const importEngine = () => import('../../sim/index');

/** Summary fields that are provenance rather than outcomes (they are in the manifest and seed column). */
const PROVENANCE = new Set(['scenario', 'seed', 'version']);

export async function createModel(spec: ExperimentSpec, base: unknown): Promise<Model> {
  const fixed = spec.set ?? {};
  if (spec.model === 'ishigami') return { scenario: (set) => { checkIshigami({ ...fixed, ...set }); return null; }, run: (set) => ishigami({ ...fixed, ...set }) };
  if (spec.model === 'probe') return { scenario: () => null, run: (set, seed, days) => probe({ ...fixed, ...set }, seed, days) };
  const engine = await importEngine();
  const scenario = (set: Record<string, Scalar>) => engine.loadScenario(base, toOverrides({ ...fixed, ...set }));
  return {
    scenario,
    run(set, seed, days) {
      const { summary, data } = engine.runToEnd(scenario(set), seed, days === undefined ? {} : { days });
      const metrics = { ...flatten(summary), ...derivedMetrics(summary, data.events) };
      for (const k of PROVENANCE) delete metrics[k];
      return { metrics, series: { dates: data.dates, columns: data.columns } };
    },
  };
}
