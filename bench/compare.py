#!/usr/bin/env python3
"""Two running dev servers of the product (builds A and B) under the same wrk rows, in turn.

Rows: bare 304 (the sandbox's constant endpoint, the baseline), poll 304, poll 200, and refresh with
rotation (bench/refresh-chain.lua). Each round runs every row on both servers, A first in odd
rounds and B first in even ones, so drift of a shared machine falls on both. Prints req/s, p99 and
server CPU per request of each, B/A per round and the median B/A, then both servers' memory.

usage: compare.py NAME_A URL_A PID_A NAME_B URL_B PID_B
env:   ROUNDS (3), DURATION (10 s), WARMUP (5 s), CONNECTIONS (64), GLOBAL_WARMUP (20 s), OUT
"""
import json
import os
import statistics
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
os.environ.setdefault("DURATION", "10")
import tariff_api as ta  # noqa: E402

SERVERS = [  # keyed by role, not commit: A and B may be the same commit with other options
    {"role": "A", "name": sys.argv[1], "base": sys.argv[2], "pid": int(sys.argv[3])},
    {"role": "B", "name": sys.argv[4], "base": sys.argv[5], "pid": int(sys.argv[6])},
]
ROUNDS = int(os.environ.get("ROUNDS", "3"))
CONNECTIONS = int(os.environ.get("CONNECTIONS", "64"))
GLOBAL_WARMUP = int(os.environ.get("GLOBAL_WARMUP", "20"))
ROWS = ["bare 304", "poll 304", "poll 200", "refresh"]
CLIENT = ("sandbox-client", "sandbox-secret")


def prepare(server):
    ta.BASE = server["base"]
    access, _ = ta.mint(1)
    etag, length = ta.sync_constant(access[0])
    server.update(access=access[0], etag=etag, length=length)


def run(server, row, seconds=None):
    ta.BASE = server["base"]
    if seconds is not None:  # a warm-up of this length, then one second measured and dropped
        saved = ta.WARMUP, ta.DURATION
        ta.WARMUP, ta.DURATION = seconds, 1
    try:
        if row == "refresh":
            return ta.run_refresh_chain(server["base"] + "/oauth/token", CONNECTIONS, lambda n: ta.mint(n)[1], CLIENT,
                                        f"{server['role']} {server['name']} refresh", server["pid"])
        path = "/sandbox/bench/constant" if row == "bare 304" else "/api/v1/tariff"
        headers = {"Authorization": "Bearer " + server["access"]}
        if row != "poll 200":
            headers["If-None-Match"] = server["etag"]
        return ta.run_headers(f"{server['role']} {server['name']} {row}", path, CONNECTIONS, headers, server["length"],
                              row != "poll 200", base=server["base"], server_pid=server["pid"])
    finally:
        if seconds is not None:
            ta.WARMUP, ta.DURATION = saved


def main():
    os.makedirs(ta.OUT, exist_ok=True)
    info = ta.conditions()
    print(f"compare {SERVERS[0]['name']} (A, {SERVERS[0]['base']}) with {SERVERS[1]['name']} "
          f"(B, {SERVERS[1]['base']}): {info['date']}, {info['cpus']} cores, load {info['load']}, "
          f"database {os.environ.get('DB', 'h2')}, {CONNECTIONS} connections, {ROUNDS} rounds of "
          f"{ta.WARMUP} s warm-up + {ta.DURATION} s per row", flush=True)
    for s in SERVERS:
        prepare(s)
    print(f"global warm-up: {GLOBAL_WARMUP} s per row and server", flush=True)
    for row in ROWS:
        for s in SERVERS:
            ta.wait_out_slot_boundary(GLOBAL_WARMUP + 5)
            run(s, row, GLOBAL_WARMUP)
    results = {row: [] for row in ROWS}
    for r in range(ROUNDS):
        order = SERVERS if r % 2 == 0 else SERVERS[::-1]
        for row in ROWS:
            ta.wait_out_slot_boundary(2 * (ta.WARMUP + ta.DURATION) + 10)
            pair = {s["role"]: run(s, row) for s in order}
            results[row].append(pair)
            a, b = pair["A"], pair["B"]
            print(f"  round {r + 1} {row:9} A {a['rps']:8,.0f}/s  B {b['rps']:8,.0f}/s  B/A {b['rps'] / a['rps']:.2f}",
                  flush=True)
    print(f"\n| row | round | A req/s | A p99 ms | A CPU µs/req | B req/s | B p99 ms | B CPU µs/req | B/A |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    summary = {}
    for row in ROWS:
        ratios = []
        for r, pair in enumerate(results[row]):
            a, b = pair["A"], pair["B"]
            ratios.append(b["rps"] / a["rps"])
            cells = []
            for x in (a, b):
                cpu = "" if x["server_cpu"] is None else f"{x['server_cpu'] / x['rps'] * 1e6:,.0f}"
                cells += [f"{x['rps']:,.0f}", f"{x['p99_us'] / 1000:.1f}", cpu]
            print(f"| {row} | {r + 1} | " + " | ".join(cells) + f" | {ratios[-1]:.2f} |")
        summary[row] = statistics.median(ratios)
    print("\nmedian B/A: " + ", ".join(f"{row} {ratio:.2f}" for row, ratio in summary.items()))
    for s in SERVERS:
        rows = results["poll 304"]
        bare = statistics.median(p[s["role"]]["rps"] for p in results["bare 304"])
        poll = statistics.median(p[s["role"]]["rps"] for p in rows)
        ratio = poll / bare
        mem, heap = ta.memory(s["pid"]), ta.heap_info(s["pid"]) or {}
        print(f"{s['role']} {s['name']}: poll 304 / bare 304 {ratio:.2f}; VmRSS {mem['VmRSS']:.0f} MiB, VmHWM "
              f"{mem['VmHWM']:.0f} MiB, heap committed {heap.get('heap_committed', 0):.0f} MiB, "
              f"metaspace {heap.get('metaspace_committed', 0):.0f} MiB")
        subprocess.run(["jcmd", str(s["pid"]), "GC.run"], capture_output=True)  # after RSS was read
        live = (ta.heap_info(s["pid"]) or {}).get("heap_used", 0)
        print(f"  heap used after a full collection (live set): {live:.0f} MiB")
        s.update(memory=mem, heap=heap, live_heap=live, poll_304_vs_bare=ratio)
        nmt = ta.native_memory(s["pid"])
        if nmt:
            print("  native memory tracking, committed MiB: " + ", ".join(f"{k} {v}" for k, v in nmt.items()))
            s["native_memory"] = nmt
    with open(os.path.join(ta.OUT, "compare.json"), "w") as f:
        json.dump({"conditions": info, "servers": [{k: v for k, v in s.items() if k != "access"} for s in SERVERS],
                   "results": results, "median_b_over_a": summary}, f, indent=1, default=str)


if __name__ == "__main__":
    main()
