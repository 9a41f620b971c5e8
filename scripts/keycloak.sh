#!/usr/bin/env bash
# Starts a throwaway Keycloak on loopback as the provider's identity provider for the tests: realm
# "bright" (Bright Energy) from src/test/keycloak/bright-realm.json, its client tariff-bridge and
# test customers. Unpacks org.keycloak:keycloak-quarkus-dist from the local Maven repository once
# (fetching it from Maven Central if missing), runs it in dev mode on Java 21+ (only Keycloak's
# process gets that JAVA_HOME), H2 data inside the distribution, stopped with `scripts/keycloak.sh stop`.
# Each start is a fresh copy of the database as imported from the realm file (the first start
# imports it, stops and keeps a copy), so nothing a test did to users or sessions survives.
#   scripts/keycloak.sh start   -> prints the base URL, e.g. http://127.0.0.1:8180; admin/admin-test-password
#   scripts/keycloak.sh url     -> the base URL of the running one
# env: KEYCLOAK_PORT (8180, or a free port if taken), KEYCLOAK_HOME_DIR (~/.cache/tariffbridge/keycloak-26.7.3: outside target/, which the build cleans while it runs),
#      KEYCLOAK_JAVA_HOME (/usr/lib/jvm/temurin-25-jdk-amd64), KEYCLOAK_RUN_DIR (/tmp/tariffbridge-keycloak),
#      KEYCLOAK_REALM_FILE (src/test/keycloak/bright-realm.json; another realm file, e.g. bench/keycloak-bench-realm.json,
#      is waited for by its own "realm" name; give it its own KEYCLOAK_HOME_DIR too: the seeded database lives there)
set -euo pipefail
SELF=$(cd "$(dirname "$0")" && pwd)/$(basename "$0")
cd "$(dirname "$0")/.."
KC_VERSION=26.7.3
KC_HOME=${KEYCLOAK_HOME_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/tariffbridge/keycloak-$KC_VERSION}
KC_JAVA=${KEYCLOAK_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
RUN_DIR=${KEYCLOAK_RUN_DIR:-/tmp/tariffbridge-keycloak}
REALM_FILE=${KEYCLOAK_REALM_FILE:-src/test/keycloak/bright-realm.json}
REALM=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["realm"])' "$REALM_FILE")
M2_DIR=${HOME}/.m2/repository/org/keycloak/keycloak-quarkus-dist/$KC_VERSION
ZIP=$M2_DIR/keycloak-quarkus-dist-$KC_VERSION.zip

running_pid() {
  local pid
  pid=$(cat "$RUN_DIR/pid" 2>/dev/null) || return 1
  signal 0 "$pid" && echo "$pid"
}

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# signals kc.sh and its java child: setsid makes kc.sh the leader of its own process group
signal() { kill "-$1" -- "-$2" 2>/dev/null || kill "-$1" "$2" 2>/dev/null; }

# stops the running one, if any; fails if it had to be killed (its database may then be torn)
stop() {
  local pid clean=0
  if pid=$(running_pid); then
    signal TERM "$pid" || true
    for _ in $(seq 1 30); do signal 0 "$pid" || break; sleep 1; done
    if signal 0 "$pid"; then
      signal KILL "$pid" || true
      clean=1
    fi
  fi
  rm -f "$RUN_DIR/pid" "$RUN_DIR/url"
  return $clean
}

# starts Keycloak on $PORT over what is in $KC_HOME/data and waits until the realm answers
launch() {
  local deadline=$(($(date +%s) + 180))
  (
    export JAVA_HOME=$KC_JAVA
    export KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin-test-password
    # C1 only: a short-lived test server on 2 cores starts faster without C2 compiling behind it
    export JAVA_OPTS_APPEND="${KEYCLOAK_JAVA_OPTS_APPEND--XX:TieredStopAtLevel=1}"
    # management interface (health) on a free port too, so two runs never collide on 9000
    exec setsid "$KC_HOME/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port="$PORT" \
      --http-management-port="$(free_port)" --health-enabled=true --import-realm \
      --features-disabled=admin-fine-grained-authz,device-flow,ciba,par,kerberos \
      </dev/null >"$RUN_DIR/keycloak.log" 2>&1
  ) &
  echo $! >"$RUN_DIR/pid"
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$URL/realms/$REALM/.well-known/openid-configuration")" = 200 ]; do
    if ! running_pid >/dev/null || [ "$(date +%s)" -ge "$deadline" ]; then
      echo "Keycloak did not come up; last lines of $RUN_DIR/keycloak.log:" >&2
      tail -n 40 "$RUN_DIR/keycloak.log" >&2 || true
      stop || true
      exit 1
    fi
    sleep 1
  done
}

case "${1:-start}" in
  start)
    began=$(date +%s)
    stop || true
    if [ ! -x "$KC_HOME/bin/kc.sh" ]; then
      if [ ! -f "$ZIP" ]; then
        echo "Fetching keycloak-quarkus-dist $KC_VERSION from Maven Central" >&2
        mvn -q dependency:copy -Dartifact=org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip \
          -DoutputDirectory="$M2_DIR" >&2
      fi
      echo "Unpacking Keycloak $KC_VERSION into $KC_HOME" >&2
      parent=$(dirname "$KC_HOME")
      mkdir -p "$parent"
      tmp=$(mktemp -d "$parent/.unpack.XXXXXX")
      unzip -q "$ZIP" -d "$tmp"
      rm -rf "$KC_HOME"
      mv "$tmp/keycloak-$KC_VERSION" "$KC_HOME"
      rm -rf "$tmp"
    fi
    PORT=${KEYCLOAK_PORT:-8180}
    if ! port_free "$PORT"; then
      [ -n "${KEYCLOAK_PORT:-}" ] && { echo "port $PORT is taken" >&2; exit 1; }
      PORT=$(free_port)
    fi
    URL="http://127.0.0.1:$PORT"
    mkdir -p "$RUN_DIR"
    # Every start gets a fresh dev database: a copy of one taken right after the realm file was
    # imported (schema creation and import are most of a start), made again when this script or
    # the realm file changes.
    SEED=$KC_HOME/seed/$(cat "$SELF" "$REALM_FILE" | sha256sum | cut -c1-16)
    if [ ! -d "$SEED/h2" ]; then
      echo "Importing $REALM_FILE into a new database on $URL (log $RUN_DIR/keycloak.log)" >&2
      rm -rf "$KC_HOME/data" "$KC_HOME/seed"
      mkdir -p "$KC_HOME/data/import"
      cp "$REALM_FILE" "$KC_HOME/data/import/$REALM-realm.json"  # Keycloak insists on <realm>-realm.json
      launch
      if stop; then
        mkdir -p "$SEED.tmp"
        cp -r "$KC_HOME/data/h2" "$SEED.tmp/"
        mv "$SEED.tmp" "$SEED"
      fi
    fi
    rm -rf "$KC_HOME/data"
    mkdir -p "$KC_HOME/data"
    if [ -d "$SEED/h2" ]; then
      cp -r "$SEED/h2" "$KC_HOME/data/"
    else
      mkdir -p "$KC_HOME/data/import"
      cp "$REALM_FILE" "$KC_HOME/data/import/$REALM-realm.json"  # Keycloak insists on <realm>-realm.json
    fi
    echo "Starting Keycloak on $URL (log $RUN_DIR/keycloak.log)" >&2
    launch
    echo "$URL" >"$RUN_DIR/url"
    echo "Keycloak started in $(($(date +%s) - began)) s" >&2
    echo "$URL"
    ;;
  stop)
    stop || true
    ;;
  url)
    running_pid >/dev/null && cat "$RUN_DIR/url" || { echo "Keycloak is not running" >&2; exit 1; }
    ;;
  *)
    echo "usage: $0 start|stop|url" >&2
    exit 2
    ;;
esac
