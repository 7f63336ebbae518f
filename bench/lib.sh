# Helpers shared by the bench/ scripts (sourced, not run).
# shellcheck shell=bash

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(cd "$BENCH_DIR/.." && pwd)
JAR=${JAR:-$REPO_DIR/target/caravan.jar}
# Debian's python3 (with python3-scrapy, -celery, -rq), not whatever python3 is first on PATH
SYS_PYTHON=${SYS_PYTHON:-/usr/bin/python3}

log() { echo "[bench] $*" >&2; }

# A TCP port nobody listens on right now (the kernel picks it).
free_port() {
  "$SYS_PYTHON" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# $1 if nothing listens there, else a free port: the shop keeps one port (so its page cache,
# keyed by port, is reused) unless that port is taken.
port_or_free() {
  if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then free_port; else echo "$1"; fi
}

# Wait until a URL answers 2xx, at most $2 seconds (default 120).
wait_http() {
  local url=$1 limit=${2:-120} waited=0
  until curl -sf -o /dev/null "$url"; do
    sleep 0.2; waited=$((waited + 1))
    if [ "$waited" -gt $((limit * 5)) ]; then log "no answer from $url after ${limit}s"; return 1; fi
  done
}

# Wait until something listens on 127.0.0.1:$1.
wait_port() {
  local port=$1 limit=${2:-60} waited=0
  until (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
    sleep 0.1; waited=$((waited + 1))
    if [ "$waited" -gt $((limit * 10)) ]; then log "nothing listens on $port after ${limit}s"; return 1; fi
  done
}

# Peak resident set size (VmHWM) of a live process, in KiB; 0 if it is gone.
# SHOP_URL: the shop already given in SHOP_URL, else one of N products started now on 8099 (or a
# free port) with its pid in SHOP_PID for the caller's cleanup (stop_shop); waits until it answers.
use_or_start_shop() {
  local products=$1 log=$2 port
  if [ -z "${SHOP_URL:-}" ]; then
    port=$(port_or_free 8099)
    "$BENCH_DIR/shop/serve.sh" "$products" "$port" 2> "$log" &
    SHOP_PID=$!
    SHOP_URL=http://127.0.0.1:$port/
  fi
  wait_http "${SHOP_URL}robots.txt" 300
}

stop_shop() {
  [ -z "${SHOP_PID:-}" ] || { kill "$SHOP_PID" 2>/dev/null || true; wait "$SHOP_PID" 2>/dev/null || true; }
}

peak_rss_kib() {
  awk '/^VmHWM:/ { print $2; found = 1 } END { if (!found) print 0 }' "/proc/$1/status" 2>/dev/null || echo 0
}

# Median of numbers given one per line on stdin.
median() {
  sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) { print "nan"; exit } if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# The value of key=value in a one-line result: field "wall_s" "tool=x wall_s=3.2" -> 3.2
field() { tr ' ' '\n' <<<"$2" | sed -n "s/^$1=//p" | head -1; }

# Builds the jar when missing (or when FORCE_BUILD=1).
ensure_jar() {
  if [ ! -f "$JAR" ] || [ "${FORCE_BUILD:-0}" = 1 ]; then
    log "building $JAR"
    (cd "$REPO_DIR" && mvn -B -q -DskipTests package)
  fi
}

# The mains that live in src/bench/java (QueueBench, DemoShopExport) are not in the jar: they run
# from target/test-classes with the application's classes and dependencies. Sets BENCH_CP and
# DEMO_STAMP; compiles (and writes the dependency list) when the sources are newer than the last build.
ensure_bench_classpath() {
  local cp_file=$REPO_DIR/target/bench.classpath
  if [ ! -f "$cp_file" ] || [ -n "$(find "$REPO_DIR/src" "$REPO_DIR/pom.xml" -newer "$cp_file" -print -quit)" ] \
     || [ "${FORCE_BUILD:-0}" = 1 ]; then
    log "compiling the benchmark classes into $REPO_DIR/target/test-classes"
    (cd "$REPO_DIR" && mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test >&2)
  fi
  BENCH_CP=$REPO_DIR/target/test-classes:$REPO_DIR/target/classes:$(cat "$cp_file")
  # when the demo shop's classes last changed: exported pages cached under an older stamp are stale
  DEMO_STAMP=$(find "$REPO_DIR/target/classes/caravan/demo" "$REPO_DIR/target/test-classes/caravan/demo" -type f -printf '%T@\n' | sort -n | tail -1)
}

# Debian packages, installed once (apt-get needs root; a fresh machine lacks them).
ensure_apt() {
  local missing=() pkg
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  if [ "${#missing[@]}" -gt 0 ]; then
    log "installing ${missing[*]}"
    local sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >&2
  fi
}

# npm packages of bench/peers/package.json, into bench/peers/node_modules (git-ignored).
ensure_node_peers() {
  local peers=$BENCH_DIR/peers
  if [ ! -f "$peers/node_modules/.caravan-bench-installed" ] || [ "$peers/package.json" -nt "$peers/node_modules/.caravan-bench-installed" ]; then
    log "installing Node peers (npm) into $peers/node_modules"
    (cd "$peers" && npm install --no-audit --no-fund --loglevel=error >&2)
    touch "$peers/node_modules/.caravan-bench-installed"
  fi
}

# Starts a private redis-server (Debian's, the same for every queue benchmark) on a free port,
# no persistence; sets REDIS_PORT and REDIS_PID. The caller's trap must kill REDIS_PID.
start_private_redis() {
  ensure_apt redis-server
  REDIS_PORT=$(free_port)
  REDIS_DIR=$(mktemp -d /tmp/caravan-bench-redis.XXXXXX)
  redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --save '' --appendonly no --dir "$REDIS_DIR" \
    --daemonize no --loglevel warning --logfile "$REDIS_DIR/redis.log" &
  REDIS_PID=$!
  wait_port "$REDIS_PORT"
}

stop_private_redis() {
  if [ -n "${REDIS_PID:-}" ]; then
    kill "$REDIS_PID" 2>/dev/null || true
    wait "$REDIS_PID" 2>/dev/null || true
    REDIS_PID=""
  fi
  [ -n "${REDIS_DIR:-}" ] && rm -rf "$REDIS_DIR"
  REDIS_DIR=""
}

# The http{} settings every benchmark nginx shares: temp paths under its run folder $1, static
# files served as fast as nginx serves them (charset_types needs no text/html: it is always there).
nginx_http_basics() {
  cat <<EOF
  client_body_temp_path $1/client_body;
  proxy_temp_path $1/proxy;
  fastcgi_temp_path $1/fastcgi;
  uwsgi_temp_path $1/uwsgi;
  scgi_temp_path $1/scgi;
  types { text/plain txt; application/xml xml; }
  default_type text/html;
  charset utf-8;
  charset_types text/plain application/xml;
  sendfile on;
  keepalive_requests 1000000;
  keepalive_timeout 75s;
  server_tokens off;
EOF
}
