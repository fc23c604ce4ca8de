#!/usr/bin/env bash
# Starts a single-node Slurm in a temporary directory (munged as the munge
# user, then slurmctld and slurmd, run as root), submits the N shards of
# `leakgate git REPO --shard K/N` as a job array, merges them and compares
# the merge with an unsharded run (summary.duration_ms aside). Exit 0 when
# they are equal. Usage: scripts/slurm-shards.sh BINARY REPO [N]
set -euo pipefail
bin=$(readlink -f "$1"); repo=$(readlink -f "$2"); n=${3:-3}
dir=$(mktemp -d /tmp/leakgate-slurm.XXXXXX)
chmod 755 "$dir"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -s "$dir/munge/pid" ] && kill "$(cat "$dir/munge/pid")" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$dir"
}
trap cleanup EXIT
started=$(date +%s.%N)
mkdir -p "$dir"/{munge,spool,state,out} && chown munge: "$dir/munge"
[ -s /etc/munge/munge.key ] || /usr/sbin/mungekey --create 2>/dev/null || true
sudo_munge() { if command -v runuser >/dev/null; then runuser -u munge -- "$@"; else su -s /bin/sh munge -c "$*"; fi; }
sudo_munge /usr/sbin/munged -F --socket="$dir/munge/socket" --pid-file="$dir/munge/pid" \
  --log-file="$dir/munge/log" --seed-file="$dir/munge/seed" &
pids+=($!)
host=$(hostname -s)
cat > "$dir/slurm.conf" <<CONF
ClusterName=leakgate
SlurmctldHost=$host
AuthType=auth/munge
AuthInfo=socket=$dir/munge/socket
CredType=cred/munge
SlurmUser=root
SlurmdUser=root
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/slurmctld.pid
SlurmdPidFile=$dir/slurmd.pid
SlurmctldPort=16817
SlurmdPort=16818
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SchedulerType=sched/builtin
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
MpiDefault=none
NodeName=$host CPUs=$(nproc) State=UNKNOWN
PartitionName=debug Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF="$dir/slurm.conf"
for _ in $(seq 50); do [ -S "$dir/munge/socket" ] && break; sleep 0.1; done
/usr/sbin/slurmctld -D -i -f "$SLURM_CONF" >"$dir/slurmctld.log" 2>&1 & pids+=($!)
/usr/sbin/slurmd -D -f "$SLURM_CONF" >"$dir/slurmd.log" 2>&1 & pids+=($!)
for _ in $(seq 100); do sinfo -h -o %T 2>/dev/null | grep -qx idle && break; sleep 0.2; done
up=$(date +%s.%N)
cat > "$dir/shards.sbatch" <<JOB
#!/bin/bash
#SBATCH --array=0-$((n - 1))
#SBATCH --output=$dir/out/log-%a.txt
exec "$bin" git "$repo" -j1 -q --shard "\$SLURM_ARRAY_TASK_ID/\$SLURM_ARRAY_TASK_COUNT" \
  -o "$dir/out/shard-\$SLURM_ARRAY_TASK_ID.jsonl"
JOB
timeout 120 sbatch --wait -Q "$dir/shards.sbatch"
done_at=$(date +%s.%N)
"$bin" merge "$dir"/out/shard-*.jsonl -f json >"$dir/merged.json" || true
"$bin" git "$repo" -q -f json >"$dir/whole.json" || true
strip() { sed -E 's/"duration_ms": [0-9]+//' "$1"; }
if cmp -s <(strip "$dir/merged.json") <(strip "$dir/whole.json"); then
  printf 'slurm: %d shards as a job array, merged = unsharded (%s bytes); slurm up %.1f s, array %.1f s\n' \
    "$n" "$(wc -c <"$dir/whole.json")" "$(echo "$up - $started" | bc)" "$(echo "$done_at - $up" | bc)"
else
  echo "slurm: the merge differs from the unsharded report" >&2
  diff <(strip "$dir/merged.json") <(strip "$dir/whole.json") | head -20 >&2
  exit 1
fi
