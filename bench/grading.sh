#!/usr/bin/env bash
# Online exam grading under load in PostgreSQL: N candidates (default 500) submit a 100-question
# paper at once over HTTP against the running application (C client threads, default 100), in a
# throw-away database. Reports p50/p95 of starting and of submitting, and the time until every
# attempt is graded. Usage: bench/grading.sh [CANDIDATES] [CLIENT_THREADS]
set -euo pipefail
cd "$(dirname "$0")/.."
candidates=${1:-500}
threads=${2:-100}
build=${YUANWU_BENCH_BUILD:-target-bench}
mvn -q -B -Dyuanwu.build.directory="$build" -DskipTests test-compile
mvn -q -B -Dyuanwu.build.directory="$build" dependency:build-classpath -Dmdep.outputFile="$build/cp.txt" >/dev/null
cp="$build/classes:$build/test-classes:$(cat "$build/cp.txt")"
# YUANWU_BENCH_DB=name runs in that existing database instead, emptying its public schema first.
if [ -n "${YUANWU_BENCH_DB:-}" ]; then
    db=$YUANWU_BENCH_DB
    PGOPTIONS="--client-min-messages=warning" psql -h 127.0.0.1 -U postgres -d "$db" -qc "drop schema public cascade; create schema public"
else
    db="yuanwu_bench_grading_$$"
    psql -h 127.0.0.1 -U postgres -d postgres -qc "create database $db"
    trap 'psql -h 127.0.0.1 -U postgres -d postgres -qc "drop database if exists $db"' EXIT
fi
java -Xmx2g -cp "$cp" org.yuanwu.bench.GradingBenchmark "$candidates" "$threads" --server.port=0 --yuanwu.demo.enabled=false \
    --yuanwu.admin.initial-password=Bench-Admin-1 --logging.level.root=WARN \
    "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/$db" --spring.datasource.username=postgres \
    --spring.datasource.password= | grep --line-buffered -E "^(data|RESULT)"
