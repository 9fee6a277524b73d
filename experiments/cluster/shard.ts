// Which slice of a sweep this process runs. Shard i of n runs the indices k with k mod n = i
// (stride, not blocks, so slow regions of the design spread over all shards).
// `--shard auto` reads the index the scheduler sets: Slurm SLURM_ARRAY_TASK_ID (count from
// SLURM_ARRAY_TASK_COUNT), Kubernetes Indexed Jobs JOB_COMPLETION_INDEX, AWS Batch
// AWS_BATCH_JOB_ARRAY_INDEX. Kubernetes and AWS do not pass the count: give it as auto/N.
// An explicit N (auto/N or --shard-count) wins over SLURM_ARRAY_TASK_COUNT, so resubmitting a
// single failed task (sbatch --array=7, whose TASK_COUNT is 1) still means shard 7 of N.
import { UserError } from '../cli/errors';
import type { Shard } from '../io/manifest';

const INDEX_VARS = ['SLURM_ARRAY_TASK_ID', 'JOB_COMPLETION_INDEX', 'AWS_BATCH_JOB_ARRAY_INDEX'] as const;

function int(what: string, v: string): number {
  if (!/^\d+$/.test(v.trim())) throw new UserError(`${what} must be a non-negative integer (got "${v}")`);
  return Number(v.trim());
}

function check(index: number, count: number, src: string): Shard {
  if (count < 1) throw new UserError(`${src}: the shard count must be at least 1`);
  if (index >= count)
    throw new UserError(`${src}: shard index ${index} is out of range 0..${count - 1} (shards are numbered from 0: use --array=0-${count - 1})`);
  return { index, count };
}

export function parseShard(arg: string | undefined, env: NodeJS.ProcessEnv = process.env, countFlag?: number): Shard | null {
  if (arg === undefined) {
    if (countFlag !== undefined) throw new UserError('--shard-count needs --shard auto');
    return null;
  }
  const auto = /^auto(?:\/(.*))?$/.exec(arg);
  if (!auto) {
    const m = /^(\d+)\/(\d+)$/.exec(arg);
    if (!m) throw new UserError(`--shard must be i/n (e.g. 3/16), auto or auto/N (got "${arg}")`);
    return check(Number(m[1]), Number(m[2]), `--shard ${arg}`);
  }
  const given = auto[1] !== undefined ? int('--shard auto/N: N', auto[1]) : countFlag;
  if (auto[1] !== undefined && countFlag !== undefined && given !== countFlag)
    throw new UserError(`--shard ${arg} and --shard-count ${countFlag} disagree`);
  const v = INDEX_VARS.find((name) => env[name] !== undefined && env[name] !== '');
  if (!v) throw new UserError(`--shard auto: none of ${INDEX_VARS.join(', ')} is set (is this running inside an array job?)`);
  const index = int(v, env[v]!);
  let count = given;
  if (count === undefined && v === 'SLURM_ARRAY_TASK_ID' && env.SLURM_ARRAY_TASK_COUNT) count = int('SLURM_ARRAY_TASK_COUNT', env.SLURM_ARRAY_TASK_COUNT);
  if (count === undefined) throw new UserError(`--shard auto: ${v} is set but the shard count is not; use --shard auto/N`);
  return check(index, count, `--shard ${arg} (${v}=${index})`);
}
