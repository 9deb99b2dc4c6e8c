#!/usr/bin/env bash
# Compares the searcher of two checkouts in one JVM, search by search (A/B, alternating), so that
# the machine's varying speed affects both alike:  bench/ab-probe.sh OTHER_CHECKOUT [SALs] [rounds]
# A is OTHER_CHECKOUT (e.g. a clone of the previous commit), B this working tree. Both are
# compiled first (test classes included).
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
other=$(cd "$1" && pwd)
for tree in "$other" "$PWD"; do
  (cd "$tree" && ./mvnw -q -B test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench/classpath.txt -Dmdep.includeScope=test)
done
mkdir -p target/bench/ab
"$JAVA_HOME/bin/javac" -d target/bench/ab bench/ABProbe.java
exec "$JAVA_HOME/bin/java" -Xmx8g --enable-native-access=ALL-UNNAMED --add-modules jdk.incubator.vector \
  ${BENCH_JAVA_OPTS:-} -cp target/bench/ab ABProbe "$other" "$PWD" "${2:-100000}" "${3:-20}"
