// The calibration spec (experiments/calibration/*.json): which parameters to fit, within which
// bounds, against which simulated moments. Validated with zod; every error names its field.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { UserError } from '../cli/errors';
import { formatPath } from '../spec/load';
import { FACT_KEYS, type FactKey } from './facts';
import { FACT_ASSETS } from './targets';

const path = z.string().regex(/^[A-Za-z_][\w]*(\.[\w]+)*$/, 'a dotted scenario path such as noise.volOfVol');
const scalar = z.union([z.number(), z.string(), z.boolean()]);

const parameter = z.strictObject({
  path,
  min: z.number().finite(),
  max: z.number().finite(),
}).refine((p) => p.min < p.max, { message: 'min must be below max', path: ['max'] });

const moment = z.strictObject({
  /** Label in the output; defaults to asset.statistic. */
  name: z.string().min(1).max(80).optional(),
  asset: z.enum(FACT_ASSETS),
  statistic: z.enum(FACT_KEYS as [FactKey, ...FactKey[]]),
  target: z.number().finite(),
  /** Distance is Σ weight·((model − target)/scale)²; scale defaults to |target| (1 if target is 0). */
  scale: z.number().positive().optional(),
  weight: z.number().positive().default(1),
  source: z.string().max(300).optional(),
});

export const calibrationSpecSchema = z.strictObject({
  $schema: z.string().optional(),
  name: z.string().min(1).max(80),
  description: z.string().max(2000).optional(),
  /** A named scenario; the long run extends it to `years` years like check-model does. */
  scenario: z.string().min(1).default('baseline'),
  years: z.int().min(2).max(200).default(10),
  burnInDays: z.int().min(0).max(5000).default(250),
  /** Fixed overrides applied to every candidate. */
  set: z.record(path, scalar).default({}),
  /** Common random numbers: every candidate is run on the same seeds 1..seeds. */
  seeds: z.int().min(1).max(100).default(2),
  parameters: z.array(parameter).min(1).max(20),
  moments: z.array(moment).min(1).max(50),
  search: z.strictObject({
    /** Latin-hypercube start points. @defaultValue 4 · number of parameters */
    lhsPoints: z.int().min(1).max(10_000).optional(),
    /** Nelder–Mead iterations from the best start point. */
    iterations: z.int().min(0).max(10_000).default(30),
    /** Seed of the Latin hypercube. */
    seed: z.int().min(0).max(2 ** 32 - 1).default(1),
  }).default({ iterations: 30, seed: 1 }),
});

export type CalibrationSpec = z.infer<typeof calibrationSpecSchema>;

export function parseCalibrationSpec(raw: unknown, label = 'spec'): CalibrationSpec {
  const r = calibrationSpecSchema.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    const msg = issue.code === 'unrecognized_keys' ? `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}` : issue.message;
    throw new UserError(`${label}: ${formatPath(issue.path)}: ${msg}`);
  }
  return r.data;
}

export function loadCalibrationSpec(file: string): CalibrationSpec {
  let text: string;
  try { text = readFileSync(file, 'utf8'); } catch {
    throw new UserError(`calibration spec not found: ${file}`);
  }
  let raw: unknown;
  try { raw = JSON.parse(text); } catch (e) {
    throw new UserError(`${file}: not valid JSON (${(e as Error).message})`);
  }
  return parseCalibrationSpec(raw, file);
}
