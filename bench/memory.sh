#!/usr/bin/env bash
# Resident memory under mixed load and heap as grants grow (issue #16 item 2). Starts its own dev
# server (sandbox, demo data, H2 or DB=postgres) with the dev jvm.options plus native memory
# tracking, runs MINUTES (10) of mixed poll and refresh load, prints RSS, threads and heap over
# time and where the memory went; with GROW_TO=1000000 also grows the grants and reads the heap.
#   PORT=9180 HTTPS_PORT=9543 GROW_TO=1000000 bench/memory.sh
# env: PORT (9180), HTTPS_PORT (9543), DB, MINUTES (10), GRANTS (1000), REFRESH_CLIENTS (2), GROW_TO (0)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-9180}
HTTPS_PORT=${HTTPS_PORT:-9543}
command -v wrk >/dev/null || { echo "wrk is missing: bench/tariff-api.sh installs it" >&2; exit 1; }

source bench/dev-server.sh
# liberty:start hands the environment to the server script, which adds JVM_ARGS to jvm.options
export JVM_ARGS="${JVM_ARGS:-} -XX:NativeMemoryTracking=summary"
dev_server_start -Dliberty.var.tariff.polling.min-interval=PT0S
DB=$DB python3 -u bench/memory.py "$BASE_URL" "$SERVER_PID"
