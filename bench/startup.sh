#!/usr/bin/env bash
# Time from the README's run command (mvn spring-boot:run) to the first page (/login answering 200):
# once on an empty data folder (first start: migrations, administrator, demo hospital), once again
# on the same folder (a normal restart). The project is compiled beforehand, as after a first build.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests compile
data=$(mktemp -d)
url="jdbc:h2:file:$data/yuanwu;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"

report() {
    local ms=$(( ($(date +%s%N) - $3) / 1000000 ))
    printf 'RESULT %s, %s: %d.%03d s after the run command\n' "$1" "$2" $((ms / 1000)) $((ms % 1000))
}

measure() {
    local label=$1 start pid
    start=$(date +%s%N)
    mvn -q -B spring-boot:run -Dspring-boot.run.arguments="--spring.datasource.url=$url --server.port=18080" \
        > "$data/$label.log" 2>&1 &
    pid=$!
    until curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:18080/login 2>/dev/null | grep -q 200; do
        sleep 0.2
        kill -0 "$pid" 2>/dev/null || { echo "application exited; see $data/$label.log"; exit 1; }
    done
    report "$label" "first page (/login answers)" "$start"
    grep -o "Started YuanwuApplication in [0-9.]* seconds" "$data/$label.log" || true
    if [ "$label" = first-start ]; then
        # The demo hospital is generated after the server answers; sign-in works once it is done.
        until grep -q "Yuanwu demo hospital" "$data/$label.log"; do
            sleep 0.2
            kill -0 "$pid" 2>/dev/null || { echo "application exited; see $data/$label.log"; exit 1; }
        done
        report "$label" "demo hospital ready" "$start"
        grep -A1 "Yuanwu demo hospital" "$data/$label.log" | tail -1
        # what each office's share of the demo took
        grep -o "Demo data generated in .*" "$data/$label.log" | tr ';' '\n' || true
    fi
    pkill -f "server.port=18080" || true
    wait "$pid" 2>/dev/null || true
    sleep 1
}

measure first-start
measure restart
rm -rf "$data"
