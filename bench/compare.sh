#!/usr/bin/env bash
# Two builds of the product side by side (issue #16 item 5: what did a change buy?). Checks out
# commits A and B into worktrees under target/compare/, starts a dev server of each (sandbox, demo
# data, polling limit off, H2 or DB=postgres) at the same time, and loads them in turn with the same
# wrk rows, A B A B, so a machine that gets slower or faster during the run moves both alike.
#   bench/compare.sh e8b6177 HEAD
#   JVM_ARGS_B="-XX:TieredStopAtLevel=1" bench/compare.sh HEAD HEAD    (same code, other JVM options)
#   ENV_B="MALLOC_ARENA_MAX=2" bench/compare.sh HEAD HEAD                (same code, other environment)
# env: DB (h2 | postgres), ROUNDS (3), DURATION (10), WARMUP (5), CONNECTIONS (64), GLOBAL_WARMUP (20),
#      JVM_ARGS_A, JVM_ARGS_B (added to jvm.options of that server only),
#      ENV_A, ENV_B (NAME=value ... exported to that server's process only),
#      MVN_ARGS_A, MVN_ARGS_B (-D arguments for that server's Maven calls: -Dliberty.bootstrap.admin.center=off)
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -eq 2 ] || { echo "usage: bench/compare.sh COMMIT_A COMMIT_B" >&2; exit 2; }
command -v wrk >/dev/null || { echo "wrk is missing: bench/tariff-api.sh installs it" >&2; exit 1; }
. bench/lib.sh
ROOT=$PWD
WORK=$ROOT/target/compare
mkdir -p "$WORK"

# start_server NAME COMMIT PORT HTTPS_PORT PG_PORT JVM_ARGS ENV MVN_ARGS: a worktree and a dev server kept up
# by a background shell until $WORK/NAME.stop appears (bench/dev-server.sh stops it on exit)
start_server() {
  local name=$1 commit=$2 port=$3 https_port=$4 pg_port=$5 jvm_args=$6 env=$7 mvn_args=$8 dir=$WORK/$1
  git worktree remove --force "$dir" 2>/dev/null || rm -rf "$dir"
  git worktree add -q --detach "$dir" "$commit"
  rm -f "$WORK/$name.pid" "$WORK/$name.stop"
  (
    cd "$dir"
    export PORT=$port HTTPS_PORT=$https_port BENCH_PG_PORT=$pg_port BENCH_PG_DIR=/tmp/tariffbridge-compare-$name
    export JVM_ARGS="$jvm_args"
    # shellcheck disable=SC2086  # NAME=value words
    [ -z "$env" ] || export $env
    source bench/dev-server.sh
    # shellcheck disable=SC2086  # -D words
    dev_server_start -Dliberty.var.tariff.polling.min-interval=PT0S $mvn_args
    echo "$SERVER_PID" > "$WORK/$name.pid"
    while [ ! -e "$WORK/$name.stop" ]; do sleep 1; done
  ) > "$WORK/$name.log" 2>&1 &
}

stop_servers() {
  touch "$WORK/A.stop" "$WORK/B.stop"
  wait || true
  for name in A B; do  # the servers' logs outlive their worktrees
    cp "$WORK/$name/target/liberty/wlp/usr/servers/tariffbridge/logs/messages.log" "$WORK/$name-messages.log" 2>/dev/null || true
  done
  git worktree remove --force "$WORK/A" 2>/dev/null || true
  git worktree remove --force "$WORK/B" 2>/dev/null || true
}
trap stop_servers EXIT

A=$(git rev-parse --short "$1")
B=$(git rev-parse --short "$2")
# one after the other: two Maven builds at once would take twice as long and fight over target/
start_server A "$A" 9280 9643 55435 "${JVM_ARGS_A:-}" "${ENV_A:-}" "${MVN_ARGS_A:-}"
wait_ready http://localhost:9280/health/ready 600 || { cat "$WORK/A.log" >&2; exit 1; }
start_server B "$B" 9380 9743 55436 "${JVM_ARGS_B:-}" "${ENV_B:-}" "${MVN_ARGS_B:-}"
wait_ready http://localhost:9380/health/ready 600 || { cat "$WORK/B.log" >&2; exit 1; }
for name in A B; do
  for _ in $(seq 30); do [ -s "$WORK/$name.pid" ] && break; sleep 1; done
done
python3 -u bench/compare.py "$A" http://localhost:9280 "$(cat "$WORK/A.pid")" \
  "$B" http://localhost:9380 "$(cat "$WORK/B.pid")"
