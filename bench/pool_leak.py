#!/usr/bin/env python3
"""Connections lost by Liberty's pool under conditional polls (see pool-leak.sh).

After each burst the pool is idle, so every connection it reports in use is lost. Prints, per
burst, the polls answered, the answers that were not 304, the lost connections so far and Liberty's
own counters (requests that queued for a connection, connections created and destroyed); at the end
the polls per lost connection.

usage: pool_leak.py BASE_URL SERVER_PID
env:   POOL (4), ROUNDS (6), DURATION (20), CONNECTIONS ("4 64": the bursts of each round)
"""
import os
import re
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))
import tariff_api  # noqa: E402  (mint, sync_constant, wrk)

BASE, PID = sys.argv[1], sys.argv[2]
tariff_api.BASE = BASE
POOL = int(os.environ.get("POOL", "4"))
ROUNDS = int(os.environ.get("ROUNDS", "6"))
DURATION = int(os.environ.get("DURATION", "20"))
CONNECTIONS = [int(c) for c in os.environ.get("CONNECTIONS", "4 64").split()]


def pool():
    """(max pool size, connections in use) as Liberty's ConnectionManagerMBean reports them."""
    text = subprocess.run(["bench/pool-contents.sh", PID], check=True, capture_output=True,
                          text=True).stdout
    size = re.search(r"^maxPoolSize=(\d+)", text, re.M)
    return (int(size.group(1)) if size else None), len(re.findall(r"=ActiveIn(Use|Transaction)", text))


def pool_metrics():
    """Liberty's own counters of the pool (the bench's server has /metrics open)."""
    _, _, body = tariff_api.http("GET", "/metrics?scope=vendor")
    found = dict(re.findall(r"^connectionpool_(\w+)\{[^}]*\} ([0-9.]+)$", body.decode(), re.M))
    return {k: float(found.get(k, "nan")) for k in ("queuedRequests_total", "create_total", "destroy_total")}


def main():
    for _ in range(30):  # the override is read by Liberty's config monitor
        if pool()[0] == POOL:
            break
        time.sleep(1)
    else:
        sys.exit(f"the pool did not shrink to {POOL}")
    # the answer's ETag moves on at each half hour: wait for a slot the whole run fits in first
    tariff_api.wait_out_slot_boundary(ROUNDS * len(CONNECTIONS) * (DURATION + 8) + 30)
    access, _ = tariff_api.mint(1)
    etag, _ = tariff_api.sync_constant(access[0])
    args = [f"Authorization: Bearer {access[0]}", f"If-None-Match: {etag}"]
    at = " and at ".join(str(c) for c in CONNECTIONS)
    print(f"pool of {POOL}, {ROUNDS} rounds of {DURATION} s poll 304 at {at} connections", flush=True)
    print(f"{'burst':>12} {'polls':>9} {'not 304':>8} {'in use after':>13} {'queued in pool':>15} "
          f"{'created':>8} {'destroyed':>10}", flush=True)
    polls = lost = 0
    for r in range(ROUNDS):
        for connections in CONNECTIONS:
            result = tariff_api.wrk(BASE + "/api/v1/tariff", connections, DURATION,
                                    "bench/tariff-headers.lua", args, f"pool leak c={connections}")
            time.sleep(2)  # let the last answers finish
            lost = pool()[1]
            polls += result["requests"]
            counters = pool_metrics()
            print(f"{f'{r + 1} c={connections}':>12} {result['requests']:>9.0f} {result['err_status']:>8.0f} "
                  f"{lost:>13} {counters['queuedRequests_total']:>15.0f} {counters['create_total']:>8.0f} "
                  f"{counters['destroy_total']:>10.0f}", flush=True)
            if lost >= POOL:
                break
        if lost >= POOL:
            print("the pool is empty: every poll now waits and is answered 503", flush=True)
            break
    per = f"{polls / lost:,.0f}" if lost else f"none lost in {polls:,.0f}"
    print(f"polls per lost connection: {per} ({polls:,.0f} polls, {lost} lost)", flush=True)


if __name__ == "__main__":
    main()
