#!/usr/bin/env bash
# The crawl comparison in one run on one machine: one nginx shop of N products, then RUNS rounds
# of Scrapy, Crawlee (request queue in memory), Crawlee (persisted) and Caravan (bench/crawl.sh:
# a freshly started JVM, then WARM=1, one that already ran a crawl), interleaved so background
# noise spreads over all; then the median of each.
#   bench/peers/run.sh [products=10000] [runs=3]     CARAVAN=0 leaves Caravan out
# Prints every run's line as it comes, then per tool:
#   median tool=… runs=… products=… wall_s=… peak_rss_mib=… products_per_min=…
# and keeps all lines in bench/results/crawl-<N>-<time>.txt (git-ignored).
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
PRODUCTS=${1:-10000}
RUNS=${2:-3}
CARAVAN=${CARAVAN:-1}
ensure_apt python3-scrapy nginx-light
ensure_node_peers
[ "$CARAVAN" = 1 ] && ensure_jar

mkdir -p "$BENCH_DIR/results"
RESULTS=$BENCH_DIR/results/crawl-$PRODUCTS-$(date -u +%Y%m%dT%H%M%SZ).txt
SHOP_PORT=$(port_or_free 8099)
SHOP_LOG=$(mktemp /tmp/caravan-bench-shop.XXXXXX.log)
cleanup() { [ -n "${SHOP_PID:-}" ] && { kill "$SHOP_PID" 2>/dev/null || true; wait "$SHOP_PID" 2>/dev/null || true; }; rm -f "$SHOP_LOG"; }
trap cleanup EXIT
"$BENCH_DIR/shop/serve.sh" "$PRODUCTS" "$SHOP_PORT" 2> "$SHOP_LOG" &
SHOP_PID=$!
wait_http "http://127.0.0.1:$SHOP_PORT/robots.txt" 600 || { cat "$SHOP_LOG" >&2; exit 1; }
export SHOP_URL=http://127.0.0.1:$SHOP_PORT/
{ echo "# $(date -u +%FT%TZ) products=$PRODUCTS runs=$RUNS nproc=$(nproc) load=$(cut -d' ' -f1-3 /proc/loadavg)"; } | tee "$RESULTS"

for run in $(seq 1 "$RUNS"); do
  "$BENCH_DIR/peers/scrapy.sh" "$PRODUCTS" | sed "s/^/run=$run /" | tee -a "$RESULTS"
  "$BENCH_DIR/peers/crawlee.sh" "$PRODUCTS" memory | sed "s/^/run=$run /" | tee -a "$RESULTS"
  "$BENCH_DIR/peers/crawlee.sh" "$PRODUCTS" persisted | sed "s/^/run=$run /" | tee -a "$RESULTS"
  if [ "$CARAVAN" = 1 ]; then
    SHOP=external SHOP_PORT=$SHOP_PORT "$BENCH_DIR/crawl.sh" "$PRODUCTS" 1 \
      | sed -E "s/^run 1: /run=$run tool=caravan storage=postgresql /" | tee -a "$RESULTS"
    # and on a JVM that already ran one crawl: a service that has been up a while
    WARM=1 SHOP=external SHOP_PORT=$SHOP_PORT "$BENCH_DIR/crawl.sh" "$PRODUCTS" 1 \
      | sed -E "s/^run 1: /run=$run tool=caravan storage=postgresql /" | tee -a "$RESULTS"
  fi
done
echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$RESULTS"

# medians per tool (and Crawlee's storage mode)
for key in "tool=scrapy " "tool=crawlee storage=memory " "tool=crawlee storage=persisted " \
           "tool=caravan storage=postgresql jvm=cold " "tool=caravan storage=postgresql jvm=warm "; do
  lines=$(grep -F "$key" "$RESULTS" || true)
  [ -n "$lines" ] || continue
  med() { while read -r l; do field "$1" "$l"; done <<<"$lines" | median; }
  echo "median ${key}runs=$(wc -l <<<"$lines") products=$(med products) wall_s=$(med wall_s) peak_rss_mib=$(med peak_rss_mib) products_per_min=$(awk -v n="$PRODUCTS" -v w="$(med wall_s)" 'BEGIN { printf "%.0f", n / w * 60 }')" \
    | tee -a "$RESULTS"
done
