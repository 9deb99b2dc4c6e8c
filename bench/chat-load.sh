#!/usr/bin/env bash
# Chat (Luisterend oor) load benchmark: the portal as the real server in a JVM of its own, and one
# client JVM playing visitors and responders over the public STOMP protocol (docs/chat-protocol.md).
# Measures the delivery latency of every message both ways, checks each arrives exactly once and in
# order, and measures the server's heap per idle visitor connection.
#
#   bench/chat-load.sh                       2,000 visitors, 200 responders, 8 messages per side (~10 min)
#   bench/chat-load.sh 200 20 4              a small run while developing (~2 min)
#
# Needs the JDK 25 (java, jcmd), the Maven wrapper and a PostgreSQL server with the benchmark
# database (default jdbc:postgresql://127.0.0.1:5432/wegwijs_bench, user/password wegwijs; see
# bench/directory.sh, which creates it). The database is emptied by every run. Prints a Markdown
# section and appends it to docs/benchmarks.md.
#
# Environment: BENCH_DB_URL, BENCH_DB_USER, BENCH_DB_PASSWORD; BENCH_DOCS (file to append to, "-"
# for none); BENCH_SERVER_HEAP (server JVM heap, default 2g); BENCH_SERVER_JAVA_OPTS (extra server
# JVM options, e.g. a JFR recording); BENCH_GAP_SECONDS (pause between one person's messages,
# "min-max", default 8-22); BENCH_HEAP (client JVM heap, default 2g).
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export BENCH_DB_URL=${BENCH_DB_URL:-jdbc:postgresql://127.0.0.1:5432/wegwijs_bench}
./mvnw -q -B test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench/classpath.txt -Dmdep.includeScope=test
export BENCH_COMMAND="bench/chat-load.sh${*:+ $*}"
# shellcheck disable=SC2086
exec "$JAVA_HOME/bin/java" -Xms${BENCH_HEAP:-2g} -Xmx${BENCH_HEAP:-2g} ${BENCH_JAVA_OPTS:-} \
  -cp "target/test-classes:target/classes:$(cat target/bench/classpath.txt)" \
  nl.wegwijs.bench.ChatLoadBenchmark "$@"
