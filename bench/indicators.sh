#!/usr/bin/env bash
# Indicator engine on a large hospital group in PostgreSQL: generates 2,011 units and ~21.7 million
# facts over five years in a throw-away database, then reports p50/p95 of the engine beside
# hand-written SQL. Usage: bench/indicators.sh [ITERATIONS]   (default 50; needs ~10 GB of disk)
set -euo pipefail
cd "$(dirname "$0")/.."
iterations=${1:-50}
build=target-bench
mvn -q -B -Dyuanwu.build.directory="$build" -DskipTests test-compile
mvn -q -B -Dyuanwu.build.directory="$build" dependency:build-classpath -Dmdep.outputFile="$build/cp.txt" >/dev/null
cp="$build/classes:$build/test-classes:$(cat "$build/cp.txt")"
# YUANWU_BENCH_DB=name measures again a database an earlier run filled (and keeps it).
reuse=()
if [ -n "${YUANWU_BENCH_DB:-}" ]; then
    db=$YUANWU_BENCH_DB
    reuse=(--spring.flyway.validate-on-migrate=false)
else
    db="yuanwu_bench_ind_$$"
    psql -h 127.0.0.1 -U postgres -d postgres -qc "create database $db"
    trap 'psql -h 127.0.0.1 -U postgres -d postgres -qc "drop database if exists $db"' EXIT
fi
java -Xmx4g -cp "$cp" org.yuanwu.bench.IndicatorBenchmark "$iterations" --yuanwu.demo.enabled=false \
    --yuanwu.admin.initial-password=Bench-Admin-1 --logging.level.root=WARN \
    "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/$db" --spring.datasource.username=postgres \
    --spring.datasource.password= "${reuse[@]}" | grep --line-buffered -E "^(data|generated|RESULT|check)"
