#!/usr/bin/env python3
"""Resident memory under mixed load, and heap as the grants grow (issue #16 item 2).

Against a running dev server (sandbox on, polling limit off, started with native memory tracking):
1. MINUTES of mixed load at once: conditional polls cycling through GRANTS grants (wrk, 8
   connections), full polls of one grant (wrk, 4 connections) and chained refreshes with rotation
   (REFRESH_CLIENTS Python clients back to back). RSS, threads and heap are sampled every 15 s;
   at the end the JVM's native memory summary says where the resident memory went.
2. With GROW_TO set: grants minted in batches up to GROW_TO, the heap read after a full collection
   at each step (it must stay flat: nothing per grant is held in memory).

usage: memory.py BASE_URL SERVER_PID
env:   MINUTES (10), GRANTS (1000), REFRESH_CLIENTS (2), GROW_TO (0 = skip), OUT (bench/results)
"""
import json
import os
import re
import subprocess
import sys
import threading
import time
import urllib.parse

sys.path.insert(0, os.path.dirname(__file__))
import tariff_api  # noqa: E402  (mint, http, write_token_files, sync_constant)

BASE, PID = sys.argv[1], sys.argv[2]
tariff_api.BASE = BASE
MINUTES = float(os.environ.get("MINUTES", "10"))
GRANTS = int(os.environ.get("GRANTS", "1000"))
REFRESH_CLIENTS = int(os.environ.get("REFRESH_CLIENTS", "2"))
GROW_TO = int(os.environ.get("GROW_TO", "0"))
OUT = os.environ.get("OUT", "bench/results")
CLIENT_AUTH = "Basic c2FuZGJveC1jbGllbnQ6c2FuZGJveC1zZWNyZXQ="  # sandbox-client:sandbox-secret


def status():
    with open(f"/proc/{PID}/status") as f:
        text = f.read()
    return (int(re.search(r"VmRSS:\s+(\d+)", text).group(1)) / 1024,
            int(re.search(r"VmHWM:\s+(\d+)", text).group(1)) / 1024,
            int(re.search(r"Threads:\s+(\d+)", text).group(1)))


def heap():
    _, _, body = tariff_api.http("GET", "/sandbox/billing/bench/heap")
    h = json.loads(body)
    return h["used_bytes"] / 2**20, h["committed_bytes"] / 2**20


def pool():
    """The database-pool liveness check's figures: (in use with no handle for its whole window, managed).

    Each call is also a probe, which the check samples its window from."""
    _, _, body = tariff_api.http("GET", "/health/live")
    check = next((c for c in json.loads(body).get("checks", []) if c["name"] == "database-pool"), {})
    data = check.get("data", {})
    return data.get("lost", "?"), data.get("managed", "?")


def jcmd(*args):
    return subprocess.run(["jcmd", PID, *args], capture_output=True, text=True).stdout


class Refresher(threading.Thread):
    """One FlatPeak-like client rotating its grant's refresh token back to back."""

    def __init__(self, refresh_token, stop):
        super().__init__(daemon=True)
        self.token, self.stop, self.done, self.errors = refresh_token, stop, 0, 0

    def run(self):
        while not self.stop.is_set():
            body = urllib.parse.urlencode({"grant_type": "refresh_token", "refresh_token": self.token}).encode()
            code, _, answer = tariff_api.http("POST", "/oauth/token", body=body, headers={
                "Authorization": CLIENT_AUTH, "Content-Type": "application/x-www-form-urlencoded"})
            if code == 200:
                self.token = json.loads(answer)["refresh_token"]
                self.done += 1
            else:
                self.errors += 1
                time.sleep(1)


def mixed_load():
    access, refresh = tariff_api.mint(GRANTS + 1 + REFRESH_CLIENTS)
    etag, _ = tariff_api.sync_constant(access[0])
    prefix = os.path.join(OUT, "memory-tokens")
    tariff_api.THREADS = 1
    tariff_api.write_token_files(access[1:GRANTS + 1], prefix)
    seconds = int(MINUTES * 60)
    url = BASE + "/api/v1/tariff"
    polls = [
        subprocess.Popen(["wrk", "-t1", "-c8", f"-d{seconds}s", "-s", "bench/tariff-many.lua", url, "--", prefix, etag],
                         stdout=subprocess.PIPE, text=True),
        subprocess.Popen(["wrk", "-t1", "-c4", f"-d{seconds}s", "-s", "bench/tariff-headers.lua", url, "--",
                          f"Authorization: Bearer {access[0]}"], stdout=subprocess.PIPE, text=True),
    ]
    stop = threading.Event()
    refreshers = [Refresher(t, stop) for t in refresh[GRANTS + 1:]]
    for r in refreshers:
        r.start()
    print(f"\nmixed load for {MINUTES:g} min: 304 polls across {GRANTS} grants (8 connections), 200 polls "
          f"(4 connections), {REFRESH_CLIENTS} clients refreshing back to back", flush=True)
    print("| minute | RSS MiB | threads | heap used MiB | heap committed MiB | pool: lost / managed |")
    print("|---:|---:|---:|---:|---:|---:|")
    started = time.monotonic()
    samples = []
    while time.monotonic() - started < seconds:
        time.sleep(15)
        rss, _, threads = status()
        used, committed = heap()
        lost, managed = pool()
        samples.append((time.monotonic() - started, rss, threads, used, committed))
        print(f"| {samples[-1][0] / 60:.2f} | {rss:.0f} | {threads} | {used:.0f} | {committed:.0f} | "
              f"{lost} / {managed} |", flush=True)
    stop.set()
    outputs = [p.communicate()[0] for p in polls]
    result = [tariff_api.RESULT.search(o).group(1) for o in outputs]
    rates = []
    for r in result:
        fields = dict(kv.split("=") for kv in r.split())
        rates.append(float(fields["requests"]) / (float(fields["duration_us"]) / 1e6))
    refreshed = sum(r.done for r in refreshers)
    rss, hwm, threads = status()
    print(f"\nload served: 304 polls {rates[0]:,.0f}/s, 200 polls {rates[1]:,.0f}/s, refreshes "
          f"{refreshed / seconds:,.0f}/s ({sum(r.errors for r in refreshers)} refused)")
    print(f"RSS at the end {rss:.0f} MiB, peak (VmHWM) {hwm:.0f} MiB, {threads} threads")
    lost, managed = pool()
    print(f"pool after the load: {lost} of {managed} connections in use with no handle for the liveness window "
          "(the JPA paths' releases, which Liberty can drop)")
    nmt = tariff_api.native_memory(PID)
    if nmt:
        print("\nwhere it went (native memory tracking, committed MB):")
        for name, committed in nmt.items():
            print(f"  {name:28} {committed:>6}")
    else:
        print("(no native memory summary: start the server with -XX:NativeMemoryTracking=summary)")
    print(f"\ntarget (issue #16 item 2): {'met   ' if rss <= 400 else 'MISSED'} RSS after {MINUTES:g} min of mixed "
          f"load <= 400 MiB: {rss:.0f} MiB")


def heap_after_gc():
    jcmd("GC.run")
    time.sleep(1)
    return heap()[0]


def grow():
    print(f"\nheap after a full collection as grants grow to {GROW_TO:,}:")
    print("| grants | heap used after GC MiB | RSS MiB |")
    print("|---:|---:|---:|")
    minted = GRANTS + 1 + REFRESH_CLIENTS
    step = max(GROW_TO // 10, tariff_api.MAX_MINT)
    print(f"| {minted:,} | {heap_after_gc():.0f} | {status()[0]:.0f} |", flush=True)
    first = None
    while minted < GROW_TO:
        n = min(step, GROW_TO - minted)
        while n > 0:
            batch = min(n, tariff_api.MAX_MINT)
            code, _, body = tariff_api.http("POST", f"/sandbox/bench/grants?supply_point={tariff_api.SUPPLY_POINT}"
                                                    f"&count={batch}")
            assert code == 201, (code, body[:200])
            n -= batch
            minted += batch
        used = heap_after_gc()
        first = first or used
        print(f"| {minted:,} | {used:.0f} | {status()[0]:.0f} |", flush=True)
    print(f"heap after GC at {minted:,} grants is {used / first:.2f}x what it was at the first step")


def main():
    os.makedirs(OUT, exist_ok=True)
    print(f"memory of {BASE} (pid {PID}): {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}, "
          f"{time.strftime('%Y-%m-%d %H:%M %Z')}, database {os.environ.get('DB', 'h2')}", flush=True)
    print("JVM options: " + " ".join(jcmd("VM.command_line").split("jvm_args:")[-1].split("\n")[0].split()))
    mixed_load()
    if GROW_TO:
        grow()


if __name__ == "__main__":
    main()
