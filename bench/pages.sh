#!/usr/bin/env bash
# Pages under load: starts the application on the demo hospital (H2 file database, and PostgreSQL where
# one answers as postgres on 127.0.0.1), signs in demo users of several roles, and drives the most used
# pages and API lists with wrk (Debian's package) at 32 and 128 connections, beside the bare endpoint
# (/actuator/health) in the same run. Prints one RESULT line a page: requests/s, p50/p95/p99 and the
# ratio to the bare endpoint's requests/s.
# Usage: bench/pages.sh [SECONDS_PER_RUN] [DATABASES]   defaults: 8 "h2 postgres"
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-8}
databases=${2:-h2 postgres}
port=18181
base="http://127.0.0.1:$port"
build=${YUANWU_BENCH_BUILD:-target-bench}
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk"; exit 1; }

mvn -q -B -Dyuanwu.build.directory="$build" -DskipTests compile
mvn -q -B -Dyuanwu.build.directory="$build" dependency:build-classpath -Dmdep.outputFile="$build/cp.txt" >/dev/null
cp="$build/classes:$(cat "$build/cp.txt")"
work=$(mktemp -d)
trap 'pkill -f "server.port=$port" 2>/dev/null || true; rm -rf "$work"' EXIT

# wrk's own report lacks p95; this prints the figures the results file needs on one line.
cat > "$work/report.lua" <<'LUA'
done = function(summary, latency, requests)
  local secs = summary.duration / 1e6
  io.write(string.format("REPORT %.1f %.1f %.1f %.1f %d %d\n", summary.requests / secs,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.requests))
end
LUA

start_app() { # label, extra arguments...
    local label=$1; shift
    java -Xmx2g -cp "$cp" org.yuanwu.YuanwuApplication --server.port=$port --yuanwu.demo.enabled=true \
        --yuanwu.admin.initial-password=Bench-Admin-1 "$@" > "$work/$label.log" 2>&1 &
    until grep -q "=== Yuanwu demo hospital ===" "$work/$label.log"; do
        sleep 1
        grep -q "APPLICATION FAILED TO START\|Application run failed" "$work/$label.log" && { tail -40 "$work/$label.log"; exit 1; }
    done
    sleep 2
}

# Signs a user in through the form (with its CSRF token) and prints the session cookie header value.
sign_in() { # username password
    local jar="$work/jar-$1" csrf
    rm -f "$jar"
    csrf=$(curl -s -c "$jar" -b "$jar" "$base/login" | grep -o 'name="_csrf"[^>]*value="[^"]*"' | sed 's/.*value="//; s/"$//')
    curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$1" --data-urlencode "password=$2" \
        --data-urlencode "_csrf=$csrf" "$base/login"
    sed "s/^#HttpOnly_//" "$jar" | awk '!/^#/ && NF >= 7 {printf "%s=%s; ", $6, $7}' | sed 's/; $//'
}

# A personal API token for a signed-in session, made on the "My account" page.
api_token() { # cookie header
    local csrf
    csrf=$(curl -s -H "Cookie: $1" "$base/account" | grep -o 'name="_csrf"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
    curl -s -H "Cookie: $1" --data-urlencode "name=bench" --data-urlencode "validDays=1" \
        --data-urlencode "_csrf=$csrf" "$base/account/tokens" | grep -o 'yw_[A-Za-z0-9_-]*' | head -1
}

drive() { # label, connections, header, path (a page that redirects, such as "my file", is driven at its target)
    local out status path=$4 target
    target=$(curl -s -o /dev/null -L -w '%{url_effective}' -H "$3" "$base$path")
    path=${target#"$base"}
    status=$(curl -s -o /dev/null -w '%{http_code}' -H "$3" "$base$path")
    out=$(wrk -t2 -c"$2" -d"${seconds}s" --timeout 10s -s "$work/report.lua" -H "$3" "$base$path" | grep '^REPORT')
    echo "$1 $2 $path $status $out" | tee -a "$work/lines"
}

run_db() { # label, extra app arguments...
    local label=$1; shift
    start_app "$label" "$@"
    local password admin nd head nurse
    password=$(grep -o "all share the password [^)]*" "$work/$label.log" | head -1 | sed 's/all share the password //')
    admin=$(sign_in admin Bench-Admin-1)
    # The demo's nursing department (all wards), a head nurse and a nurse (their own ward).
    nd=$(sign_in nursing "$password")
    head=$(sign_in headnurse "$password")
    nurse=$(sign_in staff1 "$password")
    [ -n "$nd" ] && [ -n "$head" ] && [ -n "$nurse" ] && [ -n "$admin" ] || { echo "sign-in failed"; exit 1; }
    local token
    token=$(api_token "$admin")
    for c in 32 128; do
        drive "$label bare" $c "X-Bench: 1" /actuator/health
        for page in / /plans /staff /indicators /duties/mine /safety/events /safety/complaints /quality/inspections \
                /quality/record-audits /infection /training/courses /exams /training/skills /surveys; do
            drive "$label page-nd" $c "Cookie: $nd" "$page"
        done
        for page in /union/members /party /audit; do
            drive "$label page-admin" $c "Cookie: $admin" "$page"
        done
        drive "$label page-head" $c "Cookie: $head" /
        drive "$label page-head" $c "Cookie: $head" /duties/mine
        drive "$label page-nurse" $c "Cookie: $nurse" /training/files/mine
        for api in /api/v1/staff /api/v1/plans /api/v1/audit /api/v1/infection/cases; do
            drive "$label api-admin" $c "Authorization: Bearer $token" "$api"
        done
    done
    pkill -f "server.port=$port" || true
    sleep 3
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1)"
echo "columns: database who connections path first-status REPORT requests/s p50-ms p95-ms p99-ms errors requests"
for db in $databases; do
    case $db in
        h2) run_db h2 "--spring.datasource.url=jdbc:h2:file:$work/h2/yuanwu;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" ;;
        postgres)
            name="yuanwu_bench_pages_$$"
            if psql -h 127.0.0.1 -U postgres -d postgres -qc "create database $name" 2>/dev/null; then
                run_db postgres --spring.profiles.active=postgres --yuanwu.demo.enabled=true \
                    "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/$name" --spring.datasource.username=postgres \
                    --spring.datasource.password=
                psql -h 127.0.0.1 -U postgres -d postgres -qc "drop database $name"
            else
                echo "postgres: not reachable as postgres on 127.0.0.1, skipped"
            fi ;;
    esac
done

# The ratio of each page's requests/s to the bare endpoint's, same database and connection count.
echo "== ratio to the bare endpoint"
awk '$2 == "bare" {bare[$1 " " $3] = $7}
     $2 != "bare" {k = $1 " " $3; printf "RESULT %-8s %-10s c=%-4s %-28s %8.1f req/s  p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  %5.1f %% of bare  (status %s, errors %s)\n",
         $1, $2, $3, $4, $7, $8, $9, $10, 100 * $7 / bare[k], $5, $11}' "$work/lines"
