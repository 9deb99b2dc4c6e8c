#!/usr/bin/env bash
# Start-up benchmark: wall time from starting the JVM to the readiness probe answering UP.
#
#   bench/startup.sh [runs]            plain `java -jar target/wegwijs-*.jar`
#   BENCH_MODE=aot bench/startup.sh    extracted jar with a JDK 25 AOT cache, as the Docker image runs it
#
# Builds the production jar if missing (./mvnw -Pproduction -DskipTests package). Starts the
# portal `runs` times (default 5) on the embedded default: the first run on an empty data folder
# (creates the database, runs the migrations, seeds the demo accounts), later runs on the kept
# folder. Prints Markdown table rows for docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
mode=${BENCH_MODE:-jar}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
java=("$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED --add-modules jdk.incubator.vector)

jar=$(ls target/wegwijs-*.jar 2>/dev/null | grep -v original | head -n 1 || true)
if [ -z "$jar" ] || ! unzip -p "$jar" META-INF/VAADIN/config/flow-build-info.json | grep -q '"productionMode" : true'; then
  ./mvnw -q -B -Pproduction -DskipTests package
  jar=$(ls target/wegwijs-*.jar | grep -v original | head -n 1)
fi

work=$(mktemp -d)
if [ "$mode" = aot ]; then
  "$JAVA_HOME/bin/java" -Djarmode=tools -jar "$jar" extract --destination "$work/app" >/dev/null
  jar=$(ls "$work"/app/wegwijs-*.jar)
  # Training run: start the context once, record the loaded and linked classes, exit.
  "${java[@]}" -XX:AOTCacheOutput="$work/app/app.aot" -Dspring.context.exit=onRefresh -jar "$jar" \
    --wegwijs.data-dir="$work/training-data" --server.port=0 >"$work/training.log" 2>&1
  java+=(-XX:AOTCache="$work/app/app.aot")
fi

port=${BENCH_PORT:-18080}
data="$work/data"
echo "| mode | run | data folder | ready after (s) | Spring 'Started in' (s) |"
echo "|---|---|---|---|---|"
for run in $(seq 1 "$runs"); do
  log="$work/run-$run.log"
  start=$(date +%s.%N)
  "${java[@]}" -jar "$jar" --server.port="$port" --wegwijs.data-dir="$data" >"$log" 2>&1 &
  pid=$!
  ready=""
  for _ in $(seq 1 1200); do
    if curl -fs "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; then
      ready=$(date +%s.%N); break
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.05
  done
  started=$(grep -o 'Started WegwijsApplication in [0-9.]*' "$log" | grep -o '[0-9.]*$' || echo "?")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  if [ -z "$ready" ]; then echo "run $run did not become ready; log: $log" >&2; exit 1; fi
  state=$([ "$run" = 1 ] && echo "empty (first start)" || echo "kept")
  printf '| %s | %s | %s | %.1f | %s |\n' "$mode" "$run" "$state" "$(echo "$ready - $start" | bc)" "$started"
done
rm -rf "$work"
