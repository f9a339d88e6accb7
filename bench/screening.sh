#!/usr/bin/env bash
# Infection screening on one year of a 1,500-bed hospital in PostgreSQL: ~80,000 stays, 6 temperature readings a
# day, 150,000 cultures, 200,000 antibiotic courses, received through the intake service; then a full screening run
# and incremental runs after one more day's events. Usage: bench/screening.sh [STAYS]   (default 80000)
set -euo pipefail
cd "$(dirname "$0")/.."
stays=${1:-80000}
build=target-bench
mvn -q -B -Dyuanwu.build.directory="$build" -DskipTests test-compile
mvn -q -B -Dyuanwu.build.directory="$build" dependency:build-classpath -Dmdep.outputFile="$build/cp.txt" >/dev/null
cp="$build/classes:$build/test-classes:$(cat "$build/cp.txt")"
db="yuanwu_bench_scr_$$"
psql -h 127.0.0.1 -U postgres -d postgres -qc "create database $db"
trap 'psql -h 127.0.0.1 -U postgres -d postgres -qc "drop database if exists $db"' EXIT
java -Xmx4g -cp "$cp" org.yuanwu.bench.ScreeningBenchmark "$stays" --yuanwu.demo.enabled=false \
    --yuanwu.admin.initial-password=Bench-Admin-1 --logging.level.root=WARN \
    "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/$db" --spring.datasource.username=postgres \
    --spring.datasource.password= | grep --line-buffered -E "^(data|RESULT|check)"
