#!/usr/bin/env bash
# Scrapy 2.8 (Debian python3-scrapy) crawls the nginx shop of N products: 32 concurrent requests,
# robots.txt obeyed, no autothrottle or delay. Checks every product and category link was found.
#   bench/peers/scrapy.sh [products=10000]     (SHOP_URL=http://127.0.0.1:PORT/ to use a running shop)
# Prints: tool=scrapy products=… category_links=… pages=… wall_s=… peak_rss_mib=…
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
PRODUCTS=${1:-10000}
CONCURRENCY=${CONCURRENCY:-32}
ensure_apt python3-scrapy

TMP=$(mktemp -d /tmp/caravan-bench-scrapy.XXXXXX)
cleanup() { stop_shop; rm -rf "$TMP"; }
trap cleanup EXIT
use_or_start_shop "$PRODUCTS" "$TMP/shop.log"

line=$("$SYS_PYTHON" "$BENCH_DIR/peers/scrapy_crawl.py" "$SHOP_URL" "$TMP/products.jsonl" "$CONCURRENCY" 2> "$TMP/scrapy.log") \
  || { cat "$TMP/scrapy.log" >&2; exit 1; }
expected=$("$SYS_PYTHON" "$BENCH_DIR/peers/expected_links.py" "$PRODUCTS")
products=$(field products "$line"); links=$(field category_links "$line")
if [ "$products" != "$PRODUCTS" ] || [ "$links" != "$expected" ]; then
  log "INCOMPLETE: products $products of $PRODUCTS, category links $links of $expected"; tail -20 "$TMP/scrapy.log" >&2
fi
echo "tool=scrapy concurrency=$CONCURRENCY $line expected_links=$expected"
