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
PIDS=()
MUNGED_PID=
log() { echo "slurm-local-test: $*" >&2; }
cleanup() {
  local rc=$?
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  [ -n "$MUNGED_PID" ] && kill "$MUNGED_PID" 2>/dev/null || true
  for p in "${PIDS[@]}"; do for _ in $(seq 50); do kill -0 "$p" 2>/dev/null || break; sleep 0.1; done; done
  if [ "$rc" -ne 0 ]; then
    log "failed (rc=$rc); logs:"
    tail -n 30 "$S"/log/*.log "$S"/out/* 2>/dev/null >&2 || true
  fi
  [ -n "${KEEP:-}" ] || rm -rf "$WORK"
  exit "$rc"
}
trap cleanup EXIT
for b in munged slurmctld slurmd sbatch squeue sinfo; do command -v "$b" >/dev/null || { log "missing $b (apt-get install slurm-wlm munge)"; exit 3; }; done
mkdir -p "$S"/{etc,spool/ctld,spool/d,log,out}
cat > "$S/etc/slurm.conf" <<CONF
ClusterName=crowdoutci
SlurmctldHost=localhost
SlurmUser=root
AuthType=auth/munge
CredType=cred/munge
StateSaveLocation=$S/spool/ctld
SlurmdSpoolDir=$S/spool/d
SlurmctldPidFile=$S/slurmctld.pid
SlurmdPidFile=$S/slurmd.pid
SlurmctldLogFile=$S/log/slurmctld.log
SlurmdLogFile=$S/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
MaxArraySize=10001
MpiDefault=none
MailProg=/bin/true
SchedulerParameters=batch_sched_delay=0,sched_min_interval=100000
NodeName=localhost CPUs=$(nproc) RealMemory=1000 State=UNKNOWN
PartitionName=debug Nodes=localhost Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF=$S/etc/slurm.conf

# munged: reuse a running one, else start ours as the munge user (/run/munge is tmpfs).
if ! munge -n 2>/dev/null | unmunge >/dev/null 2>&1; then
  mkdir -p /run/munge /var/log/munge /var/lib/munge && chown munge:munge /run/munge /var/log/munge /var/lib/munge
  if [ ! -s /etc/munge/munge.key ]; then runuser -u munge -- mungekey --create --keyfile=/etc/munge/munge.key; fi
  rm -f /run/munge/munged.pid
  setsid runuser -u munge -- /usr/sbin/munged --foreground >"$S/log/munged.out" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 100); do munge -n 2>/dev/null | unmunge >/dev/null 2>&1 && break; sleep 0.1; done
  MUNGED_PID=$(cat /run/munge/munged.pid 2>/dev/null || true)
  munge -n | unmunge >/dev/null || { log "munged did not start"; exit 4; }
fi
setsid /usr/sbin/slurmctld -D -i >"$S/log/slurmctld.out" 2>&1 &
PIDS+=($!)
setsid /usr/sbin/slurmd -D -N localhost >"$S/log/slurmd.out" 2>&1 &
PIDS+=($!)
t0=$(date +%s%N)
secs() { local d=$(( ($(date +%s%N) - t0) / 1000000 )); printf "%d.%03d" $((d / 1000)) $((d % 1000)); }
for _ in $(seq 300); do [ "$(sinfo -h -o %T 2>/dev/null)" = "idle" ] && break; sleep 0.1; done
[ "$(sinfo -h -o %T)" = "idle" ] || { log "node never became idle: $(sinfo -h -o '%T %E' 2>&1)"; exit 5; }
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
