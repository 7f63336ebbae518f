#!/usr/bin/env bash
# Queue benchmark: N no-op tasks enqueued in bulk, then drained by one worker process, for
# Caravan's RedisTaskQueue (leases, acknowledged after each task's route, as its workers do) and its peers
# BullMQ 6.7, Celery 5.2 and RQ 1.13. Each tool gets its own fresh redis-server (Debian's, the
# same binary for all) on a free port, without persistence.
#   bench/queue.sh [tasks=20000] [tools=caravan,bullmq,celery,rq] [runs=1]
#   CONCURRENCY=32 (Caravan's worker threads, BullMQ's Worker concurrency, Celery's threads;
#   RQ works one job at a time)   CARAVAN_WARMUP=0 (tasks run through the JVM before measuring)
#   CARAVAN_PREFETCH=2×CONCURRENCY (messages Caravan leases ahead of a free worker thread, as its
#   workers do by default: caravan.worker.prefetch is twice caravan.worker.concurrency)
#   JAVA_OPTS: extra options for Caravan's JVM, e.g. a JFR recording
# Prints per tool and run: tool=… tasks=… enqueue_s=… enqueue_per_s=… process_s=… process_per_s=…
set -euo pipefail
source "$(dirname "$0")/lib.sh"
TASKS=${1:-20000}
TOOLS=${2:-caravan,bullmq,celery,rq}
RUNS=${3:-1}
CONCURRENCY=${CONCURRENCY:-32}
WARMUP=${CARAVAN_WARMUP:-0}
PREFETCH=${CARAVAN_PREFETCH:-$((CONCURRENCY * 2))}

trap stop_private_redis EXIT
ensure_apt redis-server
case ",$TOOLS," in *,caravan,*) ensure_bench_classpath ;; esac
case ",$TOOLS," in *,bullmq,*) ensure_node_peers ;; esac
case ",$TOOLS," in *,celery,*) ensure_apt python3-celery python3-redis ;; esac
case ",$TOOLS," in *,rq,*) ensure_apt python3-rq python3-redis ;; esac

for run in $(seq 1 "$RUNS"); do
  for tool in ${TOOLS//,/ }; do
    start_private_redis
    case "$tool" in
      caravan) java -Xmx512m ${JAVA_OPTS:-} -Dlogback.configurationFile="$BENCH_DIR/logback-warn.xml" \
                 -cp "$BENCH_CP" caravan.bench.QueueBench \
                 --redis-port "$REDIS_PORT" --tasks "$TASKS" --concurrency "$CONCURRENCY" --prefetch "$PREFETCH" --warmup "$WARMUP" 2> "$REDIS_DIR/java.log" | grep '^tool=' \
                 || { tail -20 "$REDIS_DIR/java.log" >&2; exit 1; } ;;
      bullmq) node "$BENCH_DIR/peers/bullmq_queue.mjs" "$REDIS_PORT" "$TASKS" "$CONCURRENCY" ;;
      celery) (cd "$BENCH_DIR/peers" && "$SYS_PYTHON" celery_queue.py "$REDIS_PORT" "$TASKS" "$CONCURRENCY") ;;
      rq) (cd "$BENCH_DIR/peers" && "$SYS_PYTHON" rq_queue.py "$REDIS_PORT" "$TASKS") ;;
      *) echo "unknown tool $tool" >&2; exit 2 ;;
    esac
    stop_private_redis
  done
done
