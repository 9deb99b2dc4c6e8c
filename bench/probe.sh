#!/usr/bin/env bash
# Quick in-process search latency probe (no portal, no PostgreSQL): bench/probe.sh [SALs] [rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
./mvnw -q -B test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench/classpath.txt -Dmdep.includeScope=test
# shellcheck disable=SC2086
exec "$JAVA_HOME/bin/java" -Xmx4g --enable-native-access=ALL-UNNAMED --add-modules jdk.incubator.vector \
  ${BENCH_JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/bench/classpath.txt)" \
  nl.wegwijs.directory.search.SearchProbe "$@"
