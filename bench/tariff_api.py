#!/usr/bin/env python3
"""Throughput and latency of the tariff API and the token endpoint under wrk (issue #3).

Against a running dev server (H2, sandbox on, polling limit off) it measures, at each connection
count: GET /api/v1/tariff answering 200 and 304, the same bytes from a constant JAX-RS endpoint of
the same server (GET /sandbox/bench/constant: same headers, no database, no rendering) as the
baseline of each, conditional polls cycling through MANY_GRANTS grants (as FlatPeak polls: no
token twice in a row), and POST /oauth/token refreshes with rotation, each refresh token spent once.
Prints req/s, p50, p99, the ratio to the baseline, server and wrk CPU, and the issue's targets.

usage: tariff_api.py BASE_URL [SERVER_PID]
env:   MANY_GRANTS (10000), THREADS (2), DURATION (15 s), WARMUP (5 s), CONNECTIONS ("16 64"), OUT (bench/results)
"""
import base64
import json
import os
import re
import resource
import subprocess
import sys
import time
import urllib.error
import urllib.request

# the runner scripts pass BASE_URL SERVER_PID; others (compare.py, vs_keycloak.py) set BASE themselves
BASE = sys.argv[1] if len(sys.argv) > 1 and sys.argv[1].startswith("http") else "http://localhost:9180"
SERVER_PID = int(sys.argv[2]) if len(sys.argv) > 2 and sys.argv[2].isdigit() else None
THREADS = int(os.environ.get("THREADS", "2"))
DURATION = int(os.environ.get("DURATION", "15"))
WARMUP = int(os.environ.get("WARMUP", "5"))
CONNECTIONS = [int(c) for c in os.environ.get("CONNECTIONS", "16 64").split()]
OUT = os.environ.get("OUT", "bench/results")
SUPPLY_POINT = "SP-1000-0001"
MAX_MINT = 5000  # per request to /sandbox/bench/grants (larger batches hit the transaction timeout)
MANY_GRANTS = int(os.environ.get("MANY_GRANTS", "10000"))  # for the round-robin row
SLOT_SECONDS = 1800  # the tariff answer (and its ETag) moves on every half-hour slot
RESULT = re.compile(r"^WRK_RESULT (.*)$", re.M)

TARGETS = {  # issue #3, at the highest connection count unless said otherwise
    "poll 200": "poll 200 >= 0.6x bare and >= 6,000 req/s, p99 <= 20 ms at 64 connections",
    "poll 304": "poll 304 >= 0.85x bare",
    "refresh": "refresh with rotation >= 500/s",
}


def basic(client):
    return "Basic " + base64.b64encode(f"{client[0]}:{client[1]}".encode()).decode()


def memory(pid):
    """VmRSS and VmHWM (peak) of a process, in MiB."""
    with open(f"/proc/{pid}/status") as f:
        fields = dict(line.split(":", 1) for line in f if ":" in line)
    return {k: int(fields[k].split()[0]) / 1024 for k in ("VmRSS", "VmHWM")}


def heap_info(pid):
    """Java heap and metaspace (committed / used, MiB) from the JVM's own jcmd GC.heap_info, or None."""
    jcmd = os.path.join(os.path.dirname(os.readlink(f"/proc/{pid}/exe")), "jcmd")
    try:
        out = subprocess.run([jcmd, str(pid), "GC.heap_info"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.TimeoutExpired):
        return None
    # G1 and Parallel print one "heap total" line; Serial one line per generation (new, tenured)
    heap = re.search(r"heap\s+total (?:reserved \d+K, committed )?(\d+)K, used (\d+)K", out)
    parts = [(int(c), int(u)) for c, u in re.findall(r"generation\s+total (\d+)K, used (\d+)K", out)]
    meta = re.search(r"Metaspace\s+used (\d+)K, committed (\d+)K", out)
    if heap:
        committed, used = int(heap.group(1)), int(heap.group(2))
    elif parts:
        committed, used = sum(c for c, _ in parts), sum(u for _, u in parts)
    else:
        return None
    info = {"heap_committed": committed / 1024, "heap_used": used / 1024}
    if meta:
        info.update(metaspace_used=int(meta.group(1)) / 1024, metaspace_committed=int(meta.group(2)) / 1024)
    return info

def native_memory(pid):
    """Committed MiB by JVM area when the server runs with -XX:NativeMemoryTracking=summary, else {}."""
    out = subprocess.run(["jcmd", str(pid), "VM.native_memory", "summary", "scale=MB"], capture_output=True,
                         text=True).stdout
    areas = {name.strip(): int(mb) for name, mb in
             re.findall(r"^-\s+(.+?) \(reserved=\d+MB, committed=(\d+)MB\)", out, re.M)}
    total = re.search(r"Total: reserved=\d+MB, committed=(\d+)MB", out)
    if total:
        areas["total"] = int(total.group(1))
    return areas


def http(method, path, body=None, headers=None, base=None):
    request = urllib.request.Request((base or BASE) + path, data=body, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


def mint(count):
    """Access and refresh tokens of `count` new grants, in requests of at most MAX_MINT."""
    access, refresh = [], []
    while count > 0:
        n = min(count, MAX_MINT)
        status, _, body = http("POST", f"/sandbox/bench/grants?supply_point={SUPPLY_POINT}&count={n}")
        assert status == 201, (status, body[:300])
        minted = json.loads(body)
        access += minted["access_tokens"]
        refresh += minted["refresh_tokens"]
        count -= n
    return access, refresh


def sync_constant(access_token):
    """One real poll; the constant endpoint then answers the same bytes with the same ETag."""
    status, headers, body = http("GET", "/api/v1/tariff", headers={"Authorization": "Bearer " + access_token})
    assert status == 200, (status, body[:300])
    etag = headers["ETag"]
    status, _, _ = http("PUT", "/sandbox/bench/constant", body=body,
                        headers={"X-Bench-ETag": etag, "Content-Type": "application/json"})
    assert status == 204, status
    status, headers, same = http("GET", "/sandbox/bench/constant")
    assert status == 200 and same == body and headers["ETag"] == etag, "constant endpoint does not echo the tariff"
    return etag, len(body)


def wait_out_slot_boundary(seconds_needed):
    """Sleeps past the next half-hour boundary when a run would cross it (the ETag changes there)."""
    left = SLOT_SECONDS - time.time() % SLOT_SECONDS
    if left < seconds_needed:
        print(f"  (waiting {left + 2:.0f} s for the next half-hour slot, so the ETag holds for the whole run)",
              flush=True)
        time.sleep(left + 2)


def server_cpu_seconds(pid=None):
    pid = pid or SERVER_PID
    if pid is None:
        return None
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def wrk(url, connections, seconds, script, args, label, server_pid=None):
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    server_before = server_cpu_seconds(server_pid)
    command = ["wrk", f"-t{THREADS}", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s", "--latency",
               "-s", script, url, "--"] + args
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    server_after = server_cpu_seconds(server_pid)
    os.makedirs(OUT, exist_ok=True)  # benches that never print a report still keep wrk's output
    with open(os.path.join(OUT, "wrk.log"), "a") as log:
        log.write(f"### {label} c={connections} {seconds}s\n{output}\n")
    fields = {k: float(v) for k, v in (kv.split("=") for kv in RESULT.search(output).group(1).split())}
    wall = fields["duration_us"] / 1e6
    fields["rps"] = fields["requests"] / wall
    fields["wrk_cpu"] = (after.ru_utime + after.ru_stime - children.ru_utime - children.ru_stime) / wall
    fields["server_cpu"] = None if server_before is None else (server_after - server_before) / wall
    return fields


def check_poll_run(result, label, body_length, expect_304):
    problems = []
    errors = sum(result[k] for k in ("err_connect", "err_read", "err_write", "err_status", "err_timeout"))
    if errors:
        problems.append(f"{errors:.0f} errors")
    per_request = result["bytes"] / max(1, result["requests"])
    if expect_304 and per_request >= body_length:
        problems.append(f"{per_request:.0f} bytes per answer: not all 304")
    if not expect_304 and per_request < body_length:
        problems.append(f"{per_request:.0f} bytes per answer: not all full answers")
    if problems:
        print(f"  WARNING {label}: " + "; ".join(problems), flush=True)
    result["problems"] = problems
    return result


def run_headers(label, path, connections, headers, body_length, expect_304, base=None, server_pid=None):
    args = [f"{name}: {value}" for name, value in headers.items()]
    url = (base or BASE) + path
    wrk(url, connections, WARMUP, "bench/tariff-headers.lua", args, label + " (warm-up)", server_pid)
    result = wrk(url, connections, DURATION, "bench/tariff-headers.lua", args, label, server_pid)
    return check_poll_run(result, label, body_length, expect_304)


def run_many(connections, tokens, etag, body_length):
    """Conditional polls cycling through many grants: no token is asked twice in a row."""
    prefix = os.path.join(OUT, "access-tokens")
    write_token_files(tokens, prefix)
    label = f"poll 304 x{len(tokens)} grants"
    script = "bench/tariff-many.lua"
    wrk(BASE + "/api/v1/tariff", connections, WARMUP, script, [prefix, etag], label + " (warm-up)")
    result = wrk(BASE + "/api/v1/tariff", connections, DURATION, script, [prefix, etag], label)
    return check_poll_run(result, label, body_length, True)


def write_token_files(tokens, prefix):
    for t in range(THREADS):
        with open(f"{prefix}-{t}.txt", "w") as f:
            f.write("\n".join(tokens[t::THREADS]) + "\n")


CHAIN = "bench/refresh-chain.lua"


def refresh_chain(url, connections, seconds, make_tokens, client, label, server_pid=None):
    """One wrk run of chained refreshes with rotation: each connection spends the refresh token of its
    previous answer, so every token is used once and a run never runs out. make_tokens(n) gives n fresh
    starting tokens: one per connection and one spare per thread."""
    prefix = os.path.join(OUT, "chain-tokens")
    write_token_files(make_tokens(THREADS * (connections // THREADS + 1)), prefix)
    return wrk(url, connections, seconds, CHAIN, [prefix, "Authorization: " + basic(client)], label, server_pid)


def run_refresh_chain(url, connections, make_tokens, client, label, server_pid=None):
    """Warm-up and measured run of chained refreshes, each on its own starting tokens; warns of errors and
    of answers without a refresh token (a broken chain would understate the rate)."""
    if WARMUP > 0:
        refresh_chain(url, connections, WARMUP, make_tokens, client, label + " (warm-up)", server_pid)
    result = refresh_chain(url, connections, DURATION, make_tokens, client, label, server_pid)
    problems = []
    errors = sum(result[k] for k in ("err_connect", "err_read", "err_write", "err_status", "err_timeout"))
    if errors:
        problems.append(f"{errors:.0f} errors")
    if result["broken"]:
        problems.append(f"{result['broken']:.0f} answers without a refresh token, {result['starved']:.0f} starved")
    if problems:
        print(f"  WARNING {label}: " + "; ".join(problems), flush=True)
    result["problems"] = problems
    return result


def run_refresh(connections, estimate):
    """Warm-up and measured run, each on its own freshly minted refresh tokens (one use each)."""
    prefix = os.path.join(OUT, "refresh-tokens")
    url = BASE + "/oauth/token"
    _, tokens = mint(max(2000, int(estimate * WARMUP * 1.5)))
    write_token_files(tokens, prefix)
    warm = wrk(url, connections, WARMUP, "bench/refresh-once.lua", [prefix], "refresh (warm-up)")
    rate = max(estimate, warm["rps"] if not warm["exhausted"] else 2 * estimate)
    for attempt in range(3):
        _, tokens = mint(int(rate * DURATION * 1.6) + 1000)
        write_token_files(tokens, prefix)
        result = wrk(url, connections, DURATION, "bench/refresh-once.lua", [prefix], "refresh")
        if not result["exhausted"]:
            break
        print(f"  refresh at {connections} connections ran out of tokens; minting more and running again",
              flush=True)
        rate *= 2
    problems = []
    errors = sum(result[k] for k in ("err_connect", "err_read", "err_write", "err_status", "err_timeout"))
    if errors:
        problems.append(f"{errors:.0f} errors")
    if result["exhausted"]:
        problems.append("ran out of refresh tokens: req/s understated")
    if problems:
        print("  WARNING refresh: " + "; ".join(problems), flush=True)
    result["problems"] = problems
    return result


def conditions():
    def first_line(command):
        try:
            done = subprocess.run(command, capture_output=True, text=True)
            line = (done.stdout + done.stderr).strip().splitlines()[0]
            return "?" if line.startswith("fatal:") else line
        except (OSError, IndexError):
            return "?"
    return {
        "date": time.strftime("%Y-%m-%d %H:%M %Z"),
        "cpus": os.cpu_count(),
        "load": f"{os.getloadavg()[0]:.1f}",
        "database": os.environ.get("DB", "h2"),
        "java": first_line(["java", "-version"]),
        "wrk": first_line(["wrk", "-v"]),
        "commit": first_line(["git", "log", "-1", "--format=%h %s"]),
        "wrk_params": f"-t{THREADS} --latency, {WARMUP} s warm-up + {DURATION} s measured per row, same machine",
    }


def main():
    os.makedirs(OUT, exist_ok=True)
    info = conditions()
    print(f"tariff API under wrk against {BASE}: {info}", flush=True)
    access, _ = mint(1 + MANY_GRANTS)
    token = access[0]  # one grant polled by every connection: the polling limit must be off
    many = access[1:]  # grants of the same supply point: one ETag, distinct tokens
    etag, body_length = sync_constant(token)
    print(f"tariff answer {body_length} bytes, ETag {etag}", flush=True)

    # Global warm-up: JIT, connection pools, caches (discarded).
    auth = {"Authorization": "Bearer " + token}
    for path in ("/sandbox/bench/constant", "/api/v1/tariff"):
        wrk(BASE + path, CONNECTIONS[0], 10, "bench/tariff-headers.lua",
            [f"Authorization: Bearer {token}"], "global warm-up")
    wrk(BASE + "/api/v1/tariff", CONNECTIONS[0], 5, "bench/tariff-headers.lua",
        [f"Authorization: Bearer {token}", f"If-None-Match: {etag}"], "global warm-up 304")

    rows = []
    refresh_estimate = 300
    for c in CONNECTIONS:
        print(f"-- {c} connections", flush=True)
        for kind, expect_304 in (("200", False), ("304", True)):
            wait_out_slot_boundary(3 * (WARMUP + DURATION) + 10)
            etag, body_length = sync_constant(token)
            headers = dict(auth)
            if expect_304:
                headers["If-None-Match"] = etag
            bare = run_headers(f"bare {kind}", "/sandbox/bench/constant", c, headers, body_length, expect_304)
            poll = run_headers(f"poll {kind}", "/api/v1/tariff", c, headers, body_length, expect_304)
            rows.append((f"bare {kind} (constant endpoint)", c, bare, 1.0))
            rows.append((f"poll {kind} (GET /api/v1/tariff)", c, poll, poll["rps"] / bare["rps"]))
            print(f"  bare {kind}: {bare['rps']:8.0f} req/s   poll {kind}: {poll['rps']:8.0f} req/s", flush=True)
            if expect_304:
                spread = run_many(c, many, etag, body_length)
                rows.append((f"poll 304 across {len(many)} grants (round robin)", c, spread, spread["rps"] / bare["rps"]))
                print(f"  poll 304 across {len(many)} grants: {spread['rps']:8.0f} req/s", flush=True)
        refresh = run_refresh(c, refresh_estimate)
        refresh_estimate = max(refresh_estimate, refresh["rps"])
        rows.append(("refresh with rotation (POST /oauth/token)", c, refresh, None))
        print(f"  refresh: {refresh['rps']:8.0f} req/s", flush=True)

    print()
    print(f"{'request':48} {'conns':>5} {'req/s':>8} {'p50 ms':>7} {'p99 ms':>7} {'x bare':>7} "
          f"{'server CPU':>10} {'wrk CPU':>8} {'srv CPU µs/req':>14}")
    for name, c, r, ratio in rows:
        ratio_text = "" if ratio is None else f"{ratio:.2f}"
        server = "" if r["server_cpu"] is None else f"{r['server_cpu']:.2f}"
        per_req = "" if r["server_cpu"] is None else f"{r['server_cpu'] / r['rps'] * 1e6:.0f}"
        flag = "  !" + "; ".join(r["problems"]) if r["problems"] else ""
        print(f"{name:48} {c:5d} {r['rps']:8.0f} {r['p50_us'] / 1000:7.1f} {r['p99_us'] / 1000:7.1f} "
              f"{ratio_text:>7} {server:>10} {r['wrk_cpu']:8.2f} {per_req:>14}{flag}")

    top = max(CONNECTIONS)
    by = {(name.split(" (")[0], c): (r, ratio) for name, c, r, ratio in rows}
    print()
    print(f"targets (issue #3, at {top} connections):")
    poll200, ratio200 = by[("poll 200", top)]
    ok = ratio200 >= 0.6 and poll200["rps"] >= 6000 and poll200["p99_us"] <= 20000
    print(f"  {'met   ' if ok else 'MISSED'} {TARGETS['poll 200']}: {ratio200:.2f}x, {poll200['rps']:.0f} req/s, "
          f"p99 {poll200['p99_us'] / 1000:.1f} ms")
    poll304, ratio304 = by[("poll 304", top)]
    ok = ratio304 >= 0.85
    print(f"  {'met   ' if ok else 'MISSED'} {TARGETS['poll 304']}: {ratio304:.2f}x ({poll304['rps']:.0f} req/s)")
    refresh, _ = by[("refresh with rotation", top)]
    best = max(by[("refresh with rotation", c)][0]["rps"] for c in CONNECTIONS)
    ok = refresh["rps"] >= 500
    print(f"  {'met   ' if ok else 'MISSED'} {TARGETS['refresh']}: {refresh['rps']:.0f}/s "
          f"(best over connection counts {best:.0f}/s)")
    with open(os.path.join(OUT, "tariff-api.json"), "w") as f:
        json.dump({"conditions": info, "rows": [
            {"request": name, "connections": c, "ratio": ratio, **r} for name, c, r, ratio in rows]}, f, indent=1)
    print(f"raw wrk output: {OUT}/wrk.log, figures: {OUT}/tariff-api.json")


if __name__ == "__main__":
    main()
