#!/usr/bin/env bash
# Tariff sync from the billing system at scale (issue #4). Starts its own dev server (H2, sandbox)
# on a FRESH database (the server's data directory is deleted first), generates COUNT (100,000)
# supply points with active grants through the sandbox billing system, runs sync runs through the
# admin API while sampling heap and RSS and polling the tariff API, then the raw JDBC baseline,
# prints the figures and stops the server.
#   PORT=9190 HTTPS_PORT=9553 bench/billing-sync.sh
# env: PORT (9190), HTTPS_PORT (9553), COUNT (100000), POLLERS (2), IDLE_SECONDS (10)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
PORT=${PORT:-9190}
HTTPS_PORT=${HTTPS_PORT:-9553}

if curl -s -o /dev/null "http://localhost:$PORT/"; then
  echo "Something already answers on port $PORT; choose another PORT / HTTPS_PORT." >&2
  exit 1
fi

ports=(-Dhttp.port="$PORT" -Dhttps.port="$HTTPS_PORT")
trap 'mvn -q -B liberty:stop "${ports[@]}"' EXIT
mvn -q -B package liberty:create liberty:deploy -DskipTests "${ports[@]}"
rm -rf target/liberty/wlp/usr/servers/tariffbridge/data
# a previous mvn verify leaves the test server's overrides (pages of 5, short timeouts) behind
rm -f target/liberty/wlp/usr/servers/tariffbridge/configDropins/overrides/test-settings.xml
# polls without a limit, so the poll loop measures the API and not the 429 path
mvn -q -B liberty:start -DskipTests "${ports[@]}" -Dliberty.var.tariff.polling.min-interval=PT0S

wait_ready "http://localhost:$PORT/health/ready" 180

pid=$(cat target/liberty/wlp/usr/servers/.pid/tariffbridge.pid 2>/dev/null || true)
python3 bench/billing_sync.py "http://localhost:$PORT" "$pid"
