"""Celery 5.2 queue benchmark (Debian python3-celery, Redis broker): N no-op tasks published
over one producer connection, then drained by one worker process (threads pool).

At-least-once as far as Celery offers it: task_acks_late (a task is acknowledged after it ran;
with the Redis transport an unacknowledged task is restored after the visibility timeout).

    /usr/bin/python3 celery_queue.py REDIS_PORT [tasks=20000] [concurrency=32]
Prints: tool=celery tasks=… concurrency=… enqueue_s=… enqueue_per_s=… process_s=… process_per_s=…
process_s runs from the first task's start to the last task's end, measured inside the worker.
"""
import os
import subprocess
import sys
import threading
import time

import redis
from celery import Celery

PORT = int(os.environ.get("BENCH_REDIS_PORT") or sys.argv[1])
TASKS = int(os.environ.get("BENCH_TASKS") or (sys.argv[2] if len(sys.argv) > 2 else 20000))
URL = f"redis://127.0.0.1:{PORT}/0"

app = Celery("celery_queue", broker=URL)
app.conf.update(task_acks_late=True, task_ignore_result=True, worker_hijack_root_logger=False,
                broker_connection_retry_on_startup=True)

_lock = threading.Lock()
_count = 0
_first = None


@app.task(name="noop")
def noop(n):
    global _count, _first
    with _lock:
        if _first is None:
            _first = time.time()
        _count += 1
        if _count == TASKS:
            redis.Redis.from_url(URL).set("bench:celery:window", f"{_first} {time.time()}")


def main():
    concurrency = int(sys.argv[3]) if len(sys.argv) > 3 else 32
    pool = os.environ.get("CELERY_POOL", "threads")
    r = redis.Redis.from_url(URL)
    r.delete("bench:celery:window")

    with app.producer_or_acquire() as producer:
        producer.connection.ensure_connection()   # connected before the clock starts
        started = time.perf_counter()
        for n in range(1, TASKS + 1):
            noop.apply_async(args=(n,), producer=producer)
        enqueue_s = time.perf_counter() - started

    env = dict(os.environ, BENCH_REDIS_PORT=str(PORT), BENCH_TASKS=str(TASKS))
    here = os.path.dirname(os.path.abspath(__file__))
    worker = subprocess.Popen([sys.executable, "-m", "celery", "-A", "celery_queue", "worker", "--pool", pool,
                               "--concurrency", str(concurrency), "--without-gossip", "--without-mingle",
                               "--without-heartbeat", "--loglevel", "WARNING"], cwd=here, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.time() + 600
        while (window := r.get("bench:celery:window")) is None:
            if worker.poll() is not None or time.time() > deadline:
                raise SystemExit(f"celery worker ended or timed out (exit {worker.returncode})")
            time.sleep(0.05)
    finally:
        worker.terminate()
        try:
            worker.wait(timeout=30)
        except subprocess.TimeoutExpired:
            worker.kill()
    first, last = map(float, window.split())
    process_s = last - first
    print(f"tool=celery tasks={TASKS} concurrency={concurrency} pool={pool} enqueue_s={enqueue_s:.3f} "
          f"enqueue_per_s={TASKS / enqueue_s:.0f} process_s={process_s:.3f} process_per_s={TASKS / process_s:.0f}")


if __name__ == "__main__":
    main()
