#!/bin/bash
# A real single-node Slurm cluster on this machine (DISTRIBUTED.md §2): configure slurmctld and
# slurmd under a temp dir, start them (and munged) by hand, submit a 2-task array of a spec
# (default experiments/smoke.json) through slurm-array.sh, merge with a dependent job, and check
# that the merged tables are byte-identical to an unsharded local sweep. Daemons are stopped by PID.
# Needs root and the Debian packages slurm-wlm and munge. Exit 0 on success.
set -euo pipefail
REPO=$(cd "$(dirname "$0")/../.." && pwd)
SPEC=${SPEC:-$REPO/experiments/smoke.json}
export CROWDOUT=${CROWDOUT:-node $REPO/bin/crowdout.mjs}
WORK=$(mktemp -d /tmp/crowdout-slurm-XXXXXX)
S=$WORK/slurm
log() { echo "slurm-local-test: $*" >&2; }
# shellcheck source=experiments/cluster/slurm-up.sh
source "$REPO/experiments/cluster/slurm-up.sh"
cleanup() {
  local rc=$?
  slurm_stop
  if [ "$rc" -ne 0 ]; then
    log "failed (rc=$rc); logs:"
    tail -n 30 "$S"/log/*.log "$S"/out/* 2>/dev/null >&2 || true
  fi
  [ -n "${KEEP:-}" ] || rm -rf "$WORK"
  exit "$rc"
}
trap cleanup EXIT
t0=$(date +%s%N)
secs() { local d=$(( ($(date +%s%N) - t0) / 1000000 )); printf "%d.%03d" $((d / 1000)) $((d % 1000)); }
slurm_up
log "cluster up in $(secs) s"

cd "$REPO"
RES=$WORK/results
ARRAY=$(sbatch --parsable --array=0-1 --cpus-per-task=1 --output="$S/out/sweep-%A_%a.out" \
  experiments/cluster/slurm-array.sh "$SPEC" "$RES" 2)
MERGE=$(sbatch --parsable --dependency=afterok:"$ARRAY" --output="$S/out/merge-%j.out" \
  experiments/cluster/slurm-merge.sh "$RES")
log "submitted array $ARRAY and merge $MERGE"
# Poll squeue (sbatch --wait backs off and is slow).
for _ in $(seq 1800); do
  [ -z "$(squeue -h -j "$ARRAY,$MERGE" 2>/dev/null)" ] && break
  if squeue -h -j "$MERGE" -o %r 2>/dev/null | grep -q DependencyNeverSatisfied; then log "a shard failed"; exit 6; fi
  sleep 0.2
done
[ -z "$(squeue -h -j "$ARRAY,$MERGE" 2>/dev/null)" ] || { log "jobs still queued after 360 s"; exit 7; }
[ -f "$RES/merged/runs.csv" ] || { log "no merged output"; exit 8; }
log "array and merge done in $(secs) s"

# The same sweep, unsharded, on this machine: the merged tables must be byte-identical.
read -r -a CLI <<< "$CROWDOUT"
"${CLI[@]}" sweep "$SPEC" --out "$WORK/local" --workers 1 --quiet >/dev/null
for f in "$WORK"/local/runs*.csv "$WORK"/local/runs*.parquet; do
  cmp "$f" "$RES/merged/$(basename "$f")" || { log "$(basename "$f") differs from the unsharded sweep"; exit 9; }
done
for i in 0 1; do grep -q '"index": '"$i" "$RES/shard-000$i/manifest.json" || { log "shard $i manifest"; exit 10; }; done
log "ok: 2 shards on Slurm, merged output identical to an unsharded sweep"
