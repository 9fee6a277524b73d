// The experiment spec: what to run (base scenario + fixed overrides), what to vary, how to sample
// it, how many replicates, which outputs to keep. Validated with zod; every error names its field.
import { z } from 'zod';
import { metricEntrySchema } from './metricDef';

const scalar = z.union([z.number(), z.string(), z.boolean()]);
export type Scalar = z.infer<typeof scalar>;

const path = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)*$/, {
  message: 'expected a dotted parameter path like hedge_fund.leverage.max',
});

const rangeParam = z.strictObject({
  path,
  min: z.number(),
  max: z.number(),
  log: z.boolean().optional(),
  integer: z.boolean().optional(),
  /** Grid only: number of evenly spaced levels from min to max (inclusive). */
  levels: z.int().min(2).max(10_000).optional(),
}).superRefine((p, ctx) => {
  if (!(p.max > p.min)) ctx.addIssue({ code: 'custom', path: ['max'], message: `max (${p.max}) must be greater than min (${p.min})` });
  if (p.log && p.min <= 0) ctx.addIssue({ code: 'custom', path: ['min'], message: 'a log-scale range needs min > 0' });
  if (p.integer && (!Number.isInteger(p.min) || !Number.isInteger(p.max)))
    ctx.addIssue({ code: 'custom', path: ['min'], message: 'an integer range needs integer min and max' });
});
const listParam = z.strictObject({ path, values: z.array(scalar).min(1) });
export const parameterSchema = z.union([rangeParam, listParam]);
export type RangeParameter = z.infer<typeof rangeParam>;
export type ListParameter = z.infer<typeof listParam>;
export type Parameter = RangeParameter | ListParameter;

const listRow = z.strictObject({ label: z.string().optional(), set: z.record(path, scalar) });

const design = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('grid') }),
  z.strictObject({ type: z.literal('list'), rows: z.array(listRow).min(1) }),
  z.strictObject({ type: z.literal('lhs'), samples: z.int().min(1).max(10_000_000) }),
  z.strictObject({
    type: z.literal('sobol'),
    /** N base samples; the design has N·(d+2) points. Powers of two keep the sequence balanced. */
    samples: z.int().min(2).max(1_000_000),
    /** Random digital shift of the Sobol points, keyed by the master seed (randomised QMC). */
    scramble: z.boolean().optional(),
  }),
  z.strictObject({
    type: z.literal('morris'),
    trajectories: z.int().min(2).max(100_000),
    /** p, the number of grid levels (even); the step is p / (2(p-1)). */
    levels: z.int().min(2).max(1000).refine((p) => p % 2 === 0, { message: 'levels must be even' }),
  }),
]);

const outputs = z.strictObject({
  /** Summary metric names (dotted, e.g. assets.crypto.maxDrawdown; `*` matches one segment, `**` any),
   *  and metric definitions over a series column ({name, column, agg, from, to, q}; see metricDef.ts). */
  metrics: z.array(metricEntrySchema).min(1).optional(),
  series: z.strictObject({ columns: z.array(z.string().min(1)).min(1), stride: z.int().min(1).default(1) }).optional(),
});

export const specSchema = z.strictObject({
  $schema: z.string().optional(),
  name: z.string().regex(/^[A-Za-z0-9_.-]+$/, { message: 'use letters, digits, _ . -' }),
  description: z.string().optional(),
  /** A scenario name (scenarios/NAME.json) or a path to a scenario file, relative to the spec. */
  base: z.string().min(1).optional(),
  /** Fixed overrides applied to every run, same paths as --set. */
  set: z.record(path, scalar).optional(),
  /** The model: the crowdout engine, or an analytic test function (see experiments/run/builtins.ts). */
  model: z.enum(['crowdout', 'ishigami', 'probe']).default('crowdout'),
  parameters: z.array(parameterSchema).default([]),
  design,
  replicates: z.int().min(1).max(1_000_000).default(1),
  seed: z.int().min(0).max(Number.MAX_SAFE_INTEGER),
  commonRandomNumbers: z.boolean().default(false),
  outputs: outputs.default({}),
  days: z.int().min(1).max(100_000).optional(),
}).superRefine((s, ctx) => {
  const seen = new Set<string>();
  s.parameters.forEach((p, i) => {
    if (seen.has(p.path)) ctx.addIssue({ code: 'custom', path: ['parameters', i, 'path'], message: `duplicate parameter ${p.path}` });
    seen.add(p.path);
    if (s.set && p.path in s.set) ctx.addIssue({ code: 'custom', path: ['parameters', i, 'path'], message: `${p.path} is both varied and fixed in set` });
  });
  const t = s.design.type;
  if (t === 'list') {
    if (s.parameters.length > 0) ctx.addIssue({ code: 'custom', path: ['parameters'], message: 'a list design takes its values from design.rows; leave parameters out' });
  } else if (s.parameters.length === 0) {
    ctx.addIssue({ code: 'custom', path: ['parameters'], message: `a ${t} design needs at least one parameter` });
  }
  if (t === 'grid') s.parameters.forEach((p, i) => {
    if (!('values' in p) && p.levels === undefined)
      ctx.addIssue({ code: 'custom', path: ['parameters', i, 'levels'], message: 'a grid needs levels (or a values list) for every parameter' });
  });
  if (t === 'sobol' && s.parameters.length > 32)
    ctx.addIssue({ code: 'custom', path: ['parameters'], message: 'a sobol design supports at most 32 parameters (64 Sobol dimensions)' });
  if (s.model === 'crowdout' && !s.base) ctx.addIssue({ code: 'custom', path: ['base'], message: 'name a base scenario (e.g. "baseline") or a scenario file' });
});

export type ExperimentSpec = z.infer<typeof specSchema>;
/** What a spec file or object may contain (defaults not yet filled in). */
export type ExperimentSpecInput = z.input<typeof specSchema>;
export type Design = ExperimentSpec['design'];
