#!/usr/bin/env bash
# Crawlee 3.18 CheerioCrawler crawls the nginx shop of N products (32 concurrent, robots.txt
# respected), with its request queue in memory, persisted on disk (Crawlee's default), or both.
#   bench/peers/crawlee.sh [products=10000] [memory|persisted|both=both]
#   (SHOP_URL=http://127.0.0.1:PORT/ to use a running shop)
# Prints per mode: tool=crawlee storage=… products=… category_links=… pages=… wall_s=… peak_rss_mib=…
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
PRODUCTS=${1:-10000}
MODE=${2:-both}
CONCURRENCY=${CONCURRENCY:-32}
ensure_node_peers

TMP=$(mktemp -d /tmp/caravan-bench-crawlee.XXXXXX)
cleanup() { stop_shop; rm -rf "$TMP"; }
trap cleanup EXIT
use_or_start_shop "$PRODUCTS" "$TMP/shop.log"
expected=$("$SYS_PYTHON" "$BENCH_DIR/peers/expected_links.py" "$PRODUCTS")

modes=$MODE; [ "$MODE" = both ] && modes="memory persisted"
for mode in $modes; do
  persist=false; [ "$mode" = persisted ] && persist=true
  rm -rf "$TMP/storage"
  line=$(cd "$TMP" && CRAWLEE_PERSIST_STORAGE=$persist CRAWLEE_STORAGE_DIR="$TMP/storage" \
         node "$BENCH_DIR/peers/crawlee_crawl.mjs" "$SHOP_URL" "$TMP/products.jsonl" "$CONCURRENCY" 2> "$TMP/crawlee.log") \
    || { tail -30 "$TMP/crawlee.log" >&2; exit 1; }
  products=$(field products "$line"); links=$(field category_links "$line")
  if [ "$products" != "$PRODUCTS" ] || [ "$links" != "$expected" ]; then
    log "INCOMPLETE: products $products of $PRODUCTS, category links $links of $expected"; tail -20 "$TMP/crawlee.log" >&2
  fi
  echo "tool=crawlee storage=$mode concurrency=$CONCURRENCY $line expected_links=$expected"
done
