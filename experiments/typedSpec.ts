// `defineSpec`: an experiment spec for the crowdout model whose names are checked by the type
// checker (with the package's generated unions; see paths.ts): parameter paths, series columns
// (or `cum.<column>`), summary metrics (or `*` patterns) and metric definitions. It returns the
// spec unchanged; runSweep still validates everything at run time.
import type { ExperimentSpecInput, Scalar } from './spec/schema';
import type { MetricDef } from './spec/metricDef';
import type { ParameterPath, SeriesColumn, SummaryMetric } from './paths';

export type ColumnName = SeriesColumn | `cum.${SeriesColumn}`;
export type MetricSelector = SummaryMetric | `${string}*${string}` | (Omit<MetricDef, 'column'> & { column: ColumnName });
export type ParameterSet = Partial<Record<ParameterPath, Scalar>>;
export type TypedParameter =
  | { path: ParameterPath; min: number; max: number; log?: boolean; integer?: boolean; levels?: number }
  | { path: ParameterPath; values: Scalar[] };
type Design = ExperimentSpecInput['design'];
export type TypedDesign = Exclude<Design, { type: 'list' }> | { type: 'list'; rows: { label?: string; set: ParameterSet }[] };

export interface CrowdoutSpec extends Omit<ExperimentSpecInput, 'model' | 'parameters' | 'set' | 'design' | 'outputs'> {
  model?: 'crowdout';
  set?: ParameterSet;
  parameters?: TypedParameter[];
  design: TypedDesign;
  outputs?: { metrics?: MetricSelector[]; series?: { columns: ColumnName[]; stride?: number } };
}

export function defineSpec<const S extends CrowdoutSpec>(spec: S): S & ExperimentSpecInput {
  return spec as S & ExperimentSpecInput;
}
