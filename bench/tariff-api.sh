#!/usr/bin/env bash
# Tariff API and token endpoint under load (issue #3). Starts its own dev server (H2, sandbox, demo
# data) with the per-grant polling limit off (tariff.polling.min-interval=PT0S: every wrk
# connection polls the same grant thousands of times a second) on H2 or, with DB=postgres, on a
# throwaway PostgreSQL (bench/dev-server.sh), runs wrk for poll 200 / 304
# against a constant baseline endpoint of the same server and for refresh with rotation, at
# CONNECTIONS (default "16 64") connections, prints the table, then stops the server.
#   PORT=9180 HTTPS_PORT=9543 bench/tariff-api.sh
# env: PORT (9080), HTTPS_PORT (9443), DB (h2 | postgres), THREADS (2), DURATION (15), WARMUP (5), CONNECTIONS ("16 64")
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-9080}
HTTPS_PORT=${HTTPS_PORT:-9443}

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
if ! command -v wrk >/dev/null; then
  echo "Installing wrk from Debian's packages"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq wrk
fi

source bench/dev-server.sh
dev_server_start -Dliberty.var.tariff.polling.min-interval=PT0S "$@"
DB=$DB python3 bench/tariff_api.py "$BASE_URL" "$SERVER_PID"
