"""Event latency of GET /api/jobs/{id}/events: for each of N small jobs on the demo shop, submit
it, open its stream and, for every stored event written after the stream opened, take the time
from the event's createdAt (its transaction's start, PostgreSQL's clock: same machine) to the
moment its `data:` line arrived. Prints `events= jobs= median_ms= p95_ms= max_ms=`."""
import http.client
import json
import statistics
import os
import sys
import time
from datetime import datetime

host, port, shop, jobs, max_pages = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
VERBOSE = os.environ.get("VERBOSE") == "1"  # each event on stderr


def created(text):
    return datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()


latencies = []
for _ in range(jobs):
    api = http.client.HTTPConnection(host, port, timeout=60)
    api.request("POST", "/api/jobs", json.dumps({"url": shop, "maxPages": max_pages}),
                {"Content-Type": "application/json"})
    answer = api.getresponse()
    job = json.loads(answer.read())
    if answer.status != 202:
        sys.exit(f"submission answered {answer.status}: {job}")
    stream = http.client.HTTPConnection(host, port, timeout=120)
    stream.request("GET", f"/api/jobs/{job['id']}/events", headers={"Accept": "text/event-stream"})
    body = stream.getresponse()
    opened = None
    event_id = None
    for raw in body:  # ends when the server closes the stream after the job's end
        now = time.time()
        opened = opened or now
        line = raw.decode().rstrip("\r\n")
        if line.startswith("id:"):
            event_id = line[3:]
        elif line.startswith("data:") and event_id is not None:
            written = created(json.loads(line[5:])["createdAt"])
            if written > opened:
                latencies.append((now - written) * 1000)
                if VERBOSE:
                    print(f"job={job['id']} event={event_id} {line[5:120]} latency_ms={latencies[-1]:.1f}", file=sys.stderr)
        elif line == "":
            event_id = None
    stream.close()
    api.close()

if not latencies:
    sys.exit("no event was written after its stream opened")
latencies.sort()
p95 = latencies[min(len(latencies) - 1, int(round(0.95 * (len(latencies) - 1))))]
print(f"events={len(latencies)} jobs={jobs} median_ms={statistics.median(latencies):.1f} "
      f"p95_ms={p95:.1f} max_ms={latencies[-1]:.1f}")
