#!/usr/bin/env bash
# Checks that the nginx copy of the shop answers like DemoShopServer: status, Content-Type and
# body (the port in absolute URLs aside) for home, robots.txt, sitemap.xml, listings and their
# pages, products of each markup, and URLs that do not exist.
#   bench/shop/check.sh [products=1000]
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
PRODUCTS=${1:-1000}
ensure_jar

JVM_PORT=$(free_port)
NGINX_PORT=$(free_port)
TMP=$(mktemp -d /tmp/caravan-bench-check.XXXXXX)
cleanup() {
  kill "${JVM_PID:-}" "${NGINX_PID:-}" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$TMP" "$BENCH_DIR/shop/cache/n$PRODUCTS-p$NGINX_PORT"   # a one-off port: not worth caching
}
trap cleanup EXIT

java -cp "$JAR" -Dloader.main=caravan.demo.DemoShopServer org.springframework.boot.loader.launch.PropertiesLauncher \
  --port "$JVM_PORT" --products "$PRODUCTS" > "$TMP/jvm.log" 2>&1 &
JVM_PID=$!
"$BENCH_DIR/shop/serve.sh" "$PRODUCTS" "$NGINX_PORT" 2> "$TMP/nginx.log" &
NGINX_PID=$!
wait_http "http://127.0.0.1:$JVM_PORT/robots.txt"
wait_http "http://127.0.0.1:$NGINX_PORT/robots.txt"

# product URLs of each markup (JSON-LD, microdata id%10==7, OpenGraph id%10==9) from the sitemap
sitemap=$(curl -sf "http://127.0.0.1:$JVM_PORT/sitemap.xml")
products=$(grep -oE "/p/(1|7|9|${PRODUCTS})-[^<]+" <<<"$sitemap" | head -4)
urls="/ /robots.txt /sitemap.xml /c/clothing /c/clothing?page=2 /c/clothing?page=1 /c/clothing/shirts?page=3
/brands/acme /brands/acme?page=2&sort=x /c/sale?page=abc /c/clothing?page=9999 /c/clothing?page=0 /c/nothing
/p/1-wrong-slug /p/999999-x /about $products"

fail=0
for url in $urls; do
  for side in jvm nginx; do
    port=$JVM_PORT; [ "$side" = nginx ] && port=$NGINX_PORT
    curl -s -D "$TMP/$side.h" -o "$TMP/$side.b" "http://127.0.0.1:$port$url"
    sed -i "s/127\.0\.0\.1:$port/HOST/g" "$TMP/$side.b"
    awk 'NR == 1 { print $2 } tolower($1) == "content-type:" { $1 = ""; print tolower($0) }' "$TMP/$side.h" | tr -d '\r ' > "$TMP/$side.s"
  done
  if cmp -s "$TMP/jvm.s" "$TMP/nginx.s" && cmp -s "$TMP/jvm.b" "$TMP/nginx.b"; then
    echo "same  $(head -1 "$TMP/jvm.s") $url"
  else
    echo "DIFF  $url: jvm $(tr '\n' ' ' < "$TMP/jvm.s") nginx $(tr '\n' ' ' < "$TMP/nginx.s")"
    fail=1
  fi
done
[ "$fail" = 0 ] && echo "nginx shop answers like DemoShopServer for all $(wc -w <<<"$urls") URLs" || { echo "differences found"; exit 1; }
