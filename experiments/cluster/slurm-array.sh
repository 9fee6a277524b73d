#!/bin/bash
# One shard of a crowdout sweep per Slurm array task. Submit from the repository root:
#
#   N=16
#   ARRAY=$(sbatch --parsable --array=0-$((N-1)) experiments/cluster/slurm-array.sh SPEC.json results/NAME $N)
#   sbatch --dependency=afterok:$ARRAY experiments/cluster/slurm-merge.sh results/NAME
#
# Shards are numbered 0..N-1 (--array=1-16 is rejected: shard 16 of 16 does not exist).
# Each task writes results/NAME/shard-XXXX and always passes --resume, so a requeued or
# resubmitted task (sbatch --array=7 ...) continues its own journal instead of starting over.
# The shard count is passed explicitly (auto/N): a resubmitted single task sees
# SLURM_ARRAY_TASK_COUNT=1 but is still shard 7 of 16.
# Size shards to 10-60 minutes each; thousands of tiny tasks overload the scheduler.
#SBATCH --job-name=crowdout-sweep
#SBATCH --cpus-per-task=2
#SBATCH --time=02:00:00
#SBATCH --output=slurm-%x-%A_%a.out
set -euo pipefail
SPEC=${1:?usage: slurm-array.sh SPEC.json OUTDIR SHARDS}
OUT=${2:?usage: slurm-array.sh SPEC.json OUTDIR SHARDS}
N=${3:?usage: slurm-array.sh SPEC.json OUTDIR SHARDS}
# The CLI of the checkout the job was submitted from (override with CROWDOUT="...").
read -r -a CROWDOUT <<< "${CROWDOUT:-node ${SLURM_SUBMIT_DIR:-.}/bin/crowdout.mjs}"
exec "${CROWDOUT[@]}" sweep "$SPEC" --out "$OUT/shard-{shard}" --shard "auto/$N" \
  --workers "${SLURM_CPUS_PER_TASK:-1}" --resume
