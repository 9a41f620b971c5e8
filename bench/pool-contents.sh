#!/usr/bin/env bash
# Liberty's connection pool of a running server, connection by connection (state, holding thread,
# transaction), read over the JVM's local JMX agent: for a pool that runs dry under load.
#   bench/pool-contents.sh "$(cat target/liberty/wlp/usr/servers/.pid/tariffbridge.pid)"
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -eq 1 ] || { echo "usage: bench/pool-contents.sh SERVER_PID" >&2; exit 2; }
mkdir -p target/bench-tools
javac -d target/bench-tools bench/tools/PoolContents.java
java -cp target/bench-tools PoolContents "$1"
