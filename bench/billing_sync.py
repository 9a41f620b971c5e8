#!/usr/bin/env python3
"""Tariff sync at scale (issue #4): wall time, rate, heap and RSS of a sync run over COUNT supply
points with active grants, against a raw JDBC batch rewrite of the same snapshot rows on the same
server, and the tariff API's poll latency idle vs during the run.

usage: billing_sync.py BASE_URL [SERVER_PID]
env:   COUNT (100000), POLLERS (2), POLL_RATE (20 per poller per s), IDLE_SECONDS (60),
       ADMIN (admin:admin-demo-pass)
"""
import base64
import http.client
import json
import os
import subprocess
import sys
import threading
import time
import urllib.parse

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:9190"
SERVER_PID = sys.argv[2] if len(sys.argv) > 2 and sys.argv[2] else None
COUNT = int(os.environ.get("COUNT", "100000"))
GENERATE_MAX = 200_000  # the sandbox's limit for one generate call
POLLERS = int(os.environ.get("POLLERS", "2"))
POLL_RATE = float(os.environ.get("POLL_RATE", "20"))  # polls per second per poller
IDLE_SECONDS = int(os.environ.get("IDLE_SECONDS", "60"))  # its p99 is the baseline: enough polls that no single one sets it
ADMIN = "Basic " + base64.b64encode(os.environ.get("ADMIN", "admin:admin-demo-pass").encode()).decode()
HOST = urllib.parse.urlparse(BASE)


def connection():
    return http.client.HTTPConnection(HOST.hostname, HOST.port, timeout=600)


def call(method, path, headers=None, conn=None):
    own = conn is None
    conn = conn or connection()
    conn.request(method, path, headers=headers or {})
    response = conn.getresponse()
    body = response.read()
    if own:
        conn.close()
    return response.status, dict(response.getheaders()), body


def expect(status_wanted, result):
    status, _, body = result
    assert status == status_wanted, (status, body[:400])
    return json.loads(body) if body else None


class Sampler(threading.Thread):
    """Heap (from the server's MemoryMXBean, via the sandbox) and RSS (ps) every half second."""

    def __init__(self):
        super().__init__(daemon=True)
        self.samples = []
        self.stopped = threading.Event()

    def run(self):
        conn = connection()
        while not self.stopped.is_set():
            try:
                _, _, body = call("GET", "/sandbox/billing/bench/heap", conn=conn)
                heap = json.loads(body)
                rss = None
                if SERVER_PID:
                    out = subprocess.run(["ps", "-o", "rss=", "-p", SERVER_PID], capture_output=True, text=True)
                    rss = int(out.stdout.strip()) * 1024 if out.stdout.strip() else None
                self.samples.append((heap["used_bytes"], heap["committed_bytes"], heap["max_bytes"], rss))
            except Exception:  # a sample lost under load is no result
                conn = connection()
            self.stopped.wait(0.5)

    def summary(self):
        if not self.samples:
            return "no samples"
        mib = 1024 * 1024
        used = max(s[0] for s in self.samples) / mib
        committed = max(s[1] for s in self.samples) / mib
        heap_max = self.samples[0][2] / mib
        rss = [s[3] for s in self.samples if s[3]]
        rss_text = f", RSS max {max(rss) / mib:.0f} MiB" if rss else ""
        return f"heap used max {used:.0f} MiB (committed max {committed:.0f}, -Xmx {heap_max:.0f}){rss_text}"


class Pollers:
    """POLLERS threads polling GET /api/v1/tariff at POLL_RATE each (full 200 answers, limit off):
    a steady load like many FlatPeak polls, not a saturating one that would fight the sync for CPU."""

    def __init__(self, tokens):
        self.tokens = tokens
        self.latencies = []
        self.statuses = {}
        self.stop = threading.Event()
        self.lock = threading.Lock()

    def _run(self, token):
        conn = connection()
        headers = {"Authorization": "Bearer " + token}
        gap = 1.0 / POLL_RATE
        next_at = time.perf_counter()
        while not self.stop.is_set():
            started = time.perf_counter()
            status, _, _ = call("GET", "/api/v1/tariff", headers=headers, conn=conn)
            elapsed = (time.perf_counter() - started) * 1000
            next_at += gap
            self.stop.wait(max(0.0, next_at - time.perf_counter()))
            with self.lock:
                self.latencies.append(elapsed)
                self.statuses[status] = self.statuses.get(status, 0) + 1

    def start(self):
        self.threads = [threading.Thread(target=self._run, args=(t,), daemon=True) for t in self.tokens]
        for t in self.threads:
            t.start()

    def finish(self):
        self.stop.set()
        for t in self.threads:
            t.join()
        values = sorted(self.latencies)
        pick = lambda q: values[min(len(values) - 1, int(q * len(values)))]
        return {"n": len(values), "p50": pick(0.50), "p99": pick(0.99), "statuses": self.statuses}


def sync_run(pollers=None):
    """Starts a run through the admin API and follows it to the end; answers (view, wall seconds)."""
    started = time.perf_counter()
    run = expect(202, call("POST", "/admin/api/sync-runs", {"Authorization": ADMIN, "X-Requested-By": "bench"}))
    while True:
        view = expect(200, call("GET", f"/admin/api/sync-runs/{run['id']}", {"Authorization": ADMIN}))
        if view["status"] != "RUNNING":
            return view, time.perf_counter() - started
        time.sleep(0.25)


def main():
    print(f"database {os.environ.get('DB', 'h2')}, {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}, "
          f"{time.strftime('%Y-%m-%d %H:%M %Z')}", flush=True)
    tokens = expect(201, call("POST", f"/sandbox/bench/grants?supply_point=SP-1000-0001&count={POLLERS}"))["access_tokens"]

    # warm-up: JIT-compile the whole sync path on a small batch, so the measured runs are steady state
    expect(201, call("POST", "/sandbox/billing/generate?count=2000"))
    sync_run()

    started = time.perf_counter()
    batches = []
    left = COUNT
    while left > 0:  # the sandbox generates at most GENERATE_MAX a call, each call a batch of its own
        n = min(left, GENERATE_MAX)
        batches.append(expect(201, call("POST", f"/sandbox/billing/generate?count={n}"))["batch"])
        left -= n
    print(f"generated {COUNT:,} supply points with active grants in {time.perf_counter() - started:.1f} s "
          f"(batches {', '.join(batches)})", flush=True)

    warm = Pollers(tokens)  # JIT and caches first, so idle is not a cold start
    warm.start()
    time.sleep(5)
    warm.finish()

    idle = Pollers(tokens)
    idle.start()
    time.sleep(IDLE_SECONDS)
    idle = idle.finish()

    sampler = Sampler()
    sampler.start()
    during = Pollers(tokens)
    during.start()
    first, first_wall = sync_run()
    during = during.finish()
    first_memory = sampler.summary()
    sampler.samples.clear()
    second, second_wall = sync_run()
    second_memory = sampler.summary()
    sampler.stopped.set()

    raw = {"rows": 0, "millis": 0}
    for batch in batches:
        part = expect(200, call("POST", f"/sandbox/billing/bench/raw-rewrite?batch={batch}"))
        raw = {"rows": raw["rows"] + part["rows"], "millis": raw["millis"] + part["millis"]}
    raw_seconds = raw["millis"] / 1000

    raw_rate = raw["rows"] / raw_seconds

    def row(name, view, wall, memory):
        rate = view["checked"] / wall
        print(f"| {name} | {view['checked']:,} | {view['changed']:,} | {view['failed']:,} | {wall:.1f} | "
              f"{rate:,.0f} | {rate / raw_rate:.2f} | {memory} |")

    print()
    print("| run | checked | changed | failed | wall s | supply points/s | × raw rate | memory during the run |")
    print("|---|---:|---:|---:|---:|---:|---:|---|")
    row("first sync (10 % repriced in billing)", first, first_wall, first_memory)
    row("second sync (nothing changed)", second, second_wall, second_memory)
    print(f"| raw JDBC rewrite of the same {raw['rows']:,} snapshot rows | | | | {raw_seconds:.1f} | "
          f"{raw_rate:,.0f} | 1.00 | |")
    print()
    print("| tariff poll (GET /api/v1/tariff, 200, "
          f"{POLLERS} pollers at {POLL_RATE:g}/s each) | polls | p50 ms | p99 ms | × idle p99 |")
    print("|---|---:|---:|---:|---:|")
    print(f"| idle ({IDLE_SECONDS} s) | {idle['n']:,} | {idle['p50']:.1f} | {idle['p99']:.1f} | 1.00 |")
    print(f"| during the first sync | {during['n']:,} | {during['p50']:.1f} | {during['p99']:.1f} | "
          f"{during['p99'] / idle['p99']:.2f} |")
    print()
    print(f"statuses idle {idle['statuses']}, during {during['statuses']}")
    minutes = first_wall / 60 * 1_000_000 / first["checked"]
    print(f"targets (issue #16): {'met   ' if minutes <= 5 else 'MISSED'} 1,000,000 supply points in <= 5 min "
          f"({minutes:.1f} min at this run's rate); {'met   ' if during['p99'] <= 2 * idle['p99'] else 'MISSED'} "
          f"poll p99 during the run <= 2x idle ({during['p99'] / idle['p99']:.2f}x)")
    print(f"first run view: {json.dumps(first)}")


if __name__ == "__main__":
    main()
