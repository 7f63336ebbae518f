#!/usr/bin/env bash
# Politeness benchmark: N shops on N loopback addresses (127.0.0.2 and up, one nginx), one
# full_site job per shop submitted at once to one Caravan (embedded PostgreSQL and Redis, default
# worker threads) with per-host limits set. Prints, per scenario: wall time (first submit → last
# job ended) against the ideal, the aggregate request rate against the ceiling (N × rps), jobs
# ended, and — from nginx's access log ($msec, $request_time) — the most requests any shop saw
# start within one second and in flight at once, and how many shops went over their limits.
#   bench/politeness.sh
#   SHOPS=40 PRODUCTS=60 RPS=2 INFLIGHT=2 TIMEOUT=400 SLOW=0 bench/politeness.sh
#   SHOPS      shops (and jobs), at most 253                         default 40
#   WARMUP     more shops (the addresses after them), crawled first and not measured: the
#              measured round then meets a JVM that has compiled its hot code, as a service
#              that has been running does (0: a cold JVM, start-up included)   default 0
#   PRODUCTS   products per shop (DemoCatalog.generate(N))          default 60
#   RPS        caravan.fetch.per-host.requests-per-second            default 2
#   INFLIGHT   caravan.fetch.per-host.max-concurrent                 default 2
#   TIMEOUT    seconds per scenario from the first submission; the figures then cover what
#              happened until then (jobs still running are reported as such)   default 400
#   SLOW       0: every shop answers at nginx's speed; 1: the first shop (127.0.0.2) answers
#              every request after SLOW_S seconds (nginx proxies it to a python3 server that
#              waits, then answers the same file) and the other shops' figures are printed
#              apart; both: one scenario, then the other (a fresh JVM each)  default 0
#   SLOW_S     the slow shop's answer time                           default 3
#   WORKERS    caravan.worker.concurrency (unset: the jar's default, 16)
#   SHOP_PORT  the shops' port (default 8097, else a free one)   LOGS  where logs are kept (/tmp)
# Keeps $LOGS/caravan-politeness-<scenario>-{access,app}.log and -jobs.json (the jobs as the API
# showed them last) of the last run of each scenario.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$REPO_DIR"

SHOPS=${SHOPS:-40}
WARMUP=${WARMUP:-0}
ALL=$((SHOPS + WARMUP))
PRODUCTS=${PRODUCTS:-60}
RPS=${RPS:-2}
INFLIGHT=${INFLIGHT:-2}
TIMEOUT=${TIMEOUT:-400}
SLOW=${SLOW:-0}
SLOW_S=${SLOW_S:-3}
LOGS=${LOGS:-/tmp}
usage() { echo "usage: [SHOPS=40] [WARMUP=0] [PRODUCTS=60] [RPS=2] [INFLIGHT=2] [TIMEOUT=400] [SLOW=0|1|both] [SLOW_S=3] [WORKERS=] $0" >&2; exit 2; }
[ $# -eq 0 ] || usage
[ "$SHOPS" -ge 1 ] && [ "$WARMUP" -ge 0 ] && [ "$ALL" -le 253 ] || usage
case "$SLOW" in 0) SCENARIOS=even ;; 1) SCENARIOS=slow ;; both) SCENARIOS="even slow" ;; *) usage ;; esac

ensure_apt nginx-light
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
ensure_jar
ensure_bench_classpath
SHOP_PORT=${SHOP_PORT:-$(port_or_free 8097)}
API_PORT=${API_PORT:-$(free_port)}

addr() { echo "127.0.0.$(($1 + 1))"; } # shop i (1-based) → its address

# ---- the shops' files: one copy per address, since pages carry absolute URLs (sitemap.xml,
# robots.txt's Sitemap line, JSON-LD images) that must name the shop's own host
stamp=$DEMO_STAMP
CACHE=$BENCH_DIR/shop/cache/polite-n$PRODUCTS-p$SHOP_PORT
first=$(addr 1)
for i in $(seq 1 "$ALL"); do
  a=$(addr "$i")
  [ "$(cat "$CACHE/$a/.stamp" 2>/dev/null)" != "$stamp" ] || continue
  rm -rf "$CACHE/$a" "$CACHE/$a.tmp"
  mkdir -p "$CACHE"
  if [ "$i" = 1 ]; then
    log "writing the $PRODUCTS-product shop to $CACHE/$a"
    java -cp "$BENCH_CP" caravan.demo.DemoShopExport \
      --products "$PRODUCTS" --base-url "http://$a:$SHOP_PORT" --out "$CACHE/$a.tmp" >&2
  else
    cp -r "$CACHE/$first" "$CACHE/$a.tmp"
    grep -rlF "http://$first:$SHOP_PORT" "$CACHE/$a.tmp" | xargs -r sed -i "s#http://${first//./\\.}:$SHOP_PORT#http://$a:$SHOP_PORT#g"
  fi
  echo "$stamp" > "$CACHE/$a.tmp/.stamp"
  mv "$CACHE/$a.tmp" "$CACHE/$a"
done

RUN=""; NGINX_PID=""; SLOW_PID=""; APP_PID=""
stop_all() {
  for pid in $APP_PID $SLOW_PID; do kill "$pid" 2>/dev/null || true; done
  for pid in $APP_PID $SLOW_PID; do wait "$pid" 2>/dev/null || true; done
  if [ -n "$NGINX_PID" ]; then kill -QUIT "$NGINX_PID" 2>/dev/null || true; wait "$NGINX_PID" 2>/dev/null || true; fi
  APP_PID=""; SLOW_PID=""; NGINX_PID=""
}
cleanup() { stop_all; [ -z "$RUN" ] || rm -rf "$RUN"; }
trap cleanup EXIT
trap 'exit 143' TERM
trap 'exit 130' INT

# the nginx locations of one shop (URL → file as in bench/shop/serve.sh)
shop_locations() {
  cat <<EOF
    root $CACHE/$1;
    error_page 404 /404.html;
    location = /404.html { internal; }
    location = / { try_files /index.html =404; }
    location = /index.html { return 404; }
    location / { try_files \$uri \$uri\$listing_page =404; }
EOF
}

nginx_conf() { # $1: the slow shop's address or ""
  local user_line="" i a
  [ "$(id -u)" = 0 ] && user_line="user root;"
  cat <<EOF
$user_line
worker_processes 1;
daemon off;
pid $RUN/nginx.pid;
error_log $RUN/error.log warn;
events { worker_connections 4096; }
http {
  # request end (s.ms), its duration (s.ms, from its first byte read), the shop, status, bytes, URL
  log_format polite '\$msec \$request_time \$server_addr:\$server_port \$status \$body_bytes_sent "\$request_uri"';
  access_log $RUN/access.log polite;
$(nginx_http_basics "$RUN")
  map \$arg_page \$listing_page {
    "~^(?<n>[0-9]{1,6})\$" "/page-\$n.html";
    default "/index.html";
  }
EOF
  for i in $(seq 1 "$ALL"); do
    a=$(addr "$i")
    if [ "$a" = "$1" ]; then
      # the slow shop: logged here as the crawler sees it, answered by the waiting python3 server,
      # which fetches the file from the internal server below
      echo "  server { listen $a:$SHOP_PORT; location / { proxy_pass http://127.0.0.1:$SLOW_PORT; proxy_read_timeout 60s; } }"
      echo "  server { listen 127.0.0.1:$INTERNAL_PORT; access_log off;"; shop_locations "$a"; echo "  }"
    else
      echo "  server { listen $a:$SHOP_PORT;"; shop_locations "$a"; echo "  }"
    fi
  done
  echo "}"
}

echo "machine: nproc=$(nproc) mem=$(free -g | awk '/^Mem:/ { print $2 }')GiB load=$(cut -d' ' -f1-3 /proc/loadavg | tr ' ' ,)" \
  "java=$(java -version 2>&1 | awk -F'"' '/version/ { print $2; exit }') jar=$JAR"

run_scenario() { # $1: even | slow
  local scenario=$1 slow_addr="" hosts="" shops="" i a t0 stopped ids=()
  [ "$scenario" = slow ] && slow_addr=$first
  RUN=$(mktemp -d /tmp/caravan-bench-polite.XXXXXX)
  SLOW_PORT=$(free_port); INTERNAL_PORT=$(free_port)
  nginx_conf "$slow_addr" > "$RUN/nginx.conf"
  "$NGINX" -p "$RUN" -e "$RUN/error.log" -c "$RUN/nginx.conf" &
  NGINX_PID=$!
  if [ -n "$slow_addr" ]; then
    "$SYS_PYTHON" "$BENCH_DIR/politeness.py" slow-backend "$SLOW_PORT" "http://127.0.0.1:$INTERNAL_PORT" "$SLOW_S" &
    SLOW_PID=$!
  fi
  for i in $(seq 1 "$ALL"); do
    a=$(addr "$i"); hosts+=${hosts:+,}$a:$SHOP_PORT
    [ "$i" -gt "$SHOPS" ] || shops+=${shops:+,}$a:$SHOP_PORT
  done
  wait_http "http://$(addr "$ALL"):$SHOP_PORT/robots.txt" 30
  wait_http "http://$first:$SHOP_PORT/robots.txt" 30

  local workers_opts=()
  [ -z "${WORKERS:-}" ] || workers_opts=(--caravan.worker.concurrency="$WORKERS" --caravan.worker.prefetch=$((WORKERS * 2)))
  java -Xmx512m ${JAVA_OPTS:-} -jar "$JAR" --server.port="$API_PORT" --caravan.demo-shop.enabled=false \
    --caravan.fetch.allowed-hosts="$hosts" \
    --caravan.fetch.per-host.requests-per-second="$RPS" --caravan.fetch.per-host.max-concurrent="$INFLIGHT" \
    "${workers_opts[@]}" --logging.level.root=WARN > "$RUN/app.log" 2>&1 &
  APP_PID=$!
  wait_http "http://127.0.0.1:$API_PORT/actuator/health" 300

  if [ "$WARMUP" -gt 0 ]; then
    log "$scenario: warming up on $WARMUP more shops"
    for i in $(seq $((SHOPS + 1)) "$ALL"); do addr "$i"; done | xargs -P 8 -I{} \
      curl -sf -o /dev/null -XPOST "http://127.0.0.1:$API_PORT/api/jobs" -H 'Content-Type: application/json' \
        -d "{\"url\":\"http://{}:$SHOP_PORT/\",\"type\":\"full_site\"}"
    "$SYS_PYTHON" "$BENCH_DIR/politeness.py" wait "http://127.0.0.1:$API_PORT" "$RUN/warmup.json" \
      "$(awk -v s="$(date +%s)" -v t="$TIMEOUT" 'BEGIN { printf "%.3f", s + t }')" >/dev/null
  fi
  : > "$RUN/access.log" # nginx appends: this drops the readiness checks and the warm-up above
  log "$scenario: submitting $SHOPS jobs"
  t0=$(date +%s.%N)
  # at once, as a client with many shops would: 8 submissions in flight
  mapfile -t ids < <(for i in $(seq 1 "$SHOPS"); do addr "$i"; done | xargs -P 8 -I{} \
    curl -sf -XPOST "http://127.0.0.1:$API_PORT/api/jobs" -H 'Content-Type: application/json' \
      -d "{\"url\":\"http://{}:$SHOP_PORT/\",\"type\":\"full_site\"}" -w '\n' | sed -E 's/.*"id":([0-9]+).*/\1/')
  log "$scenario: ${#ids[@]} jobs submitted in $(awk -v s="$t0" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }') s; waiting (at most ${TIMEOUT} s)"
  stopped=$("$SYS_PYTHON" "$BENCH_DIR/politeness.py" wait "http://127.0.0.1:$API_PORT" "$RUN/jobs.json" \
    "$(awk -v s="$t0" -v t="$TIMEOUT" 'BEGIN { printf "%.3f", s + t }')")
  stop_all
  cp "$RUN/access.log" "$LOGS/caravan-politeness-$scenario-access.log"
  cp "$RUN/app.log" "$LOGS/caravan-politeness-$scenario-app.log"
  cp "$RUN/jobs.json" "$LOGS/caravan-politeness-$scenario-jobs.json"
  "$SYS_PYTHON" "$BENCH_DIR/politeness.py" report --log "$RUN/access.log" --jobs "$RUN/jobs.json" \
    --t0 "$t0" --stopped "$stopped" --shops "$shops" --products "$PRODUCTS" --rps "$RPS" --inflight "$INFLIGHT" \
    --workers "${WORKERS:-}" --jar "$JAR" --scenario "$scenario" --slow-shop "${slow_addr:+$slow_addr:$SHOP_PORT}" --slow-s "$SLOW_S" --warm "$WARMUP"
  rm -rf "$RUN"; RUN=""
}

for scenario in $SCENARIOS; do run_scenario "$scenario"; done
