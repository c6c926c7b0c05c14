#!/usr/bin/env bash
# Load test of the server (docs/benchmarks.md, "Server"): starts ./clearance serve on a fresh database (H2 by default,
# or --database URL, e.g. a PostgreSQL schema), adds an analyst with a token, runs scripts/LoadTest.java against
# POST /api/v1/check and POST /api/v1/screen, prints the figures, stops the server.
#   scripts/load-test.sh [--database URL] [--concurrency 16] [--seconds 30] [--warmup 10]
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
. "$here/scripts/jdk.sh"
jdk=$(clearance_find_jdk)
db="" concurrency=16 seconds=30 warmup=10
while [ $# -gt 0 ]; do
  case "$1" in
    --database) db="$2"; shift 2 ;;
    --concurrency) concurrency="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    *) echo "load-test.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
work=$(mktemp -d)
export XDG_DATA_HOME="$work"
[ -n "$db" ] || db="jdbc:h2:file:$work/clearance/clearance"
port=$(( 20000 + RANDOM % 20000 ))
"$here/clearance" users add load --role analyst --database "$db" >/dev/null
token=$("$here/clearance" tokens create load --database "$db")
CLEARANCE_ADMIN_PASSWORD=load-test-admin-password "$here/clearance" serve --port "$port" --database "$db" \
  >"$work/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break; sleep 1; done
echo "machine: $(nproc) cores, $(uptime | sed 's/.*load average/load average/'); database $db"
for kind in check screen; do
  "$jdk/bin/java" "$here/scripts/LoadTest.java" --url "http://127.0.0.1:$port" --token "$token" --kind "$kind" \
    --concurrency "$concurrency" --seconds "$seconds" --warmup "$warmup"
done
