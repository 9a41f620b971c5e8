#!/usr/bin/env bash
# Start-up time and memory (issue #16 item 4): builds the dev server (sandbox, demo data; H2, or
# PostgreSQL with DB=postgres) and an empty Liberty server with the same features and jvm.options
# in the same runtime, starts each RUNS times after an uncounted first start, and prints wall time
# to a 200 at /health/ready, Liberty's own start figures, the phases of the product's start and RSS.
#   bench/startup.sh
#   JFR=/tmp/start.jfr bench/startup.sh     also records one more start and prints its hottest frames
# env: PORT (9180), HTTPS_PORT (9543), BARE_PORT (9181), BARE_HTTPS_PORT (9544), RUNS (3), DB, JFR
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-9180}
HTTPS_PORT=${HTTPS_PORT:-9543}
BARE_PORT=${BARE_PORT:-9181}
BARE_HTTPS_PORT=${BARE_HTTPS_PORT:-9544}
WLP=target/liberty/wlp
BARE=bare-liberty

bench_stop_others() { "$WLP/bin/server" stop "$BARE" >/dev/null 2>&1 || true; }
source bench/dev-server.sh
dev_server_start
./mvnw -q -B liberty:stop -Dhttp.port="$PORT" -Dhttps.port="$HTTPS_PORT"

# the empty server: our featureManager block, our jvm.options, nothing deployed
rm -rf "$WLP/usr/servers/$BARE"
"$WLP/bin/server" create "$BARE" >/dev/null
{
  echo '<server description="empty server with the product'"'"'s features">'
  sed -n '/<featureManager>/,/<\/featureManager>/p' src/main/liberty/config/server.xml
  echo "    <httpEndpoint id=\"defaultHttpEndpoint\" host=\"*\" httpPort=\"$BARE_PORT\" httpsPort=\"$BARE_HTTPS_PORT\"/>"
  echo '    <keyStore id="defaultKeyStore" password="bench-only-keystore"/>'
  echo '</server>'
} > "$WLP/usr/servers/$BARE/server.xml"
cp src/main/liberty/config/jvm.options "$WLP/usr/servers/$BARE/jvm.options"

DB=$SERVER_DB python3 -u bench/startup.py "$WLP" tariffbridge "$BARE" "$PORT" "$BARE_PORT"
