#!/usr/bin/env bash
# A Caravan cluster on one machine: one API process and N worker processes of the packaged jar,
# all sharing one PostgreSQL and one Redis, as they would on Kubernetes.
#
#   scripts/local-cluster.sh start [--workers N] [options] [-- --name=value ...]
#   scripts/local-cluster.sh status [--run-dir DIR]
#   scripts/local-cluster.sh stop [--run-dir DIR]
#
# start options (or their environment variables):
#   --workers N              worker processes (CARAVAN_CLUSTER_WORKERS, default 2)
#   --api-port P             the API's port (CARAVAN_CLUSTER_API_PORT, default 8080)
#   --first-worker-port P    workers listen on P, P+1, ... (default: the API port + 1)
#   --shop-port P            the demo shop, served by the API process (CARAVAN_DEMO_SHOP_PORT, default 8090)
#   --no-demo-shop           no demo shop
#   --run-dir DIR            pid files, logs, the embedded database (CARAVAN_CLUSTER_RUN_DIR, default target/local-cluster)
#   --jar PATH               (CARAVAN_CLUSTER_JAR, default target/caravan.jar)
#   --timeout SECONDS        how long a process may take to become healthy (default 180)
#   -- ARGS                  passed to every process, e.g. -- --caravan.worker.concurrency=4
# Relative paths are relative to the repository root. JAVA (default: $JAVA_HOME/bin/java or java)
# and JAVA_OPTS (e.g. -Xmx256m) choose the JVM.
#
# PostgreSQL and Redis: with SPRING_DATASOURCE_URL and SPRING_DATA_REDIS_URL set (plus
# SPRING_DATASOURCE_USERNAME/PASSWORD as needed), every process uses those servers. Otherwise the
# API process starts the embedded ones on free ports (or CARAVAN_EMBEDDED_POSTGRES_PORT /
# CARAVAN_EMBEDDED_REDIS_PORT) and the workers connect to them; the database is fresh on each start
# unless CARAVAN_EMBEDDED_POSTGRES_DATA_DIR names a directory to keep.
set -euo pipefail
cd "$(dirname "$0")/.."

usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; }
die() { echo "local-cluster: $*" >&2; exit 1; }

command=${1:-}
[ $# -gt 0 ] && shift
workers=${CARAVAN_CLUSTER_WORKERS:-2}
api_port=${CARAVAN_CLUSTER_API_PORT:-8080}
first_worker_port=""
shop_port=${CARAVAN_DEMO_SHOP_PORT:-8090}
demo_shop=true
run_dir=${CARAVAN_CLUSTER_RUN_DIR:-target/local-cluster}
jar=${CARAVAN_CLUSTER_JAR:-target/caravan.jar}
timeout=180
passed_on=()
while [ $# -gt 0 ]; do
  case $1 in
    --workers) workers=$2; shift 2 ;;
    --api-port) api_port=$2; shift 2 ;;
    --first-worker-port) first_worker_port=$2; shift 2 ;;
    --shop-port) shop_port=$2; shift 2 ;;
    --no-demo-shop) demo_shop=false; shift ;;
    --run-dir) run_dir=$2; shift 2 ;;
    --jar) jar=$2; shift 2 ;;
    --timeout) timeout=$2; shift 2 ;;
    --) shift; passed_on=("$@"); break ;;
    -h|--help) usage; exit 0 ;;
    *) die "unknown option '$1' (see --help)" ;;
  esac
done
first_worker_port=${first_worker_port:-$((api_port + 1))}
java=${JAVA:-${JAVA_HOME:+$JAVA_HOME/bin/java}}
java=${java:-java}
read -r -a java_opts <<< "${JAVA_OPTS:-}"
postgres_data_dir=${CARAVAN_EMBEDDED_POSTGRES_DATA_DIR:-$run_dir/postgres}

# Pure bash (/dev/tcp) rather than curl or nc: a machine with only a JDK and Maven may lack them.
listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

http_status() { # port path → the status code, or 000 when nothing answers
  local line="" code
  line=$( (exec 3<>"/dev/tcp/127.0.0.1/$1" \
    && printf 'GET %s HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' "$2" >&3 \
    && IFS= read -r -t 5 reply <&3 && printf '%s' "$reply") 2>/dev/null) || true
  read -r _ code _ <<< "$line"
  echo "${code:-000}"
}

free_port() { # not listening and not taken by this cluster already; below Linux's ephemeral range
  local port
  for _ in $(seq 100); do
    port=$((20000 + RANDOM % 12000))
    if ! listening "$port" && [[ " ${taken_ports[*]} " != *" $port "* ]]; then
      echo "$port"
      return
    fi
  done
  die "found no free port"
}

# A pid file's process if it is still one of ours (a recycled pid is left alone).
running_pid() {
  local pid
  pid=$(cat "$1" 2>/dev/null) || return 1
  [ -n "$pid" ] && ps -o args= -p "$pid" 2>/dev/null | grep -q -- "-jar" && echo "$pid"
}

pid_files() { # the API, then the workers in order
  ls "$run_dir"/api.pid 2>/dev/null || true
  ls "$run_dir"/worker-*.pid 2>/dev/null | sort -V || true
}

# SIGTERM to each JVM (a graceful stop), then SIGKILL to its whole process group: whatever is left
# after the grace period, and what it forked (the embedded redis-server if the JVM was killed).
stop_processes() {
  local grace=$1; shift
  local pids=() groups=() file pid
  for file in "$@"; do
    if pid=$(running_pid "$file"); then
      kill -TERM "$pid" 2>/dev/null || true
      pids+=("$pid")
      groups+=("$pid")
    elif pid=$(cat "$file" 2>/dev/null) && ! kill -0 "$pid" 2>/dev/null; then
      groups+=("$pid") # the JVM died, what it forked may not have
    fi
  done
  for _ in $(seq $((grace * 5))); do
    [ ${#pids[@]} -eq 0 ] && break
    local alive=()
    for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && alive+=("$pid"); done
    pids=("${alive[@]+"${alive[@]}"}")
    [ ${#pids[@]} -gt 0 ] && sleep 0.2
  done
  for pid in "${pids[@]+"${pids[@]}"}"; do
    echo "local-cluster: process $pid did not stop within ${grace}s, killing it" >&2
  done
  for pid in "${groups[@]+"${groups[@]}"}"; do kill -KILL -- "-$pid" 2>/dev/null || true; done
  rm -f "$@"
}

# The embedded PostgreSQL detaches from the API process; a killed API leaves it running.
stop_orphaned_postgres() {
  local pid
  pid=$(head -n 1 "$postgres_data_dir/postmaster.pid" 2>/dev/null) || return 0
  ps -o comm= -p "$pid" 2>/dev/null | grep -q postgres || return 0
  kill -INT "$pid" 2>/dev/null || true # fast shutdown
  for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.2; done
  kill -KILL "$pid" 2>/dev/null || true
}

stop() {
  local files=()
  mapfile -t files < <(ls "$run_dir"/worker-*.pid 2>/dev/null || true)
  # workers first, all at once: they hand their tasks back to Redis, which may live in the API
  [ ${#files[@]} -gt 0 ] && stop_processes 30 "${files[@]}"
  [ -f "$run_dir/api.pid" ] && stop_processes 30 "$run_dir/api.pid"
  stop_orphaned_postgres
  rm -f "$run_dir"/*.port
}

launch() { # name port args... — its own process group, so stop also ends what it forked (redis-server)
  local name=$1 port=$2; shift 2
  setsid "$java" "${java_opts[@]+"${java_opts[@]}"}" -jar "$jar" --server.port="$port" "$@" \
    "${passed_on[@]+"${passed_on[@]}"}" < /dev/null > "$run_dir/$name.log" 2>&1 &
  echo $! > "$run_dir/$name.pid"
  echo "$port" > "$run_dir/$name.port"
}

await_healthy() { # names...
  local deadline=$((SECONDS + timeout)) pending=("$@") name
  while [ ${#pending[@]} -gt 0 ]; do
    local still=()
    for name in "${pending[@]}"; do
      running_pid "$run_dir/$name.pid" > /dev/null \
        || { tail -n 30 "$run_dir/$name.log" >&2; die "$name exited during start (log: $run_dir/$name.log)"; }
      [ "$(http_status "$(cat "$run_dir/$name.port")" /actuator/health)" = 200 ] || still+=("$name")
    done
    pending=("${still[@]+"${still[@]}"}")
    [ ${#pending[@]} -eq 0 ] && break
    [ $SECONDS -lt $deadline ] || die "not healthy after ${timeout}s: ${pending[*]} (logs in $run_dir)"
    sleep 0.5
  done
}

start() {
  [ -f "$jar" ] || die "$jar not found: build it with mvn -B -DskipTests package"
  [[ $workers =~ ^[1-9][0-9]*$ ]] || die "--workers must be at least 1"
  local file files=()
  mapfile -t files < <(pid_files)
  for file in "${files[@]+"${files[@]}"}"; do
    running_pid "$file" > /dev/null && die "already running in $run_dir: stop it first"
  done
  mkdir -p "$run_dir"
  rm -f "$run_dir"/*.pid "$run_dir"/*.port "$run_dir"/*.log
  # a failed or interrupted start leaves nothing running
  trap 'echo "local-cluster: start failed, stopping what was started" >&2; stop' EXIT
  trap 'exit 1' INT TERM

  local worker_ports=() i
  for i in $(seq 0 $((workers - 1))); do worker_ports+=($((first_worker_port + i))); done
  taken_ports=("$api_port" "${worker_ports[@]}")
  $demo_shop && taken_ports+=("$shop_port")

  local shared=() api=() worker=() servers
  if [ -n "${SPRING_DATASOURCE_URL:-}${SPRING_DATA_REDIS_URL:-}" ]; then
    [ -n "${SPRING_DATASOURCE_URL:-}" ] && [ -n "${SPRING_DATA_REDIS_URL:-}" ] \
      || die "set both SPRING_DATASOURCE_URL and SPRING_DATA_REDIS_URL, or neither (embedded servers)"
    shared+=(--caravan.embedded.enabled=false) # every process reads the URLs from the environment
    servers="PostgreSQL $SPRING_DATASOURCE_URL, Redis $SPRING_DATA_REDIS_URL"
  else
    local postgres_port redis_port
    postgres_port=${CARAVAN_EMBEDDED_POSTGRES_PORT:-$(free_port)}
    taken_ports+=("$postgres_port")
    redis_port=${CARAVAN_EMBEDDED_REDIS_PORT:-$(free_port)}
    taken_ports+=("$redis_port")
    [ -n "${CARAVAN_EMBEDDED_POSTGRES_DATA_DIR:-}" ] || rm -rf "$postgres_data_dir"
    api+=(--caravan.embedded.enabled=true --caravan.embedded.postgres-port="$postgres_port"
      --caravan.embedded.redis-port="$redis_port" --caravan.embedded.postgres-data-dir="$postgres_data_dir")
    worker+=(--caravan.embedded.enabled=false
      --spring.datasource.url="jdbc:postgresql://127.0.0.1:$postgres_port/postgres"
      --spring.datasource.username=postgres --spring.data.redis.url="redis://127.0.0.1:$redis_port")
    servers="PostgreSQL jdbc:postgresql://127.0.0.1:$postgres_port/postgres, Redis redis://127.0.0.1:$redis_port (embedded in the API process)"
  fi
  local port
  for port in "${taken_ports[@]}"; do
    listening "$port" && die "port $port is already in use (see --api-port, --first-worker-port, --shop-port)"
  done
  if $demo_shop; then
    # every process checks URLs against the allow-list: the API on submission, workers on fetch
    shared+=(--caravan.fetch.allowed-hosts="127.0.0.1:$shop_port")
  fi

  launch api "$api_port" "${shared[@]+"${shared[@]}"}" "${api[@]}" --caravan.worker.enabled=false \
    --caravan.demo-shop.enabled="$demo_shop" --caravan.demo-shop.port="$shop_port"
  # workers need the API's embedded servers up (and its Flyway migrations done) before they start
  await_healthy api
  local names=()
  for i in $(seq 1 "$workers"); do
    launch "worker-$i" "${worker_ports[$((i - 1))]}" "${shared[@]+"${shared[@]}"}" "${worker[@]+"${worker[@]}"}" \
      --caravan.worker.enabled=true --caravan.demo-shop.enabled=false
    names+=("worker-$i")
  done
  await_healthy "${names[@]}"
  trap - EXIT INT TERM

  echo "API        http://127.0.0.1:$api_port/api/jobs"
  $demo_shop && echo "demo shop  http://127.0.0.1:$shop_port/"
  for i in $(seq 1 "$workers"); do
    printf '%-10s http://127.0.0.1:%s/actuator/prometheus\n' "worker-$i" "${worker_ports[$((i - 1))]}"
  done
  echo "servers    $servers"
  echo "logs       $run_dir/*.log; stop with: $0 stop --run-dir $run_dir"
}

status() { # exits 1 unless every process is running and healthy
  local file files=() name pid port health all_up=true
  mapfile -t files < <(pid_files)
  [ ${#files[@]} -gt 0 ] || { echo "no cluster in $run_dir"; return 1; }
  for file in "${files[@]}"; do
    name=$(basename "$file" .pid)
    port=$(cat "$run_dir/$name.port" 2>/dev/null || echo "?")
    if pid=$(running_pid "$file"); then
      health=$(http_status "$port" /actuator/health)
      printf '%-10s pid %-7s http://127.0.0.1:%s  health %s\n' "$name" "$pid" "$port" "$health"
      [ "$health" = 200 ] || all_up=false
    else
      printf '%-10s not running\n' "$name"
      all_up=false
    fi
  done
  $all_up
}

case $command in
  start) start ;;
  stop) stop ;;
  status) status ;;
  -h|--help|help) usage ;;
  *) usage >&2; exit 2 ;;
esac
