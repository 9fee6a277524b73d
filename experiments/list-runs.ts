// `crowdout sweep SPEC --list-runs [--shard i/n]`: the run table a sweep would execute (index,
// seed, replicate, design columns, parameter values) as CSV, without running anything. For
// planning shards, checking a design, or feeding another scheduler.
import type { LoadedSpec } from './spec/load';
import { expandDesign, runInfo } from './design/expand';
import type { Shard } from './io/manifest';
import { toCsv, type Column } from './io/tables';
import type { Metric } from './run/engine';

export function listRuns(loaded: LoadedSpec, shard: Shard | null): string {
  const { spec } = loaded;
  const plan = expandDesign(spec);
  const ks: number[] = [];
  for (let k = 0; k < plan.runCount; k++) if (!shard || k % shard.count === shard.index) ks.push(k);
  const infos = ks.map((k) => runInfo(spec, plan, k));
  const col = (name: string, values: Metric[], kind: Column['kind'] = 'STRING'): Column => ({ name, kind, values });
  return toCsv([
    col('run', ks, 'INT64'),
    col('seed', infos.map((i) => i.seed), 'INT64'),
    col('replicate', infos.map((i) => i.replicate), 'INT64'),
    ...plan.designColumns.map((c) => col(c, infos.map((i) => plan.points[i.point]!.info[c] ?? null))),
    ...plan.paramColumns.map((c) => col(c, infos.map((i) => plan.points[i.point]!.set[c] ?? null))),
  ]);
}
