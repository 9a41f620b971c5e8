#!/usr/bin/env bash
# Command 2 of the README: installs what the tests need on a fresh Debian machine
# (Chromium and its driver, PostgreSQL, from Debian's packages), then runs every test with
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
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} from Debian's packages"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

PG_URL=$(scripts/postgres.sh start)
trap 'scripts/postgres.sh stop' EXIT
./mvnw -B -ntp clean verify -Dit.postgres.url="$PG_URL" "$@"
