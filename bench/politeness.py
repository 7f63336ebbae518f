#!/usr/bin/python3
"""Helpers of bench/politeness.sh (Debian's /usr/bin/python3, standard library only).

  politeness.py slow-backend PORT UPSTREAM DELAY_S
      a threaded HTTP server on 127.0.0.1:PORT that waits DELAY_S seconds, then answers what
      UPSTREAM (http://127.0.0.1:N, nginx serving the slow shop's files) answers for the same
      path: nginx proxies the slow shop's address to it, so the access log sees 3 s requests
  politeness.py wait API_URL JOBS_JSON DEADLINE_EPOCH
      polls GET /api/jobs until every job has ended (DONE, FAILED, CANCELLED) or the deadline
      passed, writes the last list of jobs to JOBS_JSON, prints the epoch it stopped at
  politeness.py report --log ACCESS_LOG --jobs JOBS_JSON --t0 EPOCH --stopped EPOCH ...
      the figures (see politeness.sh)

Access log lines (nginx log_format, see politeness.sh):
  $msec $request_time $server_addr:$server_port $status $body_bytes_sent "$request_uri"
$msec is when the request ended (the log is written), $request_time how long it took from its
first byte read, so it started at $msec - $request_time. Both have millisecond resolution;
everything below is in integer milliseconds.
"""
import argparse
import http.server
import json
import socketserver
import sys
import time
import urllib.error
import urllib.request
from datetime import datetime

ENDED = ("DONE", "FAILED", "CANCELLED")


# ---------------------------------------------------------------- slow backend
def slow_backend(port, upstream, delay):
    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.0"  # nginx talks HTTP/1.0 to upstreams by default: one request per connection

        def do_GET(self):
            time.sleep(delay)
            try:
                with urllib.request.urlopen(upstream + self.path, timeout=30) as r:
                    status, headers, body = r.status, r.headers, r.read()
            except urllib.error.HTTPError as e:
                status, headers, body = e.code, e.headers, e.read()
            self.send_response(status)
            self.send_header("Content-Type", headers.get("Content-Type", "text/html"))
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
        daemon_threads = True
        request_queue_size = 128

    Server(("127.0.0.1", port), Handler).serve_forever()


# ---------------------------------------------------------------- waiting for the jobs
def list_jobs(api):
    jobs, page = [], 0
    while True:
        with urllib.request.urlopen(f"{api}/api/jobs?size=200&page={page}", timeout=30) as r:
            body = json.load(r)
        jobs += body["items"]
        if not body["items"] or len(jobs) >= body["total"]:
            return jobs
        page += 1


def wait(api, out, deadline):
    last_note = time.time()
    while True:
        try:
            jobs = list_jobs(api)
        except OSError as e:  # a slow answer under load: try again
            print(f"[bench] listing jobs: {e}", file=sys.stderr)
            time.sleep(2)
            continue
        ended = sum(j["status"] in ENDED for j in jobs)
        now = time.time()
        if now - last_note >= 30:
            pages = sum(j["counts"]["pagesFetched"] for j in jobs)
            print(f"[bench] {ended}/{len(jobs)} jobs ended, {pages} pages fetched, {deadline - now:.0f} s left",
                  file=sys.stderr)
            last_note = now
        if ended == len(jobs) or now >= deadline:
            with open(out, "w") as f:
                json.dump(jobs, f)
            print(f"{now:.3f}")
            return
        time.sleep(3)  # finishedAt, not this, times the jobs' ends: no need to load the API more


# ---------------------------------------------------------------- the figures
def read_log(path):
    """{shop "addr:port": [(start_ms, end_ms, status, uri)]}"""
    shops = {}
    with open(path) as f:
        for line in f:
            parts = line.split(" ", 5)
            if len(parts) < 6:
                continue
            end = int(parts[0].replace(".", ""))  # "1764687000.123" → ms
            took = int(parts[1].replace(".", ""))  # "0.004" → ms
            shops.setdefault(parts[2], []).append((end - took, end, int(parts[3]), parts[5].strip().strip('"')))
    return shops


def max_starts_in_a_second(requests):
    """The most requests started in any window [t, t + 1000 ms), over every t (sliding)."""
    starts = sorted(r[0] for r in requests)
    best, lo = 0, 0
    for hi, t in enumerate(starts):
        while starts[lo] <= t - 1000:
            lo += 1
        best = max(best, hi - lo + 1)
    return best


def max_in_flight(requests):
    """The most requests in flight at once: intervals [start, end), a request that ended at t and
    one that started at t do not overlap (at millisecond resolution they may have followed each
    other on the same connection); a request of 0 ms still counts at its start."""
    events = []
    for start, end, *_ in requests:
        events.append((start, 1, 1))
        events.append((end if end > start else start + 1, 0, -1))
    best = now = 0
    for _, _, step in sorted(events):  # at equal times the ends (0) come before the starts (1)
        now += step
        best = max(best, now)
    return best


def epoch(iso):
    return datetime.fromisoformat(iso.replace("Z", "+00:00")).timestamp() if iso else None


def host_of(url):
    return url.split("://", 1)[1].split("/", 1)[0]


def workers_default(jar):
    """worker.concurrency in the jar's application.yml (the default the run used)."""
    import zipfile
    try:
        with zipfile.ZipFile(jar) as z:
            lines = z.read("BOOT-INF/classes/application.yml").decode().splitlines()
    except (OSError, KeyError, zipfile.BadZipFile):
        return "?"
    in_worker = False
    for line in lines:
        if line.strip() == "worker:":
            in_worker = True
        elif in_worker and line.strip().startswith("concurrency:"):
            return line.split(":", 1)[1].strip()
    return "?"


def report(a):
    shops_log = read_log(a.log)
    with open(a.jobs) as f:
        jobs = json.load(f)
    shops = a.shops.split(",")
    jobs = [j for j in jobs if host_of(j["url"]) in shops]  # not the warm-up's
    slow = a.slow_shop or None
    t0_ms = int(a.t0 * 1000)
    stopped_ms = int(a.stopped * 1000)
    all_ended = bool(jobs) and all(j["status"] in ENDED for j in jobs)
    job_end = {host_of(j["url"]): epoch(j["finishedAt"]) for j in jobs}
    # wall: first submission → last job ended, or → the moment we stopped waiting
    end_ms = int(max(job_end.values()) * 1000) if all_ended else stopped_ms
    wall = (end_ms - t0_ms) / 1000
    # only what the shops saw during that wall time (not what a still-running crawl sent after it)
    per_shop = {s: [r for r in shops_log.get(s, []) if r[0] <= end_ms] for s in shops}

    # the shops are alike: one whose job is DONE tells how many requests a whole crawl takes, also
    # for the shops still crawling at the TIMEOUT (else only what they fetched so far would count)
    whole = max((len(per_shop[h]) for h, j in ((host_of(j["url"]), j) for j in jobs)
                 if j["status"] == "DONE" and h in per_shop), default=0)

    def needed(reqs):
        return max(len(reqs), whole)

    def ideal_of(reqs):
        # the rate alone, or the in-flight cap with the shop's own response times, whichever is slower
        mean_s = sum(r[1] - r[0] for r in reqs) / len(reqs) / 1000 if reqs else 0
        return max(needed(reqs) / a.rps, needed(reqs) * mean_s / a.inflight)

    statuses = {}
    for reqs in per_shop.values():
        for r in reqs:
            statuses[r[2]] = statuses.get(r[2], 0) + 1
    total = sum(len(r) for r in per_shop.values())
    slowest = max(shops, key=lambda s: ideal_of(per_shop[s]))
    ideal = ideal_of(per_shop[slowest])
    starts = {s: max_starts_in_a_second(r) if r else 0 for s, r in per_shop.items()}
    flight = {s: max_in_flight(r) if r else 0 for s, r in per_shop.items()}
    top_starts = max(shops, key=lambda s: starts[s])
    top_flight = max(shops, key=lambda s: flight[s])
    by_status = {}
    for j in jobs:
        by_status[j["status"]] = by_status.get(j["status"], 0) + 1
    stored = sum(j["counts"]["productsStored"] for j in jobs)
    ceiling = len(shops) * a.rps
    agg = total / wall if wall > 0 else 0
    workers = a.workers or f"{workers_default(a.jar)} (default)"

    print(f"== scenario {a.scenario}: {len(shops)} shops x {a.products} products, per host {a.rps:g} req/s and "
          f"{a.inflight} in flight, worker threads {workers}, {'warm JVM' if a.warm else 'cold JVM'}"
          + (f", shop {slow} answers in {a.slow_s:g} s" if slow else ""))
    print(f"wall      {wall:.1f} s (first submit -> {'last job ended' if all_ended else 'TIMEOUT, jobs still running'})"
          f" vs ideal {ideal:.1f} s ({needed(per_shop[slowest])} requests of the slowest shop {slowest}"
          f" at {a.rps:g} req/s{', ' + str(a.inflight) + ' in flight' if slow else ''}): x{wall / ideal if ideal else 0:.1f}")
    print(f"aggregate {agg:.1f} req/s ({total} requests in {wall:.1f} s) vs ceiling {ceiling:g} req/s: "
          f"{100 * agg / ceiling:.0f} %")
    print(f"jobs      {sum(by_status.get(s, 0) for s in ENDED)}/{len(shops)} ended: "
          + ", ".join(f"{k} {v}" for k, v in sorted(by_status.items()))
          + f"; products stored {stored}/{len(shops) * a.products}")
    print(f"starts    largest in any 1 s window: {starts[top_starts]} (shop {top_starts});"
          f" shops over {a.rps:g}/s: {sum(v > a.rps for v in starts.values())}")
    print(f"in flight largest: {flight[top_flight]} (shop {top_flight});"
          f" shops over {a.inflight}: {sum(v > a.inflight for v in flight.values())}")
    # how many shops were being crawled at once: shops with a request started in each 10 s of the wall
    buckets = [set() for _ in range(max(1, -(-(end_ms - t0_ms) // 10_000)))]
    for s, reqs in per_shop.items():
        for r in reqs:
            if r[0] >= t0_ms:
                buckets[min(len(buckets) - 1, (r[0] - t0_ms) // 10_000)].add(s)
    busy = sorted(len(b) for b in buckets)
    print(f"busy      shops with a request started, per 10 s of the wall: median {busy[len(busy) // 2]}, "
          f"least {busy[0]}, most {busy[-1]} (of {len(shops)})")
    print("responses " + ", ".join(f"{k}: {v}" for k, v in sorted(statuses.items())))
    line = (f"scenario={a.scenario} shops={len(shops)} products={a.products} rps={a.rps:g} inflight={a.inflight}"
            f" workers={workers.split()[0]} warmup={a.warm} wall_s={wall:.1f} ideal_s={ideal:.1f} requests={total}"
            f" aggregate_rps={agg:.2f} ceiling_rps={ceiling:g} pct={100 * agg / ceiling:.1f}"
            f" jobs_ended={sum(by_status.get(s, 0) for s in ENDED)} done={by_status.get('DONE', 0)}"
            f" products_stored={stored} max_starts_per_s={starts[top_starts]}"
            f" shops_over_rps={sum(v > a.rps for v in starts.values())} max_inflight={flight[top_flight]}"
            f" shops_over_inflight={sum(v > a.inflight for v in flight.values())}"
            f" busy_shops_median={busy[len(busy) // 2]} busy_shops_max={busy[-1]}")
    if slow:
        others = [s for s in shops if s != slow]
        o_total = sum(len(per_shop[s]) for s in others)
        o_ends = [job_end.get(s) for s in others]
        o_all = all(e is not None for e in o_ends)
        o_wall = (int(max(o_ends) * 1000) - t0_ms) / 1000 if o_all else wall
        o_agg = o_total / o_wall if o_wall > 0 else 0
        o_ideal = max(ideal_of(per_shop[s]) for s in others)
        o_ceiling = len(others) * a.rps
        s_job = next((j for j in jobs if host_of(j["url"]) == slow), None)
        s_end = job_end.get(slow)
        print(f"others    {len(others)} shops: {o_agg:.1f} req/s ({o_total} requests in {o_wall:.1f} s, until "
              f"{'their last job ended' if o_all else 'TIMEOUT'}) vs ceiling {o_ceiling:g} req/s: "
              f"{100 * o_agg / o_ceiling:.0f} %; wall vs ideal {o_ideal:.1f} s: x{o_wall / o_ideal if o_ideal else 0:.1f}")
        print(f"slow shop {slow}: {len(per_shop[slow])} requests, job {s_job['status'] if s_job else '?'}"
              + (f" after {s_end - a.t0:.1f} s" if s_end else "")
              + f", largest starts/s {starts[slow]}, in flight {flight[slow]}")
        line += (f" others_aggregate_rps={o_agg:.2f} others_ceiling_rps={o_ceiling:g}"
                 f" others_pct={100 * o_agg / o_ceiling:.1f} others_wall_s={o_wall:.1f}"
                 f" slow_shop_requests={len(per_shop[slow])} slow_shop_status={s_job['status'] if s_job else '?'}")
    print(line)


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    cmd, args = sys.argv[1], sys.argv[2:]
    if cmd == "slow-backend":
        slow_backend(int(args[0]), args[1].rstrip("/"), float(args[2]))
    elif cmd == "wait":
        wait(args[0].rstrip("/"), args[1], float(args[2]))
    elif cmd == "report":
        p = argparse.ArgumentParser(prog="politeness.py report")
        p.add_argument("--log", required=True)
        p.add_argument("--jobs", required=True)
        p.add_argument("--t0", type=float, required=True, help="epoch of the first submission")
        p.add_argument("--stopped", type=float, required=True, help="epoch the waiting stopped")
        p.add_argument("--shops", required=True, help="addr:port,addr:port,...")
        p.add_argument("--products", type=int, required=True)
        p.add_argument("--rps", type=float, required=True)
        p.add_argument("--inflight", type=int, required=True)
        p.add_argument("--workers", default="")
        p.add_argument("--jar", default="")
        p.add_argument("--scenario", default="even")
        p.add_argument("--slow-shop", default="")
        p.add_argument("--slow-s", type=float, default=3)
        p.add_argument("--warm", type=int, default=0, help="shops crawled before the measured round")
        report(p.parse_args(args))
    else:
        print(__doc__, file=sys.stderr)
        sys.exit(2)


if __name__ == "__main__":
    main()
