"""RQ 1.13 queue benchmark (Debian python3-rq): N no-op jobs enqueued with enqueue_many (one
pipeline), then drained by one `rq worker --burst` process. RQ's default Worker forks a work horse per
job (RQ_WORKER=simple: SimpleWorker, no fork). A job being worked on sits in the
StartedJobRegistry and is moved back if its worker dies: at-least-once.

    /usr/bin/python3 rq_queue.py REDIS_PORT [tasks=20000]
Prints: tool=rq tasks=… worker=… enqueue_s=… enqueue_per_s=… process_s=… process_per_s=…
process_s runs from the first job's start to the last job's end, as RQ recorded them.
"""
import os
import subprocess
import sys
import time
from datetime import datetime

import redis
from rq import Queue

from rq_noop import noop

PORT = int(sys.argv[1])
TASKS = int(sys.argv[2]) if len(sys.argv) > 2 else 20000


def parse(stamp):
    return datetime.strptime(stamp.decode(), "%Y-%m-%dT%H:%M:%S.%fZ").timestamp()


def main():
    kind = os.environ.get("RQ_WORKER", "fork")
    r = redis.Redis(host="127.0.0.1", port=PORT)
    q = Queue("bench", connection=r)
    jobs = [Queue.prepare_data(noop, args=(n,), job_id=f"bench-{n}") for n in range(1, TASKS + 1)]

    r.ping()   # connected before the clock starts
    started = time.perf_counter()
    q.enqueue_many(jobs)
    enqueue_s = time.perf_counter() - started

    del jobs
    # the worker is a process of its own, as deployed (`rq worker`): forking this one, which
    # built all the jobs, would copy their memory for every work horse
    here = os.path.dirname(os.path.abspath(__file__))
    worker_class = "rq.worker.SimpleWorker" if kind == "simple" else "rq.worker.Worker"
    subprocess.run([sys.executable, "-c", "import sys; from rq.cli import main; sys.exit(main())", "worker",
                    "--burst", "--url", f"redis://127.0.0.1:{PORT}", "--path", here, "--worker-class", worker_class,
                    "--logging_level", "WARNING", "bench"], cwd=here, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    pipe = r.pipeline(transaction=False)
    for n in range(1, TASKS + 1):
        pipe.hmget(f"rq:job:bench-{n}", "status", "started_at", "ended_at")
    rows = pipe.execute()
    done = [row for row in rows if row[0] == b"finished"]
    if len(done) != TASKS:
        raise SystemExit(f"only {len(done)} of {TASKS} jobs finished")
    process_s = max(parse(row[2]) for row in done) - min(parse(row[1]) for row in done)
    print(f"tool=rq tasks={TASKS} worker={kind} enqueue_s={enqueue_s:.3f} enqueue_per_s={TASKS / enqueue_s:.0f} "
          f"process_s={process_s:.3f} process_per_s={TASKS / process_s:.0f}")


if __name__ == "__main__":
    main()
