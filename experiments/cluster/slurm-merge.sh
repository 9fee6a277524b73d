#!/bin/bash
# The merge step after a sweep array (submit with --dependency=afterok:ARRAY_JOB_ID).
# Fails, naming the missing shards and the sbatch --array=... to resubmit, if any run is missing.
#SBATCH --job-name=crowdout-merge
#SBATCH --cpus-per-task=1
#SBATCH --time=00:30:00
#SBATCH --output=slurm-%x-%j.out
set -euo pipefail
OUT=${1:?usage: slurm-merge.sh OUTDIR}
read -r -a CROWDOUT <<< "${CROWDOUT:-node ${SLURM_SUBMIT_DIR:-.}/bin/crowdout.mjs}"
exec "${CROWDOUT[@]}" merge "$OUT"/shard-* --out "$OUT/merged"
