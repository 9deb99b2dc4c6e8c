#!/usr/bin/env bash
# Server render time of the sociale kaart's pages with a large directory (issue 4's 300 ms target).
#
#   bench/pages.sh            100k service-at-locations (~6 min on 2 cores)
#   bench/pages.sh 10000      another scale
#
# Needs the JDK 25, the Maven wrapper, a PostgreSQL server with the wegwijs_bench database (see
# bench/directory.sh, which creates it) and Debian's Chromium (to sign in as the demo editor).
# Prints a Markdown section and appends it to docs/benchmarks.md (BENCH_DOCS=- for none).
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export BENCH_DB_URL=${BENCH_DB_URL:-jdbc:postgresql://127.0.0.1:5432/wegwijs_bench}
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
./mvnw -q -B test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench/classpath.txt -Dmdep.includeScope=test
# shellcheck disable=SC2086
exec "$JAVA_HOME/bin/java" -Xmx${BENCH_HEAP:-4g} --enable-native-access=ALL-UNNAMED --add-modules jdk.incubator.vector \
  ${BENCH_JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/bench/classpath.txt)" \
  nl.wegwijs.bench.PageRenderBenchmark "$@"
