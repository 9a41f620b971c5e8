#!/usr/bin/env bash
# Connections that do not come back to Liberty's pool after conditional polls. Starts its own dev
# server (sandbox, demo data, H2 or DB=postgres), shrinks the datasource's pool to POOL (4) so that
# a lost connection shows within a minute, then runs ROUNDS of DURATION-second poll 304 bursts at
# 4 and at 64 connections and, after each, counts the connections the idle pool still holds as in
# use. A correct pool holds none; each one held is lost until the server restarts.
#   PORT=9180 HTTPS_PORT=9543 DB=postgres bench/pool-leak.sh
# env: PORT (9180), HTTPS_PORT (9543), DB, POOL (4), ROUNDS (6), DURATION (20), CONNECTIONS ("4 64"),
#      CM_ATTRS (more attributes of the <connectionManager>, e.g. autoCloseConnection="false")
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-9180}
HTTPS_PORT=${HTTPS_PORT:-9543}
POOL=${POOL:-4}
CM_ATTRS=${CM_ATTRS:-}
command -v wrk >/dev/null || { echo "wrk is missing: bench/tariff-api.sh installs it" >&2; exit 1; }

OVERRIDE=target/liberty/wlp/usr/servers/tariffbridge/configDropins/overrides/bench-small-pool.xml
bench_stop_others() { rm -f "$OVERRIDE"; }
source bench/dev-server.sh
dev_server_start -Dliberty.var.metrics.authentication=false -Dliberty.var.tariff.polling.min-interval=PT0S
cat > "$OVERRIDE" <<XML
<server>
    <dataSource id="tariffBridgeDataSource">
        <connectionManager maxPoolSize="$POOL" minPoolSize="1" connectionTimeout="1s" $CM_ATTRS/>
    </dataSource>
</server>
XML
POOL=$POOL python3 -u bench/pool_leak.py "$BASE_URL" "$SERVER_PID"
