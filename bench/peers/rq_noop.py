"""The no-op job of rq_queue.py (in its own module: RQ imports jobs by name)."""


def noop(n):
    return None
