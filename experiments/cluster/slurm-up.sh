# Sourced by slurm-local-test.sh and experiments/bench/cluster.sh: a real single-node Slurm
# cluster on this machine (slurmctld, slurmd and, if none is running, munged), configured under
# $S and started by hand, because apt cannot start services here (no systemd). The caller sets S
# (a work directory) and defines log(); slurm_up starts the daemons and waits for the node to be
# idle; slurm_stop ends them by PID. Needs root and the Debian packages slurm-wlm and munge.
PIDS=()
MUNGED_PID=
slurm_stop() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  [ -n "$MUNGED_PID" ] && kill "$MUNGED_PID" 2>/dev/null || true
  for p in "${PIDS[@]}"; do for _ in $(seq 50); do kill -0 "$p" 2>/dev/null || break; sleep 0.1; done; done
}
slurm_up() {
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
  for _ in $(seq 300); do [ "$(sinfo -h -o %T 2>/dev/null)" = "idle" ] && break; sleep 0.1; done
  [ "$(sinfo -h -o %T)" = "idle" ] || { log "node never became idle: $(sinfo -h -o '%T %E' 2>&1)"; exit 5; }
}
