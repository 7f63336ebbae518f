#!/usr/bin/env bash
# Event latency: from a worker's write of a job event to a client of GET /api/jobs/{id}/events
# receiving it. One Caravan (java -Xmx512m, embedded PostgreSQL and Redis, its demo shop, its
# workers, default settings), then N small jobs one after another (bench/events/sse_latency.py).
#   bench/events.sh [jobs=20] [max_pages=20]       JAR=… picks the build (default target/caravan.jar)
# Prints: jar=… events=… jobs=… median_ms=… p95_ms=… max_ms=…
set -euo pipefail
source "$(dirname "$0")/lib.sh"
JOBS=${1:-20}
MAX_PAGES=${2:-20}
API_PORT=$(free_port)
SHOP_PORT=$(free_port)
ensure_jar

LOG=$(mktemp /tmp/caravan-bench-events.XXXXXX.log)
cleanup() { [ -n "${APP_PID:-}" ] && { kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; }; rm -f "$LOG"; }
trap cleanup EXIT

java -Xmx512m ${JAVA_OPTS:-} -jar "$JAR" --server.port="$API_PORT" --caravan.demo-shop.port="$SHOP_PORT" \
  --logging.level.root=WARN > "$LOG" 2>&1 &
APP_PID=$!
wait_http "http://127.0.0.1:$API_PORT/actuator/health" 300 || { tail -20 "$LOG" >&2; exit 1; }
line=$("$SYS_PYTHON" "$BENCH_DIR/events/sse_latency.py" 127.0.0.1 "$API_PORT" "http://127.0.0.1:$SHOP_PORT/" "$JOBS" "$MAX_PAGES")
echo "jar=$JAR $line"
