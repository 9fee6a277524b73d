#!/bin/bash
# `npm run bench:cluster`: runs/s of an N-task Slurm array against N local workers, on the same
# machine, for sizing a cluster job. Starts a real single-node Slurm (experiments/cluster/
# slurm-up.sh; needs root, slurm-wlm and munge), then alternates (ABBA) over ROUNDS rounds:
#   local: crowdout sweep SPEC --workers N (one process, N worker threads);
#   slurm: sbatch --array=0-(N-1) --cpus-per-task=1 experiments/cluster/slurm-array.sh (each task
#          one shard with --workers 1), timed from submission until squeue is empty (polled every
#          0.1 s), then `crowdout merge` of the shards timed on its own.
# The spec is the default baseline, LHS over hyperscaler.capexScale, RUNS runs.
# Env: RUNS (default 32), TASKS (default nproc), ROUNDS (default 2), JSON=1 (one JSON line on
# stdout, the rest on stderr). Daemons are stopped by PID on exit.
set -euo pipefail
REPO=$(cd "$(dirname "$0")/../.." && pwd)
RUNS=${RUNS:-32}
TASKS=${TASKS:-$(nproc)}
ROUNDS=${ROUNDS:-2}
for v in RUNS TASKS ROUNDS; do [[ "${!v}" =~ ^[1-9][0-9]*$ ]] || { echo "bench:cluster: $v must be a positive integer (got \"${!v}\")" >&2; exit 2; }; done
export CROWDOUT=${CROWDOUT:-node $REPO/bin/crowdout.mjs}
read -r -a CLI <<< "$CROWDOUT"
WORK=$(mktemp -d /tmp/crowdout-bench-cluster-XXXXXX)
S=$WORK/slurm
log() { echo "bench:cluster: $*" >&2; }
say() { if [ -n "${JSON:-}" ]; then echo "$*" >&2; else echo "$*"; fi; }
# shellcheck source=experiments/cluster/slurm-up.sh
source "$REPO/experiments/cluster/slurm-up.sh"
cleanup() {
  local rc=$?
  slurm_stop
  [ "$rc" -eq 0 ] || tail -n 20 "$S"/log/*.log "$S"/out/* 2>/dev/null >&2 || true
  rm -rf "$WORK"
  exit "$rc"
}
trap cleanup EXIT
now() { date +%s%N; }
ms() { echo $(( ($2 - $1) / 1000000 )); }

cat > "$WORK/spec.json" <<SPEC
{"name":"bench-cluster","base":"baseline","seed":1,
 "parameters":[{"path":"hyperscaler.capexScale","min":0.5,"max":2}],
 "design":{"type":"lhs","samples":$RUNS},
 "outputs":{"metrics":["exhaustionDay","assets.crypto.maxDrawdown"]}}
SPEC
t=$(now)
slurm_up
say "bench:cluster: $RUNS runs, $TASKS array tasks vs $TASKS local workers, $ROUNDS rounds; Slurm up in $(ms "$t" "$(now)") ms; load average $(cut -d' ' -f1 /proc/loadavg) on $(nproc) cores; commit $(git -C "$REPO" rev-parse --short=12 HEAD 2>/dev/null || echo '?')"
cd "$REPO"

local_once() {
  local out=$WORK/local-$1 t0
  t0=$(now)
  "${CLI[@]}" sweep "$WORK/spec.json" --out "$out" --workers "$TASKS" --quiet >/dev/null
  LOCAL_MS+=("$(ms "$t0" "$(now)")")
}
slurm_once() {
  local res=$WORK/slurm-$1 t0 array
  t0=$(now)
  array=$(sbatch --parsable --array=0-$((TASKS - 1)) --cpus-per-task=1 --output="$S/out/sweep-%A_%a.out" \
    experiments/cluster/slurm-array.sh "$WORK/spec.json" "$res" "$TASKS")
  for _ in $(seq 36000); do [ -z "$(squeue -h -j "$array" 2>/dev/null)" ] && break; sleep 0.1; done
  [ -z "$(squeue -h -j "$array" 2>/dev/null)" ] || { log "array $array still queued after an hour"; exit 7; }
  SLURM_MS+=("$(ms "$t0" "$(now)")")
  for i in $(seq 0 $((TASKS - 1))); do
    [ -f "$res/shard-$(printf %04d "$i")/runs.csv" ] || { log "shard $i of array $array wrote no runs.csv"; exit 8; }
  done
  t0=$(now)
  "${CLI[@]}" merge "$res"/shard-* --out "$res/merged" >/dev/null
  MERGE_MS+=("$(ms "$t0" "$(now)")")
}
LOCAL_MS=(); SLURM_MS=(); MERGE_MS=()
for r in $(seq 1 "$ROUNDS"); do
  if [ $((r % 2)) -eq 1 ]; then local_once "$r"; slurm_once "$r"; else slurm_once "$r"; local_once "$r"; fi
  cmp -s "$WORK/slurm-$r/merged/runs.csv" "$WORK/local-$r/runs.csv" || { log "round $r: the merged runs.csv differs from the local sweep's"; exit 9; }
  say "  round $r: local ${LOCAL_MS[-1]} ms, slurm array ${SLURM_MS[-1]} ms, merge ${MERGE_MS[-1]} ms; load average $(cut -d' ' -f1 /proc/loadavg)"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
L=$(median "${LOCAL_MS[@]}"); A=$(median "${SLURM_MS[@]}"); M=$(median "${MERGE_MS[@]}")
rate() { awk -v n="$RUNS" -v ms="$1" 'BEGIN {printf "%.2f", n / (ms / 1000)}'; }
RATIO=$(awk -v a="$A" -v l="$L" 'BEGIN {printf "%.2f", l / a}')
say "local, $TASKS workers:      $(rate "$L") runs/s (median ${L} ms)"
say "Slurm, $TASKS-task array:   $(rate "$A") runs/s (median ${A} ms, submission to empty queue)"
say "array / local runs/s:      $RATIO   (+ merge of $TASKS shards: median ${M} ms)"
if [ -n "${JSON:-}" ]; then
  echo "{\"runs\":$RUNS,\"tasks\":$TASKS,\"rounds\":$ROUNDS,\"localMs\":$L,\"slurmMs\":$A,\"mergeMs\":$M,\"localRunsPerSec\":$(rate "$L"),\"slurmRunsPerSec\":$(rate "$A"),\"ratio\":$RATIO}"
fi
