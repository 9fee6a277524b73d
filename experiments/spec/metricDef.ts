// A metric a researcher defines in the spec: an aggregate of one daily series column over a date
// window, e.g. {"name": "bonds2025", "column": "fof.capex.bonds", "agg": "sum",
// "from": "2025-01-01", "to": "2025-12-31"}. It becomes a column of runs.csv / runs.parquet.
import { z } from 'zod';

export const AGGS = ['sum', 'mean', 'min', 'max', 'first', 'last', 'argmax', 'argmin', 'quantile'] as const;
export type Agg = (typeof AGGS)[number];

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'expected a date like 2025-01-01' })
  .refine((s) => new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s, { message: 'not a calendar date' });

export const metricDefSchema = z.strictObject({
  /** Column name in runs.csv; letters, digits, _ and dots. */
  name: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)*$/, { message: 'expected a metric name like bonds2025 (letters, digits, _ and dots)' }),
  /** A daily series column (crowdout series --columns lists them), or cum.<column> for its running sum. */
  column: z.string().min(1),
  agg: z.enum(AGGS),
  /** First and last date of the window, inclusive (default: the whole run). */
  from: isoDate.optional(),
  to: isoDate.optional(),
  /** quantile only: the probability, in [0, 1]. */
  q: z.number().min(0).max(1).optional(),
}).superRefine((m, ctx) => {
  if (m.agg === 'quantile' && m.q === undefined) ctx.addIssue({ code: 'custom', path: ['q'], message: 'agg "quantile" needs q (e.g. 0.95)' });
  if (m.agg !== 'quantile' && m.q !== undefined) ctx.addIssue({ code: 'custom', path: ['q'], message: `q applies only to agg "quantile" (agg is "${m.agg}")` });
  if (m.from && m.to && m.from > m.to) ctx.addIssue({ code: 'custom', path: ['to'], message: `to (${m.to}) is before from (${m.from})` });
});
export type MetricDef = z.infer<typeof metricDefSchema>;

/** Entries of outputs.metrics: a summary-metric name or pattern, or a metric definition. */
export const metricEntrySchema = z.union([z.string().min(1), metricDefSchema]);
export type MetricEntry = z.infer<typeof metricEntrySchema>;
