#!/usr/bin/env bash
# Serves a static copy of the generated demo shop (DemoCatalog.generate(N)) with nginx on loopback.
#   bench/shop/serve.sh [products=10000] [port=8099]
# Runs in the foreground until killed (SIGTERM/SIGINT): start it with & and kill its pid.
#
# The pages are written once per (N, port, build of the demo shop) by caravan.demo.DemoShopExport into
# bench/shop/cache/ (git-ignored): they embed absolute URLs (sitemap.xml, robots.txt, JSON-LD
# images), hence the port in the cache key. nginx runs from a temp dir (config, pid, logs, temp
# files): nothing outside it and the cache is written.
#
# URL → file (everything DemoShopServer answers):
#   /                      → index.html              /robots.txt, /sitemap.xml as is
#   /p/<id>-<slug>         → p/<id>-<slug>            (no extension: default type text/html)
#   /c/<path>, /brands/<b> → <path>/index.html        ?page=N → <path>/page-N.html
#   anything else          → 404 with DemoShopServer's body (404.html)
set -euo pipefail
source "$(dirname "$0")/../lib.sh"

PRODUCTS=${1:-10000}
PORT=${2:-8099}
WORKERS=${NGINX_WORKERS:-1}

ensure_apt nginx-light
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
ensure_bench_classpath

stamp=$DEMO_STAMP
ROOT=$BENCH_DIR/shop/cache/n$PRODUCTS-p$PORT
if [ "$(cat "$ROOT/.stamp" 2>/dev/null)" != "$stamp" ]; then
  log "writing the $PRODUCTS-product shop to $ROOT"
  rm -rf "$ROOT"
  mkdir -p "$ROOT.tmp"
  java -cp "$BENCH_CP" caravan.demo.DemoShopExport \
    --products "$PRODUCTS" --base-url "http://127.0.0.1:$PORT" --out "$ROOT.tmp" >&2
  echo "$stamp" > "$ROOT.tmp/.stamp"
  mv "$ROOT.tmp" "$ROOT"
fi

RUN=$(mktemp -d /tmp/caravan-bench-nginx.XXXXXX)
NGINX_PID=""
cleanup() {
  if [ -n "$NGINX_PID" ]; then kill -QUIT "$NGINX_PID" 2>/dev/null || true; wait "$NGINX_PID" 2>/dev/null || true; fi
  rm -rf "$RUN"
}
trap cleanup EXIT
trap 'exit 143' TERM
trap 'exit 130' INT

# As root, nginx would run its workers as "nobody", who may not read the cache: keep our user.
user_line=""
[ "$(id -u)" = 0 ] && user_line="user root;"

cat > "$RUN/nginx.conf" <<EOF
$user_line
worker_processes $WORKERS;
daemon off;
pid $RUN/nginx.pid;
error_log $RUN/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
$(nginx_http_basics "$RUN")
  tcp_nopush on;
  # ?page=N of a listing → page-N.html; no or another page parameter → page 1, as DemoShopServer
  map \$arg_page \$listing_page {
    "~^(?<n>[0-9]{1,6})\$" "/page-\$n.html";
    default "/index.html";
  }
  server {
    listen 127.0.0.1:$PORT;
    root $ROOT;
    error_page 404 /404.html;
    location = /404.html { internal; }
    location = / { try_files /index.html =404; }
    location = /index.html { return 404; }
    location / { try_files \$uri \$uri\$listing_page =404; }
  }
}
EOF

"$NGINX" -p "$RUN" -e "$RUN/error.log" -c "$RUN/nginx.conf" &
NGINX_PID=$!
wait_port "$PORT" 30
log "shop of $PRODUCTS products at http://127.0.0.1:$PORT/ (nginx pid $NGINX_PID, root $ROOT)"
wait "$NGINX_PID"
