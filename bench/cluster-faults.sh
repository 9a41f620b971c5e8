#!/usr/bin/env bash
# Fault rehearsals F1-F5 on a two-server cluster on this machine (issue #13): builds the WARs,
# starts scripts/cluster.sh with A and B calling FlatPeak through a fault proxy, rehearses, prints
# what each rehearsal saw and stops the cluster (KEEP=1 leaves it running).
#   bench/cluster-faults.sh            all of F1-F5 (about 15 minutes)
#   bench/cluster-faults.sh F2 F5      only those
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${REUSE:-}" != 1 ] && { curl -s -o /dev/null http://localhost:9080/ || curl -s -o /dev/null http://localhost:9090/; }; then
  echo "Something already answers on port 9080 or 9090; the cluster needs them (scripts/cluster.sh stop?)" >&2
  exit 1
fi
if ! command -v psql >/dev/null; then
  echo "Installing postgresql-client from Debian's packages"
  if [ "$(id -u)" -eq 0 ]; then apt-get update -qq && apt-get install -y -qq postgresql-client
  else sudo apt-get update -qq && sudo apt-get install -y -qq postgresql-client; fi
fi
./mvnw -B -ntp -q -DskipTests package
exec python3 -u bench/cluster_faults.py "$@"
