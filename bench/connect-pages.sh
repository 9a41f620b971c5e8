#!/usr/bin/env bash
# Page latency of the connect flow. Starts the dev server (H2, sandbox, demo data) unless one
# already answers on the port, walks the flow RUNS times, prints p50/p95 per step and the ratio
# to a plain page of the same server, then stops the server it started.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-9080}
RUNS=${RUNS:-30}
started=""
if ! curl -sf -o /dev/null "http://localhost:$PORT/"; then
  mvn -q -B package liberty:create liberty:deploy liberty:start -DskipTests
  started=yes
fi
trap '[ -n "$started" ] && mvn -q -B liberty:stop' EXIT
python3 bench/connect_pages.py "http://localhost:$PORT" "$RUNS"
