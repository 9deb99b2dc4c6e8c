#!/usr/bin/env bash
# Directory (sociale kaart) search benchmark: latency in-process and over HTTP, PostgreSQL
# full-text search on the same rows, index build time and size, heap, near-real-time updates.
#
#   bench/directory.sh                  1k, 10k and 100k service-at-locations (~15 min on 2 cores)
#   bench/directory.sh 1000 10000       only these scales
#
# Needs only the JDK 25, the Maven wrapper and a PostgreSQL server. The database (default
# jdbc:postgresql://127.0.0.1:5432/wegwijs_bench, user/password wegwijs) is emptied by every run;
# on a local server the script creates the role and database when it may (as root, via
# `runuser -u postgres`). Prints a Markdown section and appends it to docs/benchmarks.md.
#
# Environment: BENCH_DB_URL, BENCH_DB_USER, BENCH_DB_PASSWORD; BENCH_DOCS (file to append to,
# "-" for none); BENCH_PG_BUDGET_SECONDS (per PostgreSQL variant and scale, default 40);
# BENCH_HEAP (default 4g); BENCH_JAVA_OPTS (extra JVM options, e.g. a JFR recording).
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}

DB_USER=${BENCH_DB_USER:-wegwijs}
DB_PASSWORD=${BENCH_DB_PASSWORD:-wegwijs}
export BENCH_DB_URL=${BENCH_DB_URL:-jdbc:postgresql://127.0.0.1:5432/wegwijs_bench}
DB_NAME=${BENCH_DB_URL##*/}; DB_NAME=${DB_NAME%%\?*}

if [[ "$BENCH_DB_URL" == jdbc:postgresql://127.0.0.1:5432/* || "$BENCH_DB_URL" == jdbc:postgresql://localhost:5432/* ]] \
    && [ "$(id -u)" = 0 ] && command -v runuser >/dev/null 2>&1 && id postgres >/dev/null 2>&1; then
  if ! pg_isready -q -h 127.0.0.1 -p 5432; then
    echo "PostgreSQL does not answer on 127.0.0.1:5432; start it first (see .ci/run)" >&2
    exit 1
  fi
  as_postgres() { (cd / && runuser -u postgres -- "$@"); }
  if [ "$(as_postgres psql -tAc "select 1 from pg_roles where rolname = '$DB_USER'")" != 1 ]; then
    as_postgres psql -q -c "create role $DB_USER login password '$DB_PASSWORD'"
  fi
  if [ "$(as_postgres psql -tAc "select 1 from pg_database where datname = '$DB_NAME'")" != 1 ]; then
    as_postgres createdb -O "$DB_USER" "$DB_NAME"
  fi
fi

./mvnw -q -B test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench/classpath.txt -Dmdep.includeScope=test

export BENCH_COMMAND="bench/directory.sh${*:+ $*}"
# shellcheck disable=SC2086
exec "$JAVA_HOME/bin/java" -Xms${BENCH_HEAP:-4g} -Xmx${BENCH_HEAP:-4g} \
  --enable-native-access=ALL-UNNAMED --add-modules jdk.incubator.vector ${BENCH_JAVA_OPTS:-} \
  -cp "target/test-classes:target/classes:$(cat target/bench/classpath.txt)" \
  nl.wegwijs.bench.DirectorySearchBenchmark "$@"
