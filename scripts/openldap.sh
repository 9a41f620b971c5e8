#!/usr/bin/env bash
# Starts a throwaway OpenLDAP (slapd) on loopback as the provider's customer directory for the
# tests: suffix dc=bright,dc=example (Bright Energy), data from src/test/ldap/bright-customers.ldif.
# Installs Debian's slapd and ldap-utils if missing (debconf preseeded so the package configures
# and starts no system directory), runs its own slapd as the current user with a cn=config built
# afresh on every start under the run dir, so nothing a test changed survives; stopped with
# `scripts/openldap.sh stop`.
#   scripts/openldap.sh start   -> prints the URL, e.g. ldap://127.0.0.1:3890
#   scripts/openldap.sh url     -> the URL of the running one
# Accounts: rootDN cn=admin,dc=bright,dc=example / admin-test-password (no ACLs apply to it);
#   service cn=tariff-bridge,ou=services,dc=bright,dc=example / tariff-bridge-test-password may
#   search and read ou=customers but not userPassword; customers uid=<name>,ou=customers,... bind
#   with their own password; anonymous may bind but not search (the database requires authc).
# env: OPENLDAP_PORT (3890, or a free port if taken), OPENLDAP_RUN_DIR (/tmp/tariffbridge-openldap),
#      OPENLDAP_LOGLEVEL (slapd -d level, logged to $OPENLDAP_RUN_DIR/slapd.log; default stats)
set -euo pipefail
cd "$(dirname "$0")/.."
RUN_DIR=${OPENLDAP_RUN_DIR:-/tmp/tariffbridge-openldap}
LOGLEVEL=${OPENLDAP_LOGLEVEL:-stats}
DATA_FILE=src/test/ldap/bright-customers.ldif
SUFFIX=dc=bright,dc=example
ROOT_DN=cn=admin,$SUFFIX
ROOT_PW=admin-test-password
SERVICE_DN=cn=tariff-bridge,ou=services,$SUFFIX

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

running_pid() {
  local pid
  pid=$(cat "$RUN_DIR/pid" 2>/dev/null) || return 1
  kill -0 "$pid" 2>/dev/null && echo "$pid"
}

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# stops the running one, if any (only the pid this script started)
stop() {
  local pid
  if pid=$(running_pid); then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$RUN_DIR/pid" "$RUN_DIR/url"
}

install() {
  echo "Installing slapd and ldap-utils from Debian's packages" >&2
  # without this, slapd's postinst builds a system directory in /etc/ldap/slapd.d and starts it on :389
  echo "slapd slapd/no_configuration boolean true" | as_root debconf-set-selections
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends slapd ldap-utils >&2
}

config_ldif() {
  cat <<EOF
dn: cn=config
objectClass: olcGlobal
cn: config
olcPidFile: $RUN_DIR/slapd.pid
olcArgsFile: $RUN_DIR/slapd.args

dn: cn=module{0},cn=config
objectClass: olcModuleList
cn: module{0}
olcModulePath: /usr/lib/ldap
olcModuleLoad: back_mdb

dn: cn=schema,cn=config
objectClass: olcSchemaConfig
cn: schema

include: file:///etc/ldap/schema/core.ldif
include: file:///etc/ldap/schema/cosine.ldif
include: file:///etc/ldap/schema/inetorgperson.ldif
include: file:///etc/ldap/schema/nis.ldif

dn: olcDatabase={-1}frontend,cn=config
objectClass: olcDatabaseConfig
objectClass: olcFrontendConfig
olcDatabase: {-1}frontend
olcAccess: {0}to dn.base="" by * read
olcAccess: {1}to dn.base="cn=Subschema" by * read

dn: olcDatabase={0}config,cn=config
objectClass: olcDatabaseConfig
olcDatabase: {0}config
olcAccess: {0}to * by * none

dn: olcDatabase={1}mdb,cn=config
objectClass: olcDatabaseConfig
objectClass: olcMdbConfig
olcDatabase: {1}mdb
olcSuffix: $SUFFIX
olcRootDN: $ROOT_DN
olcRootPW: $(slappasswd -s "$ROOT_PW")
olcDbDirectory: $RUN_DIR/db
olcDbMaxSize: 67108864
olcDbIndex: objectClass eq
olcDbIndex: uid,mail,employeeNumber eq
olcRequires: authc
olcAccess: {0}to attrs=userPassword by self write by anonymous auth by * none
olcAccess: {1}to dn.base="$SUFFIX" by dn.exact="$SERVICE_DN" read by * none
olcAccess: {2}to dn.subtree="ou=customers,$SUFFIX" by dn.exact="$SERVICE_DN" read by self read by * none
olcAccess: {3}to * by self read by * none
EOF
}

case "${1:-start}" in
  start)
    began=$(date +%s%N)
    stop
    [ -x /usr/sbin/slapd ] && command -v ldapsearch >/dev/null || install
    PORT=${OPENLDAP_PORT:-3890}
    if ! port_free "$PORT"; then
      [ -n "${OPENLDAP_PORT:-}" ] && { echo "port $PORT is taken" >&2; exit 1; }
      PORT=$(free_port)
    fi
    URL="ldap://127.0.0.1:$PORT"
    rm -rf "$RUN_DIR"
    mkdir -p "$RUN_DIR/slapd.d" "$RUN_DIR/db"
    config_ldif >"$RUN_DIR/config.ldif"
    slapadd -q -n0 -F "$RUN_DIR/slapd.d" -l "$RUN_DIR/config.ldif" >"$RUN_DIR/slapadd.log" 2>&1 &&
      slapadd -q -n1 -F "$RUN_DIR/slapd.d" -l "$DATA_FILE" >>"$RUN_DIR/slapadd.log" 2>&1 || {
      echo "slapadd failed:" >&2
      cat "$RUN_DIR/slapadd.log" >&2
      exit 1
    }
    echo "Starting slapd on $URL (log $RUN_DIR/slapd.log)" >&2
    (
      # slapd sizes its descriptor table by the limit; a container's huge default wastes memory
      ulimit -n 1024 2>/dev/null || true
      # -d keeps slapd in the foreground, so $! is slapd itself
      exec setsid /usr/sbin/slapd -d "$LOGLEVEL" -F "$RUN_DIR/slapd.d" -h "$URL/" \
        </dev/null >"$RUN_DIR/slapd.log" 2>&1
    ) &
    echo $! >"$RUN_DIR/pid"
    deadline=$(($(date +%s) + 30))
    until ldapsearch -x -H "$URL" -D "$ROOT_DN" -w "$ROOT_PW" -b "$SUFFIX" -s base -LLL dn >/dev/null 2>&1; do
      if ! running_pid >/dev/null || [ "$(date +%s)" -ge "$deadline" ]; then
        echo "slapd did not come up; last lines of $RUN_DIR/slapd.log:" >&2
        tail -n 40 "$RUN_DIR/slapd.log" >&2 || true
        stop
        exit 1
      fi
      sleep 0.1
    done
    echo "$URL" >"$RUN_DIR/url"
    echo "slapd started in $((($(date +%s%N) - began) / 1000000)) ms" >&2
    echo "$URL"
    ;;
  stop)
    stop
    ;;
  url)
    running_pid >/dev/null && cat "$RUN_DIR/url" || { echo "slapd is not running" >&2; exit 1; }
    ;;
  *)
    echo "usage: $0 start|stop|url" >&2
    exit 2
    ;;
esac
