#!/usr/bin/env bash
# Export benchmark: GET /api/jobs/{id}/products?format=jsonl and ?format=csv of one job of N products
# (default 100,000, each with 2 variants, 2 categories and 2 images; bulk-inserted with
# generate_series into the service's embedded PostgreSQL, no crawl), read with curl, RUNS times each.
# Two services in turn on the same data: first as it runs by default (java -jar, the JVM's default
# heap), then with -Xmx64m, to show that an export does not need the memory its size would.
#   bench/export.sh [products=100000] [runs=3]      SMALL_HEAP=64m (the second service's -Xmx)
# Prints one line per export and a median line per service and format:
#   heap=default|64m format=jsonl|csv run=1 rows=… bytes=… ttfb_s=… total_s=… rows_per_s=… peak_heap_mib=…
#   heap=… format=… median rows=… bytes=… ttfb_s=… total_s=… peak_heap_mib=…
# peak_heap_mib: the most heap in use during the export, the larger of the heap before each GC
# (-Xlog:gc) and jvm_memory_used_bytes{area="heap"} sampled every 0.2 s from /actuator/prometheus.
# rows: lines of the body (the CSV's header line left out; the bench's fields hold no line break),
# checked against X-Total-Count.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
PRODUCTS=${1:-100000}
RUNS=${2:-3}
SMALL_HEAP=${SMALL_HEAP:-64m}
ensure_apt postgresql-client
ensure_jar

WORK=$(mktemp -d /tmp/caravan-bench-export.XXXXXX)
PG_PORT=$(free_port)
API_PORT=$(free_port)
base=http://127.0.0.1:$API_PORT
cleanup() {
  [ -n "${SAMPLER_PID:-}" ] && { kill "$SAMPLER_PID" 2>/dev/null || true; }
  stop_service
  rm -rf "$WORK"
}
trap cleanup EXIT

# $1: extra JVM options. The data directory outlives the service: the second one finds the rows.
start_service() {
  : > "$WORK/gc.log"
  # shellcheck disable=SC2086
  java $1 -Xlog:gc:file="$WORK/gc.log" -jar "$JAR" --server.port="$API_PORT" \
    --caravan.embedded.postgres-port="$PG_PORT" --caravan.embedded.postgres-data-dir="$WORK/pg" \
    --caravan.worker.enabled=false --caravan.demo-shop.enabled=false --logging.level.root=WARN \
    > "$WORK/service.log" 2>&1 &
  APP_PID=$!
  wait_http "$base/actuator/health" 300
}

stop_service() {
  if [ -n "${APP_PID:-}" ]; then
    kill "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=""
  fi
}

psql_bench() { psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt "$@"; }

fill_job() {
  psql_bench -v products="$PRODUCTS" <<'SQL'
INSERT INTO crawl_job (url, site, type, priority, max_pages, status, request_hash)
VALUES ('http://bench.test/', 'http://bench.test', 'full_site', 'normal', 1000000, 'DONE', 'bench-export');
INSERT INTO category (site, path, name, kind)
SELECT 'http://bench.test', '/c/cat-' || c, 'Category ' || c, 'product' FROM generate_series(1, 20) c;
INSERT INTO product (url, site, title, price, currency, sku, availability, images, description, brand, gtin)
SELECT 'http://bench.test/p/' || n, 'http://bench.test', 'Product ' || n || ', "bench" edition', n % 1000 + 0.99,
       'EUR', 'SKU-' || n, CASE WHEN n % 5 = 0 THEN 'OutOfStock' ELSE 'InStock' END,
       ARRAY['http://bench.test/i/' || n || '-1.jpg', 'http://bench.test/i/' || n || '-2.jpg'],
       'A sturdy product, number ' || n || ', described in a sentence or two as shops do.',
       'Brand ' || n % 7, lpad(n::text, 13, '0')
FROM generate_series(1, :products) n;
INSERT INTO product_variant (product_id, position, sku, name, attributes, price, currency, availability)
SELECT p.id, v, p.sku || '-' || v, 'Size ' || v, jsonb_build_object('size', v::text), p.price, 'EUR', 'InStock'
FROM product p CROSS JOIN generate_series(1, 2) v WHERE p.site = 'http://bench.test';
INSERT INTO crawl_task (job_id, kind, url, status, product_id)
SELECT (SELECT max(id) FROM crawl_job), 'product', url, 'DONE', id FROM product WHERE site = 'http://bench.test' ORDER BY id;
INSERT INTO product_category (job_id, product_id, category_id)
SELECT (SELECT max(id) FROM crawl_job), p.id, c.id FROM product p
JOIN category c ON c.site = p.site AND c.path IN ('/c/cat-' || (p.id % 20 + 1), '/c/cat-' || ((p.id + 7) % 20 + 1))
WHERE p.site = 'http://bench.test';
ANALYZE;
SQL
  psql_bench -c "SELECT max(id) FROM crawl_job"
}

heap_sampler() { # writes the largest heap in use seen, in bytes, to $1 until killed
  local most=0 now
  while true; do
    now=$(curl -sf "$base/actuator/prometheus" | awk '/^jvm_memory_used_bytes\{.*area="heap"/ { s += $2 } END { printf "%.0f", s }') || now=0
    if [ "${now:-0}" -gt "$most" ]; then most=$now; echo "$most" > "$1"; fi
    sleep 0.2
  done
}

# the largest "before" of the GCs logged after line $1 of gc.log, in MiB (lines like "45M->12M(64M)")
gc_peak_mib() {
  tail -n +"$(($1 + 1))" "$WORK/gc.log" | grep -oE '[0-9]+[KMG]->' | awk '
    { v = $0; sub(/->/, "", v); u = substr(v, length(v)); n = substr(v, 1, length(v) - 1)
      m = (u == "K") ? n / 1024 : (u == "G") ? n * 1024 : n; if (m > most) most = m }
    END { printf "%.0f", most }'
}

export_once() { # heap format run
  local heap=$1 format=$2 run=$3 out=$WORK/export.$2 gc_lines stats code ttfb total bytes rows total_count sampled peak
  gc_lines=$(wc -l < "$WORK/gc.log")
  echo 0 > "$WORK/sampled"
  heap_sampler "$WORK/sampled" & SAMPLER_PID=$!
  stats=$(curl -s -D "$WORK/headers" -o "$out" -w '%{http_code} %{time_starttransfer} %{time_total} %{size_download}' \
          "$base/api/jobs/$JOB/products?format=$format")
  kill "$SAMPLER_PID" 2>/dev/null || true; wait "$SAMPLER_PID" 2>/dev/null || true; SAMPLER_PID=""
  read -r code ttfb total bytes <<<"$stats"
  [ "$code" = 200 ] || { log "export answered $code"; tail -20 "$WORK/service.log" >&2; exit 1; }
  rows=$(wc -l < "$out")
  [ "$format" = csv ] && rows=$((rows - 1))
  total_count=$(tr -d '\r' < "$WORK/headers" | sed -n 's/^X-Total-Count: //Ip')
  [ "$rows" = "$total_count" ] || { log "$rows rows, X-Total-Count $total_count"; exit 1; }
  sampled=$(( $(cat "$WORK/sampled") / 1048576 ))
  peak=$(gc_peak_mib "$gc_lines")
  [ "$sampled" -gt "$peak" ] && peak=$sampled
  echo "heap=$heap format=$format run=$run rows=$rows bytes=$bytes ttfb_s=$ttfb total_s=$total" \
       "rows_per_s=$(awk -v r="$rows" -v t="$total" 'BEGIN { printf "%.0f", r / t }') peak_heap_mib=$peak"
}

measure() { # heap-label
  local format run lines
  for format in jsonl csv; do
    for run in $(seq 1 "$RUNS"); do export_once "$1" "$format" "$run" | tee -a "$WORK/runs.$1.$format"; done
    lines=$(cat "$WORK/runs.$1.$format")
    echo "heap=$1 format=$format median rows=$(med rows "$lines") bytes=$(med bytes "$lines")" \
         "ttfb_s=$(med ttfb_s "$lines") total_s=$(med total_s "$lines") peak_heap_mib=$(med peak_heap_mib "$lines")"
  done
}

med() { while read -r line; do field "$1" "$line"; done <<<"$2" | median; }

log "starting Caravan (default heap); filling a job with $PRODUCTS products"
start_service ""
JOB=$(fill_job)
log "job $JOB filled"
# one export first, not measured: the JIT and PostgreSQL's caches warm up
curl -sf -o /dev/null "$base/api/jobs/$JOB/products?format=jsonl"
measure default
stop_service

log "starting Caravan with -Xmx$SMALL_HEAP on the same data"
start_service "-Xmx$SMALL_HEAP"
curl -sf -o /dev/null "$base/api/jobs/$JOB/products?format=jsonl"
measure "$SMALL_HEAP"
