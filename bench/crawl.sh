#!/usr/bin/env bash
# Crawl benchmark: serves a generated shop of N products from its own process on
# loopback, runs Caravan (embedded PostgreSQL and Redis), submits a full-site crawl
# through the API and prints products stored, wall seconds and products/minute.
#   bench/crawl.sh [products=10000] [runs=3]
set -euo pipefail
cd "$(dirname "$0")/.."
PRODUCTS=${1:-10000}
RUNS=${2:-3}
SHOP_PORT=${SHOP_PORT:-8099}
API_PORT=${API_PORT:-8080}
JAR=target/caravan.jar

[ -f "$JAR" ] || mvn -B -q -DskipTests package

cleanup() { kill "${APP_PID:-}" "${SHOP_PID:-}" 2>/dev/null || true; wait 2>/dev/null || true; }
trap cleanup EXIT

java -cp "$JAR" -Dloader.main=caravan.demo.DemoShopServer org.springframework.boot.loader.launch.PropertiesLauncher \
  --port "$SHOP_PORT" --products "$PRODUCTS" > /tmp/caravan-bench-shop.log 2>&1 &
SHOP_PID=$!

for run in $(seq 1 "$RUNS"); do
  java -Xmx512m -jar "$JAR" --server.port="$API_PORT" --caravan.demo-shop.enabled=false \
    --caravan.fetch.allowed-hosts="127.0.0.1:$SHOP_PORT" \
    --caravan.fetch.per-host.requests-per-second=100000 --caravan.fetch.per-host.max-concurrent=64 \
    --caravan.worker.concurrency=32 --spring.datasource.hikari.maximum-pool-size=40 \
    --logging.level.root=WARN > /tmp/caravan-bench-app.log 2>&1 &
  APP_PID=$!
  until curl -sf "http://127.0.0.1:$API_PORT/actuator/health" >/dev/null; do sleep 0.5; done
  until curl -sf "http://127.0.0.1:$SHOP_PORT/robots.txt" >/dev/null; do sleep 0.2; done

  start=$(date +%s.%N)
  id=$(curl -sf -XPOST "http://127.0.0.1:$API_PORT/api/jobs" -H 'Content-Type: application/json' \
        -d "{\"url\":\"http://127.0.0.1:$SHOP_PORT/\",\"type\":\"full_site\"}" | sed -E 's/.*"id":([0-9]+).*/\1/')
  while :; do
    job=$(curl -sf "http://127.0.0.1:$API_PORT/api/jobs/$id")
    case "$job" in *'"status":"DONE"'*|*'"status":"FAILED"'*) break ;; esac
    sleep 0.2
  done
  end=$(date +%s.%N)
  stored=$(echo "$job" | sed -E 's/.*"productsStored":([0-9]+).*/\1/')
  awk -v run="$run" -v n="$stored" -v s="$start" -v e="$end" \
    'BEGIN { w = e - s; printf "run %d: products=%d wall_s=%.1f products_per_min=%.0f\n", run, n, w, n / w * 60 }'
  kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
done
