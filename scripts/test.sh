#!/usr/bin/env bash
# Command 2 of the README: installs what the tests need on a fresh Debian machine
# (Chromium and its driver, PostgreSQL, unzip, slapd, from Debian's packages; Keycloak from Maven Central), then runs every test with
# `./mvnw verify`: unit tests, then one Liberty server (H2 + sandbox) for the Arquillian, HTTP and
# browser ITs, and fresh servers sharing a throwaway PostgreSQL for the production-shaped ITs.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
# npm fetches axe-core (pinned in testsupport.Axe) from the npm registry for the accessibility checks
[ -x /usr/bin/npm ] || missing+=(npm)
# unzip unpacks Keycloak's distribution (scripts/keycloak.sh)
[ -x /usr/bin/unzip ] || missing+=(unzip)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} from Debian's packages"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Keycloak (the provider's IdP for the sign-in ITs) starts in the background while the build
# compiles and the first ITs run; SignInAtTheProvidersIdpIT waits for it (log: $KEYCLOAK_LOG).
export KEYCLOAK_PORT=${KEYCLOAK_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
KEYCLOAK_LOG=${KEYCLOAK_LOG:-/tmp/tariffbridge-keycloak-start.log}
scripts/keycloak.sh start >/dev/null 2>"$KEYCLOAK_LOG" &

PG_URL=$(scripts/postgres.sh start)
trap 'scripts/keycloak.sh stop; scripts/openldap.sh stop; scripts/postgres.sh stop' EXIT
# OpenLDAP (the provider's customer directory for the ldap sign-in IT; installs Debian's slapd)
LDAP_URL=$(scripts/openldap.sh start)
./mvnw -B -ntp clean verify -Dit.postgres.url="$PG_URL" -Dit.ldap.url="$LDAP_URL" \
  -Dit.keycloak.url="http://127.0.0.1:$KEYCLOAK_PORT" -Dit.keycloak.log="$KEYCLOAK_LOG" "$@"
