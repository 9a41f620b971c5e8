#!/usr/bin/env bash
# A production-shaped group of servers on one machine, to watch fail-over and rehearse faults:
#   PostgreSQL (scripts/postgres.sh) shared by everything below;
#   the sandbox alone at http://localhost:9090/sandbox/... (FlatPeak, billing, companion app);
#   product servers A (http 9080, https 9443) and B (9081, 9444), each made like a provider's:
#   the runtime's template, docs/liberty/tariff-bridge-fragment.xml and tariff-bridge-sessions.xml,
#   the WAR, the dev server's staff login (admin / admin-demo-pass) and demo customers.
# The sync runs every minute and the timers fail over after missedTaskThreshold's minimum (100 s).
#
#   scripts/cluster.sh start     build if needed, start everything, print when A and B are ready
#   scripts/cluster.sh stop      stop everything it started, by pid
#   scripts/cluster.sh pid A|B|sandbox   the server's JVM pid (kill -9 it to rehearse a crash)
#   scripts/cluster.sh up A|B    start a server again after a crash, print when it is ready
# env: CLUSTER_DIR (target/cluster), PG_PORT (55433), PG_DIR (/tmp/tariffbridge-cluster-pg),
#      CLUSTER_FLATPEAK_URL (the sandbox's FlatPeak API): where A and B call FlatPeak, e.g. through
#      the fault proxy of bench/cluster-faults.sh
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
CLUSTER_DIR=${CLUSTER_DIR:-$ROOT/target/cluster}
WLP=$ROOT/target/liberty/wlp
export PG_PORT=${PG_PORT:-55433}
export PG_DIR=${PG_DIR:-/tmp/tariffbridge-cluster-pg}
export WLP_USER_DIR=$CLUSTER_DIR/usr
SANDBOX_URL=http://localhost:9090

pid_of() {
  local file="$WLP_USER_DIR/servers/.pid/$1.pid"
  [ -f "$file" ] && cat "$file"
}

server_pid() {
  case "${1:-}" in
    A | a) pid_of a ;;
    B | b) pid_of b ;;
    sandbox) pid_of sandbox ;;
    *) echo "usage: $0 pid A|B|sandbox" >&2; exit 2 ;;
  esac
}

await() { # url, what
  for _ in $(seq 1 240); do
    if curl -fs -o /dev/null --max-time 5 "$1"; then return 0; fi
    sleep 1
  done
  echo "$2 did not answer at $1 within 240 s; see $WLP_USER_DIR/servers/*/logs/messages.log" >&2
  return 1
}

create_server() { # name http https
  "$WLP/bin/server" create "$1" --template=microProfile7 >/dev/null
  local dir=$WLP_USER_DIR/servers/$1
  sed -i -e "s/\"9080\"/\"$2\"/" -e "s/\"9443\"/\"$3\"/" "$dir/server.xml"
  mkdir -p "$dir/configDropins/overrides" "$dir/apps"
  cp src/main/liberty/config/jvm.options "$dir/jvm.options"
  echo "$dir"
}

product_server() { # name http https
  local dir
  dir=$(create_server "$1" "$2" "$3")
  cp docs/liberty/tariff-bridge-fragment.xml "$dir/configDropins/overrides/tariff-bridge.xml"
  cp docs/liberty/tariff-bridge-sessions.xml "$dir/configDropins/overrides/tariff-bridge-sessions.xml"
  cp src/main/liberty/config/staff-basic.xml "$dir/configDropins/overrides/staff.xml"
  cp target/tariff-bridge.war "$dir/apps/"
  # the template's server.env ends without a newline
  printf '\n' >>"$dir/server.env"
  cat >>"$dir/server.env" <<EOF
TARIFFBRIDGE_DB_URL=$PG_URL
TARIFFBRIDGE_DB_USER=tariffbridge
TARIFFBRIDGE_DB_PASSWORD=tariffbridge
TARIFFBRIDGE_PUBLIC_URL=http://localhost:$2
TARIFFBRIDGE_SESSION_COOKIE_SECURE=false
ADMIN_HTTPS_ONLY=false
TARIFFBRIDGE_LTPA_KEYS_PASSWORD=cluster-ltpa-keys
TARIFFBRIDGE_TIMERS_MISSED_TASK_THRESHOLD=100s
ADMIN_PASSWORD=admin-demo-pass
SERVER_ADMIN_PASSWORD=server-admin-demo-pass
METRICS_PASSWORD=metrics-demo-pass
FLATPEAK_API_URL=${CLUSTER_FLATPEAK_URL:-$SANDBOX_URL/sandbox/flatpeak}
FLATPEAK_API_USERNAME=sandbox-provider
FLATPEAK_API_PASSWORD=sandbox-provider-secret
FLATPEAK_CLIENT_ID=sandbox-client
FLATPEAK_CLIENT_SECRET=sandbox-secret
FLATPEAK_REDIRECT_ALLOWED_HOSTS=$SANDBOX_URL
BILLING_API_URL=$SANDBOX_URL/sandbox/billing
BILLING_API_KEY=sandbox-billing-key
SYNC_INTERVAL=PT1M
EOF
}

sandbox_server() {
  local dir
  dir=$(create_server sandbox 9090 9445)
  cp scripts/cluster/sandbox-server.xml "$dir/server.xml"
  cp target/tariff-bridge-sandbox.war "$dir/apps/"
  printf '\n' >>"$dir/server.env"
  cat >>"$dir/server.env" <<EOF
HTTP_PORT=9090
TARIFFBRIDGE_DB_URL=$PG_URL
TARIFFBRIDGE_DB_USER=tariffbridge
TARIFFBRIDGE_DB_PASSWORD=tariffbridge
TARIFFBRIDGE_PUBLIC_URL=$SANDBOX_URL
SANDBOX_PRODUCT_URL=http://localhost:9080
SANDBOX_ENABLED=true
DEMO_SEED=true
FLATPEAK_API_USERNAME=sandbox-provider
FLATPEAK_API_PASSWORD=sandbox-provider-secret
FLATPEAK_CLIENT_ID=sandbox-client
FLATPEAK_CLIENT_SECRET=sandbox-secret
SANDBOX_BILLING_API_KEY=sandbox-billing-key
EOF
}

start() {
  if [ -n "$(pid_of a)" ] && kill -0 "$(pid_of a)" 2>/dev/null; then
    echo "the cluster is running already (scripts/cluster.sh stop first)" >&2
    exit 1
  fi
  if [ ! -f target/tariff-bridge.war ] || [ ! -f target/tariff-bridge-sandbox.war ] || [ ! -x "$WLP/bin/server" ]; then
    ./mvnw -B -ntp -q -DskipTests package
  fi
  PG_URL=$(scripts/postgres.sh start)
  rm -rf "$CLUSTER_DIR"
  mkdir -p "$WLP_USER_DIR/shared/resources/jdbc"
  cp target/liberty/wlp/usr/servers/tariffbridge/lib/jdbc/postgresql-*.jar "$WLP_USER_DIR/shared/resources/jdbc/"
  product_server a 9080 9443
  product_server b 9081 9444
  sandbox_server

  # A migrates the schema that the sandbox's demo seeding writes into; B joins as in a rolling start.
  "$WLP/bin/server" start a >/dev/null
  await http://localhost:9080/health/started "server A"
  "$WLP/bin/server" start sandbox >/dev/null
  await "$SANDBOX_URL/sandbox/" "the sandbox"
  "$WLP/bin/server" start b >/dev/null
  await http://localhost:9080/health/ready "server A"
  await http://localhost:9081/health/ready "server B"
  echo "cluster ready: A http://localhost:9080 (pid $(pid_of a)), B http://localhost:9081 (pid $(pid_of b)),"
  echo "  sandbox $SANDBOX_URL/sandbox/ (pid $(pid_of sandbox)), PostgreSQL $PG_URL"
}

up() { # A|B
  local name port
  case "${1:-}" in
    A | a) name=a port=9080 ;;
    B | b) name=b port=9081 ;;
    *) echo "usage: $0 up A|B" >&2; exit 2 ;;
  esac
  if [ -n "$(pid_of "$name")" ] && kill -0 "$(pid_of "$name")" 2>/dev/null; then
    echo "server ${name^^} is running already (pid $(pid_of "$name"))" >&2
    exit 1
  fi
  rm -f "$WLP_USER_DIR/servers/.pid/$name.pid"
  "$WLP/bin/server" start "$name" >/dev/null
  await "http://localhost:$port/health/ready" "server ${name^^}"
  echo "server ${name^^} ready at http://localhost:$port (pid $(pid_of "$name"))"
}

stop() {
  for name in a b sandbox; do
    local pid
    pid=$(pid_of "$name" || true)
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
      kill -9 "$pid" 2>/dev/null || true
    fi
    rm -f "$WLP_USER_DIR/servers/.pid/$name.pid"
  done
  scripts/postgres.sh stop
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  pid) server_pid "${2:-}" ;;
  up) up "${2:-}" ;;
  *) echo "usage: $0 start|stop|pid A|B|sandbox|up A|B" >&2; exit 2 ;;
esac
