#!/usr/bin/env bash
# Runs a sweep as a real Slurm job array on a single-node cluster started
# here from Debian packages (shared/SLURM.md), with the template that
# `demarche emit slurm` prints, merges the parts, and checks the merged
# report equals the local unsharded one byte for byte.
# Skips (exit 0, with the reason) when the machine cannot run Slurm.
set -uo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
demarche="$root/.build/release/demarche"
skip() { echo "SKIP Slurm integration test: $*"; exit 0; }

[ "$(id -u)" -eq 0 ] || skip "needs root to install and start slurmctld/slurmd"
[ -x "$demarche" ] || skip "no release build at $demarche"
if ! command -v slurmctld >/dev/null || ! command -v munged >/dev/null; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq slurm-wlm munge >/tmp/demarche-slurm-apt.log 2>&1 \
        || skip "apt-get install slurm-wlm munge failed (see /tmp/demarche-slurm-apt.log)"
fi

host=$(hostname -s)
cpus=$(nproc)
memory=$(( $(awk '/MemTotal/ {print int($2/1024)}' /proc/meminfo) - 1024 ))
mkdir -p /etc/munge /var/spool/slurmctld /var/spool/slurmd /var/log/slurm /run/munge
if [ ! -s /etc/munge/munge.key ]; then
    dd if=/dev/urandom of=/etc/munge/munge.key bs=1024 count=1 status=none
fi
chown munge:munge /etc/munge/munge.key /run/munge 2>/dev/null; chmod 400 /etc/munge/munge.key
pgrep -x munged >/dev/null || runuser -u munge -- /usr/sbin/munged --force || skip "munged does not start"
cat > /etc/slurm/slurm.conf <<CONF
ClusterName=demarche
SlurmctldHost=$host
SlurmUser=root
AuthType=auth/munge
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
StateSaveLocation=/var/spool/slurmctld
SlurmdSpoolDir=/var/spool/slurmd
SlurmctldLogFile=/var/log/slurm/slurmctld.log
SlurmdLogFile=/var/log/slurm/slurmd.log
ReturnToService=2
NodeName=$host CPUs=$cpus RealMemory=$memory State=UNKNOWN
PartitionName=debug Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF
pgrep -x slurmctld >/dev/null || slurmctld || skip "slurmctld does not start"
pgrep -x slurmd >/dev/null || slurmd || skip "slurmd does not start"
for _ in $(seq 1 30); do sinfo -h -o %T 2>/dev/null | grep -qE '^(idle|mixed|allocated)' && break; sleep 1; done
sinfo -h -o %T | grep -qE '^(idle|mixed|allocated)' || skip "the node never became idle: $(sinfo 2>&1 | tail -1)"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
shards=4
"$demarche" emit slurm --sweep "$root/Tests/Slurm/oat-sweep.yaml" --shards $shards --parts parts \
    | sed "s|^demarche |$demarche |; s|^    --out|    --out|" > sweep.sbatch
sed -i "s|^demarche sweep|$demarche sweep|" sweep.sbatch
mkdir -p parts
echo "Submitting a $shards-task job array:"
sbatch --wait sweep.sbatch || { echo "FAIL: the job array failed"; cat parts/*.log; exit 1; }
ls parts/part-*.json
"$demarche" merge parts/part-*.json --out merged.md || { echo "FAIL: merge"; exit 1; }
"$demarche" sweep "$root/Tests/Slurm/oat-sweep.yaml" --quiet --out local.md || { echo "FAIL: local sweep"; exit 1; }
if cmp -s merged.md local.md; then
    echo "PASS Slurm integration test: $shards-task job array merged = local unsharded report ($(wc -c < merged.md) bytes, byte-identical)"
else
    echo "FAIL: the merged Slurm report differs from the local one"; diff merged.md local.md | head -20; exit 1
fi
