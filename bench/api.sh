#!/usr/bin/env bash
# API benchmark: Caravan's API alone (java -Xmx512m, embedded PostgreSQL and Redis, no workers,
# no demo shop) under wrk, 50 connections, first POST /api/jobs (valid submissions of a loopback
# site allowed by caravan.fetch.allowed-hosts; nothing crawls them), then GET /api/jobs/{id}.
#   bench/api.sh [duration_s=30] [connections=50]    WRK_THREADS=2, WARMUP_S=5, WRK_TIMEOUT_S=10
#   JAVA_OPTS: extra JVM options for Caravan, e.g. -XX:StartFlightRecording=filename=api.jfr,settings=profile
#   ENDPOINTS=results: instead, GET /api/jobs/{id}/products?size=20 and GET /api/dead-letters?jobId=&size=20
#     of one crawl of the demo shop (300 products, every 50th page failing: 6 dead letters); for that
#     the demo shop and the workers run, and are idle while wrk runs
# (wrk leaves requests slower than its timeout out of the latencies: they are counted in timeouts=)
# Prints per endpoint: endpoint=… connections=… requests=… rps=… p50_ms=… p90_ms=… p99_ms=… max_ms=… non2xx=… socket_errors=… timeouts=… peak_rss_mib=…
set -euo pipefail
source "$(dirname "$0")/lib.sh"
DURATION=${1:-30}
CONNECTIONS=${2:-50}
THREADS=${WRK_THREADS:-2}
WARMUP=${WARMUP_S:-5}
TIMEOUT=${WRK_TIMEOUT_S:-10}
API_PORT=${API_PORT:-$(free_port)}
SITE_PORT=$(free_port)
ensure_apt wrk
ensure_jar

LOG=$(mktemp /tmp/caravan-bench-api.XXXXXX.log)
cleanup() { [ -n "${APP_PID:-}" ] && { kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; }; }
trap cleanup EXIT

ENDPOINTS=${ENDPOINTS:-jobs}
if [ "$ENDPOINTS" = results ]; then
  ROLE=(--caravan.demo-shop.port="$SITE_PORT" --caravan.demo-shop.failing-every=50)
else
  ROLE=(--caravan.demo-shop.enabled=false --caravan.worker.enabled=false --caravan.fetch.allowed-hosts="127.0.0.1:$SITE_PORT")
fi
java -Xmx512m ${JAVA_OPTS:-} -jar "$JAR" --server.port="$API_PORT" "${ROLE[@]}" \
  --logging.level.root=WARN > "$LOG" 2>&1 &
APP_PID=$!
wait_http "http://127.0.0.1:$API_PORT/actuator/health" 300

export BENCH_API_DIR=$BENCH_DIR/api BENCH_SITE_URL="http://127.0.0.1:$SITE_PORT/"
base=http://127.0.0.1:$API_PORT
code=$(curl -s -o /dev/null -w '%{http_code}' -XPOST "$base/api/jobs" -H 'Content-Type: application/json' \
       -d "{\"url\":\"$BENCH_SITE_URL\",\"type\":\"full_site\"}")
[ "$code" = 202 ] || { echo "POST /api/jobs answered $code, not 202" >&2; tail -20 "$LOG" >&2; exit 1; }

run_wrk() { # endpoint-name script url
  if [ "$WARMUP" -gt 0 ]; then
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" --timeout "${TIMEOUT}s" -s "$BENCH_API_DIR/$2" "$3" > /dev/null
  fi
  local line
  line=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout "${TIMEOUT}s" --latency -s "$BENCH_API_DIR/$2" "$3" | grep '^requests=')
  echo "endpoint=$1 connections=$CONNECTIONS threads=$THREADS $line peak_rss_mib=$(( $(peak_rss_kib "$APP_PID") / 1024 ))"
}

if [ "$ENDPOINTS" = results ]; then
  id=$(curl -sf "$base/api/jobs?size=1" | sed -E 's/.*"items":\[\{"id":([0-9]+).*/\1/')
  until curl -sf "$base/api/jobs/$id" | grep -qE '"status":"(DONE|FAILED)"'; do sleep 0.5; done
  run_wrk "GET_/api/jobs/{id}/products" get_job.lua "$base/api/jobs/$id/products?size=20"
  run_wrk "GET_/api/dead-letters" get_job.lua "$base/api/dead-letters?jobId=$id&size=20"
  rm -f "$LOG"
  exit 0
fi
run_wrk POST_/api/jobs post_job.lua "$base/api/jobs"
id=$(curl -sf -XPOST "$base/api/jobs" -H 'Content-Type: application/json' \
     -d "{\"url\":\"$BENCH_SITE_URL\",\"type\":\"full_site\"}" | sed -E 's/.*"id":([0-9]+).*/\1/')
run_wrk "GET_/api/jobs/{id}" get_job.lua "$base/api/jobs/$id"
rm -f "$LOG"
