#!/usr/bin/env bash
# Liberty's pool losing connections with nothing of Tariff Bridge: a bare Liberty server (servlet and
# jdbc features only, H2 in memory, pool of POOL) and one servlet (bench/tools/poolprobe) that takes
# a connection, runs `select 1` and closes it. Runs ROUNDS of DURATION-second wrk bursts at
# CONNECTIONS connections and, after each, asks the idle server how many connections its pool can
# still hand out. A correct pool always has POOL; each one fewer is lost until the server restarts.
# It also counts the polls that were handed a database session another poll still held (overlaps),
# which a correct pool never does.
# It settles whether the loss is ours or Liberty's, and on which Liberty versions.
#   bench/pool-leak-bare.sh
#   LIBERTY_VERSION=25.0.0.9 CONNECTIONS=1 bench/pool-leak-bare.sh
#   JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 bench/pool-leak-bare.sh   (the server on another JDK)
# env: LIBERTY_VERSION (the pom's), PORT (9280), POOL (4), ROUNDS (30), DURATION (20), CONNECTIONS (2),
#      FEATURES ("servlet-6.0 jdbc-4.3"), CM_ATTRS (more <connectionManager> attributes),
#      DS_ATTRS (more <dataSource> attributes, e.g. type="javax.sql.ConnectionPoolDataSource"),
#      PROBE_CLOSE_LOCK (1: the probe's connection closes take turns, the product's way round the
#      race of docs/liberty/pool-release-race.md), TRACE (a Liberty trace specification, e.g. com.ibm.ejs.j2c.PoolManager=debug; trace.log in the
#      server's logs), EMPTY_ROUNDS (2: stop after this many rounds in a row that end with no free connection; more to
#      watch whether pool maintenance, e.g. CM_ATTRS='maxInUseTime="60s" reapTime="30s"', gives them back)
set -euo pipefail
cd "$(dirname "$0")/.."
LIBERTY_VERSION=${LIBERTY_VERSION:-$(sed -n 's:.*<liberty.runtime.version>\(.*\)</liberty.runtime.version>.*:\1:p' pom.xml)}
PORT=${PORT:-9280}
POOL=${POOL:-4}
ROUNDS=${ROUNDS:-30}
DURATION=${DURATION:-20}
CONNECTIONS=${CONNECTIONS:-2}
THREADS=$((CONNECTIONS < 2 ? CONNECTIONS : 2)) # wrk wants a connection per thread at least
FEATURES=${FEATURES:-servlet-6.0 jdbc-4.3}
CM_ATTRS=${CM_ATTRS:-}
DS_ATTRS=${DS_ATTRS:-}
EMPTY_ROUNDS=${EMPTY_ROUNDS:-2}
TRACE=${TRACE:-}
H2_VERSION=$(sed -n 's:.*<h2.version>\(.*\)</h2.version>.*:\1:p' pom.xml)
command -v wrk >/dev/null || { echo "wrk is missing: bench/tariff-api.sh installs it" >&2; exit 1; }
command -v unzip >/dev/null || { echo "unzip is missing: scripts/test.sh installs it" >&2; exit 1; }
if curl -s -o /dev/null "http://localhost:$PORT/"; then
  echo "Something already answers on port $PORT; choose another PORT." >&2
  exit 1
fi

WORK=target/bench-pool-probe
WLP=$WORK/liberty-$LIBERTY_VERSION/wlp
copy() { ./mvnw -q -B dependency:copy -Dartifact="$1" -DoutputDirectory="$WORK/lib" -Dmdep.stripVersion="${2:-true}"; }
mkdir -p "$WORK/lib"
if [ ! -x "$WLP/bin/server" ]; then
  copy "io.openliberty:openliberty-runtime:$LIBERTY_VERSION:zip" false
  rm -rf "$WORK/liberty-$LIBERTY_VERSION" && mkdir -p "$WORK/liberty-$LIBERTY_VERSION"
  unzip -q "$WORK/lib/openliberty-runtime-$LIBERTY_VERSION.zip" -d "$WORK/liberty-$LIBERTY_VERSION"
fi
copy jakarta.servlet:jakarta.servlet-api:6.0.0
copy jakarta.annotation:jakarta.annotation-api:2.1.1
copy "com.h2database:h2:$H2_VERSION"
rm -rf "$WORK/war" && mkdir -p "$WORK/war/WEB-INF/classes"
javac -d "$WORK/war/WEB-INF/classes" -cp "$WORK/lib/jakarta.servlet-api.jar:$WORK/lib/jakarta.annotation-api.jar" \
  bench/tools/poolprobe/PoolProbe.java
rm -f "$WORK/poolprobe.war" && jar --create --file "$WORK/poolprobe.war" -C "$WORK/war" .

SERVER=$WLP/usr/servers/poolprobe
rm -rf "$SERVER" && mkdir -p "$SERVER"
cat > "$SERVER/server.xml" <<XML
<server>
    <featureManager>
$(for f in $FEATURES; do echo "        <feature>$f</feature>"; done)
    </featureManager>
    <httpEndpoint id="defaultHttpEndpoint" host="localhost" httpPort="$PORT" httpsPort="-1"/>
    <library id="h2"><file name="$PWD/$WORK/lib/h2.jar"/></library>
    <dataSource id="probe" jndiName="jdbc/probe" $DS_ATTRS>
        <jdbcDriver libraryRef="h2"/>
        <properties URL="jdbc:h2:mem:probe;DB_CLOSE_DELAY=-1" user="sa" password=""/>
        <connectionManager maxPoolSize="$POOL" minPoolSize="1" connectionTimeout="1s" $CM_ATTRS/>
    </dataSource>
$([ -z "$TRACE" ] || echo "    <logging traceSpecification=\"$TRACE\" maxFileSize=\"100\" maxFiles=\"10\"/>")
    <webApplication location="$PWD/$WORK/poolprobe.war" contextRoot="/probe"/>
</server>
XML
trap '"$WLP/bin/server" stop poolprobe >/dev/null || true' EXIT
"$WLP/bin/server" start poolprobe >/dev/null
for _ in $(seq 120); do
  curl -sf -o /dev/null "http://localhost:$PORT/probe/free" && break
  sleep 1
done
free() { curl -sf --max-time 30 "http://localhost:$PORT/probe/free"; }
[ "$(free)" = "$POOL" ] || { echo "the probe does not see a pool of $POOL" >&2; exit 1; }

echo "Open Liberty $LIBERTY_VERSION ($FEATURES), $("${JAVA_HOME:+$JAVA_HOME/bin/}java" -version 2>&1 | head -1), $(nproc) cores"
echo "pool of $POOL, connectionTimeout 1s ${CM_ATTRS:+$CM_ATTRS }${DS_ATTRS:+$DS_ATTRS }${PROBE_CLOSE_LOCK:+closes take turns }| wrk -t$THREADS -c$CONNECTIONS, rounds of $DURATION s"
printf '%6s %10s %9s %6s %9s\n' round requests "not 2xx" free overlaps
total=0 free_now=$POOL lowest=$POOL empty=0
for round in $(seq "$ROUNDS"); do
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s "http://localhost:$PORT/probe/poll")
  requests=$(awk '/requests in/ {print $1}' <<<"$out")
  failed=$(awk '/Non-2xx/ {print $NF}' <<<"$out")
  sleep 2 # let the last answers finish
  # an error answer counts as none free (it comes when the pool aborts a connection the probe holds)
  free_now=$(free) || { echo "  (round $round: /free answered an error)"; free_now=0; }
  total=$((total + requests))
  lowest=$((free_now < lowest ? free_now : lowest))
  overlaps=$(curl -sf --max-time 5 "http://localhost:$PORT/probe/overlaps" || echo '?')
  printf '%6s %10s %9s %6s %9s\n' "$round" "$requests" "${failed:-0}" "$free_now" "$overlaps"
  # one round more with an empty pool shows what clients then get; a second means it stays empty
  if [ "$free_now" -eq 0 ]; then empty=$((empty + 1)); else empty=0; fi
  [ "$empty" -lt "$EMPTY_ROUNDS" ] || break
done
lost=$((POOL - free_now))
if [ "$lost" -gt 0 ]; then
  echo "requests per lost connection: $((total / lost)) ($total requests, $lost of $POOL lost)"
else
  echo "none lost at the end of $total requests (fewest free after a round: $lowest of $POOL)"
fi
