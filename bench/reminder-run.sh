#!/usr/bin/env bash
# Renewal-reminder run cost (issue #5). Starts its own dev server (H2, sandbox, demo data) that
# sends mail over SMTP to a sink in the Python script, sets up CUSTOMERS customers whose contracts
# end on one day, times the reminder run 7 days before and a second run for the same date, prints
# the figures, then stops the server.
#   PORT=9182 HTTPS_PORT=9545 SMTP_PORT=9725 CUSTOMERS=300 bench/reminder-run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
PORT=${PORT:-9080}
HTTPS_PORT=${HTTPS_PORT:-9443}
SMTP_PORT=${SMTP_PORT:-9725}

if curl -s -o /dev/null "http://localhost:$PORT/"; then
  echo "Something already answers on port $PORT; stop it or choose another PORT / HTTPS_PORT." >&2
  exit 1
fi

ports=(-Dhttp.port="$PORT" -Dhttps.port="$HTTPS_PORT")
trap 'mvn -q -B liberty:stop "${ports[@]}"' EXIT
mvn -q -B package liberty:create liberty:deploy liberty:start -DskipTests "${ports[@]}" \
  -Dliberty.var.mail.delivery=smtp -Dliberty.var.mail.port="$SMTP_PORT"

wait_ready "http://localhost:$PORT/health/ready"

python3 bench/reminder_run.py "http://localhost:$PORT" "$SMTP_PORT"
