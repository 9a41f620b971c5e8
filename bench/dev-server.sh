# Sourced by the bench scripts: starts a dev server of their own (sandbox, demo data) and stops it
# on exit. DB=h2 (default) is the embedded database in the server's data directory; DB=postgres
# starts a throwaway PostgreSQL through scripts/postgres.sh on BENCH_PG_PORT (55434), with fsync
# and synchronous commit on as in production, and points the server at it.
#   source bench/dev-server.sh
#   dev_server_start [--fresh] [-Dliberty.var.x=y ...]   sets SERVER_PID, BASE_URL and SERVER_DB
#   (the -D arguments go to every Maven call: server variables, or -Dliberty.runtime.version=…)
#   (the server's db variable: h2 | postgresql; a later `server start` needs it as DB)
# The Liberty admin center is off, as in the product's default and the production server (the dev
# server of `liberty:run` has it on): it loads its own features and apps, which are not the product's
# cost. ADMIN_CENTER=on measures the server with it.
# env: PORT, HTTPS_PORT (set by the caller), DB (h2 | postgres), BENCH_PG_PORT, BENCH_PG_DIR, ADMIN_CENTER (off)
. bench/lib.sh
DB=${DB:-h2}
BENCH_PG_PORT=${BENCH_PG_PORT:-55434}
BENCH_PG_DIR=${BENCH_PG_DIR:-/tmp/tariffbridge-bench-pg}
SERVER_DIR=target/liberty/wlp/usr/servers/tariffbridge

# On exit it stops the server, its PostgreSQL, and whatever else the bench started: a bench that
# starts more (Keycloak, a second server) defines bench_stop_others.
dev_server_stop() {
  ./mvnw -q -B liberty:stop -Dhttp.port="$PORT" -Dhttps.port="$HTTPS_PORT" || true
  if [ "$DB" = postgres ]; then
    PG_PORT=$BENCH_PG_PORT PG_DIR=$BENCH_PG_DIR scripts/postgres.sh stop
  fi
  if declare -F bench_stop_others >/dev/null; then bench_stop_others; fi
}

dev_server_start() {
  # production's environment (docs/production/server.env.example); not in the pom, because a
  # liberty.env.* property makes the plugin rewrite server.env and drop the LTPA keys' password
  export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
  local fresh=""
  if [ "${1:-}" = --fresh ]; then fresh=yes; shift; fi
  if curl -s -o /dev/null "http://localhost:$PORT/"; then
    echo "Something already answers on port $PORT. This benchmark needs a server of its own;" >&2
    echo "stop that one or choose another PORT / HTTPS_PORT." >&2
    exit 1
  fi
  local ports=(-Dhttp.port="$PORT" -Dhttps.port="$HTTPS_PORT")
  local server_args=(-Dliberty.bootstrap.admin.center="${ADMIN_CENTER:-off}")
  SERVER_DB=h2
  case "$DB" in
    h2) ;;
    postgres)
      PG_PORT=$BENCH_PG_PORT PG_DIR=$BENCH_PG_DIR PG_FSYNC=on scripts/postgres.sh start >/dev/null
      # db picks an include, which Liberty resolves before configDropins: the environment carries
      # it to the server process, the Maven property keeps the plugin's own variable in step
      SERVER_DB=postgresql
      server_args+=(-Dliberty.var.db=postgresql -Dliberty.var.db.host=127.0.0.1 -Dliberty.var.db.port="$BENCH_PG_PORT"
        -Dliberty.var.db.user=tariffbridge -Dliberty.var.db.password=tariffbridge)
      ;;
    *) echo "DB must be h2 or postgres, not $DB" >&2; exit 2 ;;
  esac
  trap dev_server_stop EXIT
  ./mvnw -q -B package liberty:create liberty:deploy -DskipTests "${ports[@]}" "${server_args[@]}" "$@"
  if [ -n "$fresh" ]; then rm -rf "$SERVER_DIR/data"; fi
  # a previous mvn verify leaves the test server's overrides (pages of 5, short timeouts) behind
  rm -f "$SERVER_DIR/configDropins/overrides/test-settings.xml"
  DB=$SERVER_DB ./mvnw -q -B liberty:start -DskipTests "${ports[@]}" "${server_args[@]}" "$@"
  wait_ready "http://localhost:$PORT/health/ready" 180
  SERVER_PID=$(cat target/liberty/wlp/usr/servers/.pid/tariffbridge.pid 2>/dev/null || true)
  BASE_URL=http://localhost:$PORT
  echo "dev server on $DB ready at $BASE_URL (pid $SERVER_PID)"
}
