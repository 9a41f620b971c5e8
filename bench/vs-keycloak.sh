#!/usr/bin/env bash
# Tariff Bridge against Keycloak on the same machine (issue #16, target 1). Starts Keycloak
# (scripts/keycloak.sh, realm "bench" from bench/keycloak-bench-realm.json: confidential client
# with direct access grants, one user, refresh-token rotation with no reuse, 1-iteration password
# hashing so minting tokens is cheap; its own home, run dir and port, so it never meets the test
# suite's Keycloak; full JIT instead of the tests' C1-only) and our dev server (H2, sandbox, polling
# limit off, admin center off as in production; bench/dev-server.sh), then runs bench/vs_keycloak.py: poll 200 / poll 304 vs userinfo, refresh with
# rotation vs refresh with rotation, two rounds A B A B, RSS after the load, the goals. Stops both.
#   bench/vs-keycloak.sh                      # defaults: ports 9180/9543 and 8280, 64 connections
#   DURATION=3 WARMUP=1 GLOBAL_WARMUP=2 bench/vs-keycloak.sh   # a quick try
# env: PORT (9180), HTTPS_PORT (9543), SMTP_PORT (3125), SMTP_CONTROL_PORT (3180), KEYCLOAK_PORT (8280),
#      KEYCLOAK_RUN_DIR (/tmp/tariffbridge-keycloak-bench), KEYCLOAK_HOME_DIR (~/.cache/tariffbridge/keycloak-bench-26.7.3),
#      KEYCLOAK_JAVA_OPTS_APPEND (none), and those of bench/vs_keycloak.py: THREADS (2), CONNECTIONS (64),
#      DURATION (15), WARMUP (5), ROUNDS (2), GLOBAL_WARMUP (40), OUT (bench/results)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
PORT=${PORT:-9180}
HTTPS_PORT=${HTTPS_PORT:-9543}
export KEYCLOAK_PORT=${KEYCLOAK_PORT:-8280}
export KEYCLOAK_RUN_DIR=${KEYCLOAK_RUN_DIR:-/tmp/tariffbridge-keycloak-bench}
export KEYCLOAK_HOME_DIR=${KEYCLOAK_HOME_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/tariffbridge/keycloak-bench-26.7.3}
export KEYCLOAK_REALM_FILE=bench/keycloak-bench-realm.json
export KEYCLOAK_JAVA_OPTS_APPEND=${KEYCLOAK_JAVA_OPTS_APPEND-}

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk (bench/tariff-api.sh does it)" >&2; exit 1; }
for port in "$PORT" "$HTTPS_PORT" "$KEYCLOAK_PORT"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "Something already listens on port $port; stop it or choose other ports (see the env list)." >&2
    exit 1
  fi
done

bench_stop_others() { scripts/keycloak.sh stop; }
trap bench_stop_others EXIT
source bench/dev-server.sh  # its exit trap then stops both servers

load_at_start=$(cut -d' ' -f1-3 /proc/loadavg)
kc_url=$(scripts/keycloak.sh start)
kc_pid=$(pgrep -g "$(cat "$KEYCLOAK_RUN_DIR/pid")" -x java)

dev_server_start -Dsmtp.port="${SMTP_PORT:-3125}" -Dsmtp.control.port="${SMTP_CONTROL_PORT:-3180}" \
  -Dliberty.var.tariff.polling.min-interval=PT0S

echo "load average before starting the servers: $load_at_start"
LOAD_BEFORE_SERVERS="$load_at_start" python3 bench/vs_keycloak.py "$BASE_URL" "$SERVER_PID" "$kc_url" "$kc_pid"
