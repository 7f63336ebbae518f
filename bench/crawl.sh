#!/usr/bin/env bash
# Crawl benchmark: serves a generated shop of N products on loopback (nginx by default, or the
# DemoShopServer JVM), runs Caravan (embedded PostgreSQL and Redis, heap capped at 512 MiB),
# submits a full-site crawl through the API and prints, per run, products stored, wall seconds
# (submit → DONE), products/minute and the Caravan JVM's peak RSS.
#   bench/crawl.sh [products=10000] [runs=3]
#   SHOP=nginx|jvm|external (default nginx; external: a shop already serving on SHOP_PORT)   SHOP_PORT (default 8099, else a free one)   API_PORT (default: free)
#   WARM=1: time a second crawl in the same JVM (the first one, untimed, warms it up)
#   WORKERS=32: Caravan's worker threads (its prefetch is twice that, as by default)
#   JAVA_OPTS: extra JVM options for Caravan, e.g. -XX:StartFlightRecording=filename=crawl.jfr,settings=profile
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$REPO_DIR"
PRODUCTS=${1:-10000}
RUNS=${2:-3}
SHOP=${SHOP:-nginx}
[ "$SHOP" != external ] || [ -n "${SHOP_PORT:-}" ] || { echo "SHOP=external needs SHOP_PORT" >&2; exit 2; }
SHOP_PORT=${SHOP_PORT:-$(port_or_free 8099)}
API_PORT=${API_PORT:-$(free_port)}
LOGS=${LOGS:-/tmp}

ensure_jar

cleanup() {
  for pid in ${APP_PID:-} ${SHOP_PID:-}; do kill "$pid" 2>/dev/null || true; done
  for pid in ${APP_PID:-} ${SHOP_PID:-}; do wait "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT

case "$SHOP" in
  nginx) "$BENCH_DIR/shop/serve.sh" "$PRODUCTS" "$SHOP_PORT" > "$LOGS/caravan-bench-shop.log" 2>&1 & ;;
  jvm) java -cp "$JAR" -Dloader.main=caravan.demo.DemoShopServer org.springframework.boot.loader.launch.PropertiesLauncher \
         --port "$SHOP_PORT" --products "$PRODUCTS" > "$LOGS/caravan-bench-shop.log" 2>&1 & ;;
  external) ;;
  *) echo "SHOP must be nginx, jvm or external" >&2; exit 2 ;;
esac
[ "$SHOP" = external ] || SHOP_PID=$!

crawl_to_end() { # submits a full-site crawl of the shop, waits for its end, prints the job
  local id job
  id=$(curl -sf -XPOST "http://127.0.0.1:$API_PORT/api/jobs" -H 'Content-Type: application/json' \
        -d "{\"url\":\"http://127.0.0.1:$SHOP_PORT/\",\"type\":\"full_site\"}" | sed -E 's/.*"id":([0-9]+).*/\1/')
  while :; do
    job=$(curl -sf "http://127.0.0.1:$API_PORT/api/jobs/$id")
    case "$job" in *'"status":"DONE"'*|*'"status":"FAILED"'*) break ;; esac
    sleep 0.2
  done
  echo "$job"
}

for run in $(seq 1 "$RUNS"); do
  java -Xmx512m ${JAVA_OPTS:-} -jar "$JAR" --server.port="$API_PORT" --caravan.demo-shop.enabled=false \
    --caravan.fetch.allowed-hosts="127.0.0.1:$SHOP_PORT" \
    --caravan.fetch.per-host.requests-per-second=100000 --caravan.fetch.per-host.max-concurrent=64 \
    --caravan.worker.concurrency=${WORKERS:-32} --caravan.worker.prefetch=$(( ${WORKERS:-32} * 2 )) --spring.datasource.hikari.maximum-pool-size=40 \
    --logging.level.root=WARN > "$LOGS/caravan-bench-app.log" 2>&1 &
  APP_PID=$!
  wait_http "http://127.0.0.1:$API_PORT/actuator/health" 300
  wait_http "http://127.0.0.1:$SHOP_PORT/robots.txt" 300

  # WARM=1: one untimed crawl of the same shop first, so the timed one runs on a JIT-compiled JVM
  # (a service that has been up for a while) rather than a freshly started one
  [ "${WARM:-0}" = 1 ] && crawl_to_end > /dev/null
  start=$(date +%s.%N)
  job=$(crawl_to_end)
  end=$(date +%s.%N)
  stored=$(echo "$job" | sed -E 's/.*"productsStored":([0-9]+).*/\1/')
  # VmHWM of the Caravan JVM alone (API + workers); the embedded PostgreSQL and Redis are not counted
  jvm_rss=$(peak_rss_kib "$APP_PID")
  awk -v run="$run" -v n="$stored" -v s="$start" -v e="$end" -v rss="$jvm_rss" -v shop="$SHOP" -v warm="$([ "${WARM:-0}" = 1 ] && echo warm || echo cold)" \
    'BEGIN { w = e - s; printf "run %d: jvm=%s products=%d wall_s=%.1f products_per_min=%.0f peak_rss_mib=%.0f shop=%s\n", run, warm, n, w, n / w * 60, rss / 1024, shop }'
  kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
  APP_PID=""
done
