#!/usr/bin/env bash
# What the stack itself costs at start (issue #16 item 4): the product's dev server (H2, sandbox,
# demo data) against the smallest application (bench/stack-floor) deployed on a copy of the same
# server (same features, server.xml, jvm.options, datasource, timer store), in three variants:
#   trivial      its CDI bean, JAX-RS resource and EJB timer; no library, no JPA, no Faces
#   libraries    plus the product's WEB-INF/lib (Hibernate, Mojarra, Flyway, Nimbus, ...), one entity
#                and one Faces page
#   shared-libs  the same, with every library but Mojarra in a Liberty shared library
#                (commonLibraryRef) instead of WEB-INF/lib
# After one uncounted round, ROUNDS rounds alternate all four; prints each start's application
# start (CWWKZ0001I), wall time to a 200 at /health/ready and RSS once ready, then the medians.
#   bench/stack-floor.sh
# env: PORT (9180), HTTPS_PORT (9543), FLOOR_PORT (9181), FLOOR_HTTPS_PORT (9544), ROUNDS (2)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-9180}
HTTPS_PORT=${HTTPS_PORT:-9543}
FLOOR_PORT=${FLOOR_PORT:-9181}
FLOOR_HTTPS_PORT=${FLOOR_HTTPS_PORT:-9544}
ROUNDS=${ROUNDS:-2}
WLP=target/liberty/wlp
PRODUCT=tariffbridge
FLOOR=stack-floor
WORK=target/stack-floor

bench_stop_others() { "$WLP/bin/server" stop "$FLOOR" >/dev/null 2>&1 || true; }
source bench/dev-server.sh
dev_server_start
./mvnw -q -B liberty:stop -Dhttp.port="$PORT" -Dhttps.port="$HTTPS_PORT"

# The three WARs, compiled against the same Jakarta EE API the product builds with
API=$(./mvnw -q -B dependency:build-classpath -Dmdep.includeArtifactIds=jakarta.jakartaee-api \
  -Dmdep.outputFile=/dev/stdout)
rm -rf "$WORK" && mkdir -p "$WORK/libs" "$WORK/shared"
(cd "$WORK/libs" && unzip -q ../../tariff-bridge.war 'WEB-INF/lib/*')
LIBS=$WORK/libs/WEB-INF/lib
war() { # name, sources...; the WAR's tree is $WORK/$name
  local name=$1; shift
  mkdir -p "$WORK/$name/WEB-INF/classes"
  cp bench/stack-floor/webapp/WEB-INF/beans.xml "$WORK/$name/WEB-INF/"
  javac -d "$WORK/$name/WEB-INF/classes" -cp "$API:$(ls "$LIBS"/*.jar | tr '\n' ':')" "$@"
}
with_jpa_and_faces() { # name
  cp -r bench/stack-floor/webapp/. "$WORK/$1/"
  cp -r bench/stack-floor/resources/. "$WORK/$1/WEB-INF/classes/"
}
src=bench/stack-floor/src/floor
war trivial $src/Api.java $src/Greeting.java $src/Hello.java $src/Tick.java
war libraries $src/*.java
with_jpa_and_faces libraries
mkdir -p "$WORK/libraries/WEB-INF/lib" && cp "$LIBS"/*.jar "$WORK/libraries/WEB-INF/lib/"
war shared-libs $src/*.java
with_jpa_and_faces shared-libs
mkdir -p "$WORK/shared-libs/WEB-INF/lib"
cp "$LIBS"/*.jar "$WORK/shared"
mv "$WORK"/shared/jakarta.faces-*.jar "$WORK/shared-libs/WEB-INF/lib/"

# The floor's server: a copy of the product's configuration with the product's WAR swapped for one
# of the three, and the sandbox taken out
rm -rf "${WLP:?}/usr/servers/$FLOOR"
mkdir -p "$WLP/usr/servers/$FLOOR/apps" "$WLP/usr/servers/$FLOOR/lib/app"
(cd "$SERVER_DIR" && tar cf - --exclude=./logs --exclude=./workarea --exclude=./apps --exclude=./data \
  --exclude=./tranlog --exclude=./dropins --exclude=./configDropins .) | (cd "$WLP/usr/servers/$FLOOR" && tar xf -)
cp "$WORK"/shared/*.jar "$WLP/usr/servers/$FLOOR/lib/app/"
mkdir -p "$WLP/usr/servers/$FLOOR/configDropins/overrides"
sed -e "s/name=\"http.port\" value=\"[0-9]*\"/name=\"http.port\" value=\"$FLOOR_PORT\"/" \
  -e "s/name=\"https.port\" value=\"[0-9]*\"/name=\"https.port\" value=\"$FLOOR_HTTPS_PORT\"/" -e '/sandbox/d' \
  "$SERVER_DIR/configDropins/overrides/liberty-plugin-variable-config.xml" \
  > "$WLP/usr/servers/$FLOOR/configDropins/overrides/liberty-plugin-variable-config.xml"
for variant in trivial libraries shared-libs; do
  (cd "$WORK/$variant" && zip -q -r "../../../$WLP/usr/servers/$FLOOR/apps/$variant.war" .)
done

DB=$SERVER_DB python3 -u bench/stack_floor.py "$WLP" "$PRODUCT" "$FLOOR" "$PORT" "$FLOOR_PORT" "$ROUNDS"
