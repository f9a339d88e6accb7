#!/usr/bin/env bash
# Staff import throughput: a generated N-row workbook (default 20,000) imported through the import
# service on H2 (a fresh file database) and, if reachable, PostgreSQL (a throw-away database).
# Usage: bench/import.sh [ROWS]     PostgreSQL admin: psql as postgres on 127.0.0.1 (override with PG_ADMIN_URL)
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-20000}
build=target-bench
mvn -q -B -Dyuanwu.build.directory="$build" -DskipTests test-compile
mvn -q -B -Dyuanwu.build.directory="$build" dependency:build-classpath -Dmdep.outputFile="$build/cp.txt" >/dev/null
cp="$build/classes:$build/test-classes:$(cat "$build/cp.txt")"
common=(--yuanwu.demo.enabled=false --yuanwu.admin.initial-password=Bench-Admin-1 --logging.level.root=WARN)

tmp=$(mktemp -d)
echo "== H2 (file, $tmp)"
java -Xmx2g -cp "$cp" org.yuanwu.bench.StaffImportBenchmark "$rows" "${common[@]}" \
    "--spring.datasource.url=jdbc:h2:file:$tmp/db;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" | grep -E "workbook|RESULT"
rm -rf "$tmp"

db="yuanwu_bench_$$"
if psql -h 127.0.0.1 -U postgres -d postgres -qc "create database $db" 2>/dev/null; then
    echo "== PostgreSQL (127.0.0.1, database $db)"
    java -Xmx2g -cp "$cp" org.yuanwu.bench.StaffImportBenchmark "$rows" "${common[@]}" \
        "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/$db" --spring.datasource.username=postgres \
        --spring.datasource.password= | grep -E "workbook|RESULT"
    psql -h 127.0.0.1 -U postgres -d postgres -qc "drop database $db"
else
    echo "== PostgreSQL: not reachable as postgres on 127.0.0.1, skipped"
fi
