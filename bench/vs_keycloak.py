#!/usr/bin/env python3
"""Tariff Bridge against Keycloak on the same machine, side by side under wrk (issue #16, target 1).

Against our running dev server (H2, sandbox on, polling limit off) and a running Keycloak (realm
"bench" from bench/keycloak-bench-realm.json: refresh-token rotation with no reuse), it measures in
ROUNDS rounds, each pair ours then Keycloak's (A B A B):
  poll 200   GET /api/v1/tariff (Bearer)                       vs  GET userinfo (Bearer)
  poll 304   GET /api/v1/tariff (Bearer, If-None-Match: ETag)   vs  GET userinfo (Bearer)
  refresh    POST /oauth/token grant_type=refresh_token         vs  POST .../token grant_type=refresh_token
The refresh rows use bench/refresh-chain.lua on both sides: every connection's chain spends the
refresh token of the previous answer, Basic client authentication, each token used once.
Prints req/s, p50, p99, server and wrk CPU, ours/Keycloak per round, both servers' VmRSS and
VmHWM after the load, and the goals; writes OUT/vs-keycloak.json.

usage: vs_keycloak.py OUR_BASE_URL OUR_PID KEYCLOAK_BASE_URL KEYCLOAK_PID
env:   THREADS (2), CONNECTIONS (64), DURATION (15 s), WARMUP (5 s), ROUNDS (2), GLOBAL_WARMUP (40 s),
       KEYCLOAK_REALM (bench), OUT (bench/results)
"""
import concurrent.futures
import json
import os
import re
import resource
import subprocess
import sys
import time
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import tariff_api as ta  # noqa: E402  (BASE, THREADS, DURATION, WARMUP, OUT from the same argv / env)

OUR_BASE, OUR_PID, KC_BASE, KC_PID = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
CONNECTIONS = int(os.environ.get("CONNECTIONS", "64"))
ROUNDS = int(os.environ.get("ROUNDS", "2"))
GLOBAL_WARMUP = int(os.environ.get("GLOBAL_WARMUP", "40"))  # both JVMs still compile at 10 s
KC_REALM = os.environ.get("KEYCLOAK_REALM", "bench")
KC_OIDC = f"/realms/{KC_REALM}/protocol/openid-connect"
KC_CLIENT = ("bench-client", "bench-secret")  # bench/keycloak-bench-realm.json
KC_USER = ("bench-user", "bench-password")
OUR_CLIENT = ("sandbox-client", "sandbox-secret")
THREADS = ta.THREADS

GOALS = [  # (row, minimum ours/Keycloak req/s)
    ("poll 304", 3.0),
    ("poll 200", 2.5),
    ("refresh", 4.0),
]
RSS_GOAL = 0.6  # our VmRSS after the load <= 0.6 x Keycloak's




def keycloak_login():
    """One password grant (a new Keycloak session): its access and refresh token."""
    form = urllib.parse.urlencode({"grant_type": "password", "username": KC_USER[0], "password": KC_USER[1],
                                   "scope": "openid"}).encode()
    status, _, body = ta.http("POST", KC_OIDC + "/token", body=form, base=KC_BASE, headers={
        "Authorization": ta.basic(KC_CLIENT), "Content-Type": "application/x-www-form-urlencoded"})
    assert status == 200, (status, body[:300])
    answer = json.loads(body)
    return answer["access_token"], answer["refresh_token"]


def keycloak_refresh_tokens(count):
    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        return [refresh for _, refresh in pool.map(lambda _: keycloak_login(), range(count))]


def our_refresh_tokens(count):
    return ta.mint(count)[1]


def body_length(base, path, token, status_wanted=200):
    status, headers, body = ta.http("GET", path, base=base, headers={"Authorization": "Bearer " + token})
    assert status == status_wanted, (base, path, status, body[:300])
    return headers.get("ETag"), len(body)






def java_of(pid):
    exe = os.readlink(f"/proc/{pid}/exe")
    version = subprocess.run([exe, "-version"], capture_output=True, text=True).stderr.strip().splitlines()
    with open(f"/proc/{pid}/cmdline") as f:
        args = f.read().split("\0")
    heap = [a for a in args if a.startswith(("-Xm", "-XX:MaxRAM", "-XX:InitialRAM", "-XX:+Use", "-XX:TieredStop"))]
    return {"java": f"{exe}: " + " / ".join(version[:2]), "jvm_options": " ".join(heap) or "JVM defaults"}


def runtime(path, prefix, key):
    """The version line of a runtime (the part after key), or '?'."""
    try:
        with open(path) as f:
            return prefix + next(line.split(key, 1)[1].strip() for line in f if key in line)
    except (OSError, StopIteration):
        return prefix + "?"


def cpu_snapshot():
    """Wall clock, busy CPU seconds of the machine, of both servers, and of this runner with its children (wrk)."""
    with open("/proc/stat") as f:
        fields = [int(x) for x in f.readline().split()[1:]]
    busy = (sum(fields[:8]) - fields[3] - fields[4]) / os.sysconf("SC_CLK_TCK")  # all but idle and iowait
    own = sum(getattr(resource.getrusage(who), k) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
              for k in ("ru_utime", "ru_stime"))
    return time.time(), busy, ta.server_cpu_seconds(OUR_PID), ta.server_cpu_seconds(KC_PID), own


def other_cpu(before, after):
    """Cores used by everything else on the machine (a colleague's build) between two snapshots."""
    d = [a - b for a, b in zip(after, before)]
    return (d[1] - d[2] - d[3] - d[4]) / d[0]


def measure_pair(kind, our_token, kc_token):
    """Ours then Keycloak's for one row kind; returns (ours, keycloak)."""
    if kind == "refresh":
        ours = ta.run_refresh_chain(OUR_BASE + "/oauth/token", CONNECTIONS, our_refresh_tokens, OUR_CLIENT,
                                    "ours refresh", OUR_PID)
        theirs = ta.run_refresh_chain(KC_BASE + KC_OIDC + "/token", CONNECTIONS, keycloak_refresh_tokens, KC_CLIENT,
                                      "keycloak refresh", KC_PID)
        return ours, theirs
    expect_304 = kind == "poll 304"
    ta.wait_out_slot_boundary(2 * (ta.WARMUP + ta.DURATION) + 10)  # the ETag moves on each half-hour slot
    etag, length = body_length(OUR_BASE, "/api/v1/tariff", our_token)
    headers = {"Authorization": "Bearer " + our_token}
    if expect_304:
        headers["If-None-Match"] = etag
    ours = ta.run_headers(f"ours {kind}", "/api/v1/tariff", CONNECTIONS, headers, length, expect_304,
                          base=OUR_BASE, server_pid=OUR_PID)
    _, kc_length = body_length(KC_BASE, KC_OIDC + "/userinfo", kc_token)
    theirs = ta.run_headers(f"keycloak userinfo (vs {kind})", KC_OIDC + "/userinfo", CONNECTIONS,
                            {"Authorization": "Bearer " + kc_token}, kc_length, False,
                            base=KC_BASE, server_pid=KC_PID)
    return ours, theirs


def conditions():
    info = ta.conditions()
    del info["java"]
    if os.environ.get("LOAD_BEFORE_SERVERS"):
        info["load_average_before_servers"] = os.environ["LOAD_BEFORE_SERVERS"]
    info["load_average_at_start"] = " ".join(f"{x:.2f}" for x in os.getloadavg())
    liberty = runtime("target/liberty/wlp/lib/versions/openliberty.properties", "Open Liberty ", "productVersion=")
    info["ours"] = {"url": OUR_BASE, "pid": OUR_PID, "runtime": liberty + ", dev server, H2 embedded",
                    **java_of(OUR_PID), "after_start": ta.memory(OUR_PID)}
    keycloak = runtime(os.path.join(os.environ.get("KEYCLOAK_HOME_DIR", ""), "version.txt"), "Keycloak ", "Version ")
    info["keycloak"] = {"url": KC_BASE, "pid": KC_PID, "runtime": keycloak + ", start-dev, H2 dev-file, local caches",
                        **java_of(KC_PID), "after_start": ta.memory(KC_PID)}
    info["wrk_params"] = (f"-t{THREADS} -c{CONNECTIONS} --latency, {GLOBAL_WARMUP} s global warm-up per request "
                          f"kind and server, then per row {ta.WARMUP} s warm-up + {ta.DURATION} s measured, "
                          f"{ROUNDS} rounds, ours then Keycloak's in each pair, both servers up throughout")
    return info


def main():
    os.makedirs(ta.OUT, exist_ok=True)
    info = conditions()
    print(f"ours ({OUR_BASE}) vs Keycloak ({KC_BASE}) under wrk:", flush=True)
    for k, v in info.items():
        print(f"  {k}: {v}", flush=True)

    def tokens():
        return ta.mint(1)[0][0], keycloak_login()[0]

    our_token, kc_token = tokens()
    etag, length = body_length(OUR_BASE, "/api/v1/tariff", our_token)
    _, kc_length = body_length(KC_BASE, KC_OIDC + "/userinfo", kc_token)
    print(f"our tariff answer {length} bytes (ETag {etag}); Keycloak's userinfo {kc_length} bytes", flush=True)

    if GLOBAL_WARMUP > 0:  # JIT, pools, caches of both servers (discarded)
        print(f"global warm-up, {GLOBAL_WARMUP} s per request kind and server", flush=True)
        auth = f"Authorization: Bearer {our_token}"
        warm = [
            ta.wrk(OUR_BASE + "/api/v1/tariff", CONNECTIONS, GLOBAL_WARMUP, "bench/tariff-headers.lua", [auth],
                   "global warm-up ours 200", OUR_PID),
            ta.wrk(OUR_BASE + "/api/v1/tariff", CONNECTIONS, GLOBAL_WARMUP, "bench/tariff-headers.lua",
                   [auth, f"If-None-Match: {etag}"], "global warm-up ours 304", OUR_PID),
            ta.wrk(KC_BASE + KC_OIDC + "/userinfo", CONNECTIONS, GLOBAL_WARMUP, "bench/tariff-headers.lua",
                   [f"Authorization: Bearer {kc_token}"], "global warm-up keycloak userinfo", KC_PID),
            ta.refresh_chain(OUR_BASE + "/oauth/token", CONNECTIONS, GLOBAL_WARMUP, our_refresh_tokens, OUR_CLIENT,
                             "global warm-up ours refresh", OUR_PID),
            ta.refresh_chain(KC_BASE + KC_OIDC + "/token", CONNECTIONS, GLOBAL_WARMUP, keycloak_refresh_tokens,
                             KC_CLIENT, "global warm-up keycloak refresh", KC_PID),
        ]
        print("  warm-up req/s (discarded): ours 200 {:.0f}, ours 304 {:.0f}, Keycloak userinfo {:.0f}, "
              "ours refresh {:.0f}, Keycloak refresh {:.0f}".format(*(w["rps"] for w in warm)), flush=True)

    rows = []  # (round, kind, ours, keycloak)
    for r in range(1, ROUNDS + 1):
        print(f"-- round {r}", flush=True)
        our_token, kc_token = tokens()
        for kind in ("poll 200", "poll 304", "refresh"):
            before = cpu_snapshot()
            ours, theirs = measure_pair(kind, our_token, kc_token)
            theirs["other_cpu"] = ours["other_cpu"] = other_cpu(before, cpu_snapshot())
            rows.append((r, kind, ours, theirs))
            print(f"  {kind:9} ours {ours['rps']:8.0f} req/s   Keycloak {theirs['rps']:8.0f} req/s   "
                  f"ours/Keycloak {ours['rps'] / theirs['rps']:.2f}   other processes {ours['other_cpu']:.2f} cores", flush=True)

    mem = {"ours": ta.memory(OUR_PID), "keycloak": ta.memory(KC_PID)}
    heaps = {"ours": ta.heap_info(OUR_PID), "keycloak": ta.heap_info(KC_PID)}  # after reading RSS: jcmd may touch memory
    load_end = " ".join(f"{x:.2f}" for x in os.getloadavg())

    print()
    print(f"{'round':>5} {'request':58} {'req/s':>8} {'p50 ms':>7} {'p99 ms':>7} {'srv CPU':>7} {'wrk CPU':>7} "
          f"{'ours/KC':>7} {'others':>6}")
    names = {"poll 200": ("GET /api/v1/tariff 200", "GET userinfo"),
             "poll 304": ("GET /api/v1/tariff 304 (If-None-Match)", "GET userinfo"),
             "refresh": ("POST /oauth/token refresh_token (rotation)", "POST token refresh_token (rotation)")}
    for r, kind, ours, theirs in rows:
        for who, res, ratio in (("ours", ours, f"{ours['rps'] / theirs['rps']:.2f}"), ("Keycloak", theirs, "")):
            others = f"{res['other_cpu']:.2f}" if who == "ours" else ""
            name = f"{kind}: {who} {names[kind][0 if who == 'ours' else 1]}"
            flag = "  !" + "; ".join(res["problems"]) if res["problems"] else ""
            cpu = "" if res["server_cpu"] is None else f"{res['server_cpu']:.2f}"
            print(f"{r:5d} {name:58} {res['rps']:8.0f} {res['p50_us'] / 1000:7.1f} {res['p99_us'] / 1000:7.1f} "
                  f"{cpu:>7} {res['wrk_cpu']:7.2f} {ratio:>7} {others:>6}{flag}")
    print("others: cores used by other processes on the machine during the pair (warm-ups included)")
    print()
    print("memory after the load (MiB):  "
          + "   ".join(f"{who} VmRSS {m['VmRSS']:.0f}, VmHWM {m['VmHWM']:.0f}" for who, m in mem.items()))
    rss_ratio = mem["ours"]["VmRSS"] / mem["keycloak"]["VmRSS"]
    hwm_ratio = mem["ours"]["VmHWM"] / mem["keycloak"]["VmHWM"]
    print(f"ours/Keycloak: VmRSS {rss_ratio:.2f}, VmHWM {hwm_ratio:.2f}; load average at the end {load_end}")
    for who, h in heaps.items():
        if h:
            meta = (f"; metaspace committed {h['metaspace_committed']:.0f}, used {h['metaspace_used']:.0f}"
                    if "metaspace_used" in h else "")  # Java 25's GC.heap_info no longer shows it
            print(f"  {who}: Java heap committed {h['heap_committed']:.0f} MiB, used {h['heap_used']:.0f}{meta} "
                  "(jcmd GC.heap_info)")

    print()
    print("goals (issue #16, target 1; a ratio goal counts as met only if met in every round):")
    goals = []
    for kind, minimum in GOALS:
        ratios = [ours["rps"] / theirs["rps"] for _, k, ours, theirs in rows if k == kind]
        ok = min(ratios) >= minimum
        goals.append({"goal": f"{kind} >= {minimum}x Keycloak", "ratios": ratios, "met": ok})
        print(f"  {'met   ' if ok else 'MISSED'} {kind} >= {minimum}x Keycloak: "
              + ", ".join(f"round {i + 1} {x:.2f}x" for i, x in enumerate(ratios)))
    ok = rss_ratio <= RSS_GOAL
    goals.append({"goal": f"our VmRSS <= {RSS_GOAL}x Keycloak's", "ratios": [rss_ratio], "met": ok})
    print(f"  {'met   ' if ok else 'MISSED'} our VmRSS after the load <= {RSS_GOAL}x Keycloak's: {rss_ratio:.2f}x "
          f"(peak VmHWM {hwm_ratio:.2f}x)")

    with open(os.path.join(ta.OUT, "vs-keycloak.json"), "w") as f:
        json.dump({"conditions": {**info, "load_average_at_end": load_end}, "memory_after_load_mib": mem, "heap_after_load_mib": heaps,
                   "rows": [{"round": r, "kind": kind, "ours": ours, "keycloak": theirs,
                             "ratio": ours["rps"] / theirs["rps"]} for r, kind, ours, theirs in rows],
                   "goals": goals}, f, indent=1)
    print(f"raw wrk output: {ta.OUT}/wrk.log, figures: {ta.OUT}/vs-keycloak.json")


if __name__ == "__main__":
    main()
