#!/usr/bin/env bash
# Tariff sync from the billing system at scale (issue #4). Starts its own dev server (H2, sandbox)
# on a FRESH database (the server's data directory is deleted first), generates COUNT (100,000; in calls of at most 200,000)
# supply points with active grants through the sandbox billing system, runs sync runs through the
# admin API while sampling heap and RSS and polling the tariff API, then the raw JDBC baseline,
# prints the figures and stops the server.
#   PORT=9190 HTTPS_PORT=9553 bench/billing-sync.sh [-Dliberty.var.sync.pace=1 ...]   (arguments: server variables)
# env: PORT (9190), HTTPS_PORT (9553), DB (h2 | postgres: a throwaway PostgreSQL), COUNT (100000), POLLERS (2), IDLE_SECONDS (60)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-9190}
HTTPS_PORT=${HTTPS_PORT:-9553}

source bench/dev-server.sh
# polls without a limit, so the poll loop measures the API and not the 429 path
dev_server_start --fresh -Dliberty.var.tariff.polling.min-interval=PT0S "$@"
DB=$DB python3 bench/billing_sync.py "$BASE_URL" "$SERVER_PID"
