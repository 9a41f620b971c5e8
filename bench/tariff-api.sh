#!/usr/bin/env bash
# Tariff API and token endpoint under load (issue #3). Starts its own dev server (H2, sandbox, demo
# data) with the per-grant polling limit off (tariff.polling.min-interval=PT0S: every wrk
# connection polls the same grant thousands of times a second), runs wrk for poll 200 / 304
# against a constant baseline endpoint of the same server and for refresh with rotation, at
# CONNECTIONS (default "16 64") connections, prints the table, then stops the server.
#   PORT=9180 HTTPS_PORT=9543 bench/tariff-api.sh
# env: PORT (9080), HTTPS_PORT (9443), THREADS (2), DURATION (15), WARMUP (5), CONNECTIONS ("16 64")
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
PORT=${PORT:-9080}
HTTPS_PORT=${HTTPS_PORT:-9443}

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
if ! command -v wrk >/dev/null; then
  echo "Installing wrk from Debian's packages"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq wrk
fi

if curl -s -o /dev/null "http://localhost:$PORT/"; then
  echo "Something already answers on port $PORT. This benchmark needs a server of its own (polling" >&2
  echo "limit off); stop that one or choose another PORT / HTTPS_PORT." >&2
  exit 1
fi

ports=(-Dhttp.port="$PORT" -Dhttps.port="$HTTPS_PORT")
trap 'mvn -q -B liberty:stop "${ports[@]}"' EXIT
mvn -q -B package liberty:create liberty:deploy liberty:start -DskipTests "${ports[@]}" \
  -Dliberty.var.tariff.polling.min-interval=PT0S

wait_ready "http://localhost:$PORT/health/ready"

pid=$(cat target/liberty/wlp/usr/servers/.pid/tariffbridge.pid 2>/dev/null || true)
python3 bench/tariff_api.py "http://localhost:$PORT" "$pid"
