#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server on loopback for the tests that prove production behaviour
# (several Liberty servers sharing one database). Installs Debian's postgresql if missing, runs it
# as the postgres user (it refuses root), data under /tmp, stopped with `scripts/postgres.sh stop`.
#   scripts/postgres.sh start   -> prints the JDBC URL; user/password tariffbridge/tariffbridge
#   scripts/postgres.sh stop    stops it, keeping the data
#   scripts/postgres.sh resume  starts the stopped server on its data again (a database restart)
# env: PG_PORT (55432), PG_DIR (/tmp/tariffbridge-pg), PG_FSYNC (off; on for production-like durability)
set -euo pipefail
PG_PORT=${PG_PORT:-55432}
PG_DIR=${PG_DIR:-/tmp/tariffbridge-pg}
# the tests run without fsync (nothing there survives a crash anyway); benchmarks ask for it
PG_FSYNC=${PG_FSYNC:-off}

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
as_postgres() { if [ "$(id -un)" = postgres ]; then "$@"; else as_root runuser -u postgres -- "$@"; fi; }

pg_start() {
  as_postgres "$BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w \
    -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $PG_DIR -c fsync=$PG_FSYNC -c max_connections=200" start >/dev/null
}

bin_dir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }

case "${1:-start}" in
  start)
    if [ -z "$(bin_dir)" ]; then
      echo "Installing postgresql from Debian's packages" >&2
      as_root apt-get update -qq
      DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends postgresql >&2
    fi
    BIN=$(bin_dir)
    if as_postgres "$BIN/pg_ctl" -D "$PG_DIR/data" status >/dev/null 2>&1; then
      as_postgres "$BIN/pg_ctl" -D "$PG_DIR/data" -m fast stop >/dev/null
    fi
    as_root rm -rf "$PG_DIR"
    as_root mkdir -p "$PG_DIR"
    as_root chown postgres "$PG_DIR"
    as_postgres "$BIN/initdb" -D "$PG_DIR/data" -A trust -U postgres >/dev/null
    pg_start
    as_postgres psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -q -c "create role tariffbridge login password 'tariffbridge'"
    as_postgres psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -q -c "create database tariffbridge owner tariffbridge"
    echo "jdbc:postgresql://127.0.0.1:$PG_PORT/tariffbridge"
    ;;
  resume)
    BIN=$(bin_dir)
    pg_start
    echo "jdbc:postgresql://127.0.0.1:$PG_PORT/tariffbridge"
    ;;
  stop)
    BIN=$(bin_dir)
    [ -n "$BIN" ] && as_postgres "$BIN/pg_ctl" -D "$PG_DIR/data" -m fast stop >/dev/null 2>&1 || true
    ;;
  *)
    echo "usage: $0 start|stop|resume" >&2
    exit 2
    ;;
esac
