#!/usr/bin/env python3
"""Fault rehearsals on the two-server cluster of scripts/cluster.sh (issue #13, F1-F5).

Starts the cluster with A and B calling FlatPeak through bench/fault_proxy.py (port 9095), runs
the rehearsals named on the command line (default: all) and prints what each saw: recovery time,
the errors seen, and whether anything was lost or doubled. Stops the cluster at the end unless
KEEP=1. Each rehearsal puts the cluster back as it found it (a killed server is started again).
  bench/cluster-faults.sh [F1] [F2] [F3] [F4] [F5]
"""
import http.cookiejar
import json
import os
import re
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter

sys.path.insert(0, os.path.dirname(__file__))
from fault_proxy import FaultProxy  # noqa: E402

A, B, SANDBOX = "http://localhost:9080", "http://localhost:9081", "http://localhost:9090"
PROXY_PORT = 9095
PG_PORT = os.environ.get("PG_PORT", "55433")
SUPPLY_POINT = "SP-1000-0001"
CLIENT_AUTH = "Basic c2FuZGJveC1jbGllbnQ6c2FuZGJveC1zZWNyZXQ="  # sandbox-client:sandbox-secret
VIEW_STATE = re.compile(r'name="jakarta.faces.ViewState"[^>]*value="([^"]+)"')


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def call(method, url, body=None, headers=None, opener=None, timeout=30):
    """(status, headers, body); status 0 with the error's name when nothing answered."""
    request = urllib.request.Request(url, data=body, method=method, headers=headers or {})
    try:
        response = (opener or PLAIN).open(request, timeout=timeout)
        return response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read().decode()
    except (urllib.error.URLError, OSError) as e:
        reason = getattr(e, "reason", e)
        return 0, {}, type(reason).__name__


PLAIN = urllib.request.build_opener(NoRedirect())


def cluster(*args, env=None):
    return subprocess.run(["scripts/cluster.sh", *args], check=True, capture_output=True, text=True,
                          env={**os.environ, **(env or {})}).stdout.strip()


def psql(sql):
    return subprocess.run(["psql", "-h", "127.0.0.1", "-p", PG_PORT, "-U", "tariffbridge", "-tAc", sql],
                          check=True, capture_output=True, text=True,
                          env={**os.environ, "PGPASSWORD": "tariffbridge"}).stdout.strip()


def kill(server):
    pid = cluster("pid", server)
    subprocess.run(["kill", "-9", pid], check=True)
    return time.monotonic()


def mint_grants(count):
    for _ in range(5):  # after F4 the sandbox's first use of a pooled connection fails once
        status, _, body = call("POST", f"{SANDBOX}/sandbox/bench/grants?supply_point={SUPPLY_POINT}&count={count}")
        if status == 201:
            break
        time.sleep(1)
    assert status == 201, (status, body[:300])
    minted = json.loads(body)
    return list(zip(minted["access_tokens"], minted["refresh_tokens"]))


def refresh(base, refresh_token, timeout=10):
    status, _, body = call("POST", base + "/oauth/token",
                           f"grant_type=refresh_token&refresh_token={refresh_token}".encode(),
                           {"Content-Type": "application/x-www-form-urlencoded", "Authorization": CLIENT_AUTH},
                           timeout=timeout)
    return status, (json.loads(body) if status == 200 else body)


def poll(base, access_token, etag=None, timeout=10):
    headers = {"Authorization": "Bearer " + access_token}
    if etag:
        headers["If-None-Match"] = etag
    return call("GET", base + "/api/v1/tariff", headers=headers, timeout=timeout)


def pct(values, p):
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * p))]


class Poller:
    """Threads polling with If-None-Match, recording (time, server, status, ms) per answer."""

    def __init__(self, servers, threads=4):
        self.samples, self.stop, self.threads = [], threading.Event(), []
        for i, (access, _) in enumerate(mint_grants(threads)):
            base = servers[i % len(servers)]
            status, headers, _ = poll(base, access)
            assert status == 200, status
            self.threads.append(threading.Thread(target=self._run, args=(base, access, headers["ETag"]),
                                                 daemon=True))

    def _run(self, base, access, etag):
        while not self.stop.is_set():
            start = time.monotonic()
            status, _, _ = poll(base, access, etag, timeout=10)
            self.samples.append((start, base, status, (time.monotonic() - start) * 1000))
            if status != 304:
                time.sleep(0.05)

    def __enter__(self):
        for t in self.threads:
            t.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        for t in self.threads:
            t.join(15)


def f1_refresh_during_crash():
    """Kill -9 A during parallel refreshes; every lost answer is retried on B with the same token."""
    clients = mint_grants(8)
    kill_at, results, stop = [None], [], threading.Event()

    def client(refresh_token):
        rotations, lost, recovered_after, base = 0, 0, None, A
        while not stop.is_set():
            status, answer = refresh(base, refresh_token)
            if status == 200:
                refresh_token, rotations = answer["refresh_token"], rotations + 1
                if base == B and recovered_after is None and kill_at[0]:
                    recovered_after = time.monotonic() - kill_at[0]
                continue
            if base == A and kill_at[0]:
                lost, base = lost + 1, B  # the balancer's next try goes to the survivor
                continue
            results.append(("refused", status, answer))
            return
        works = poll(B, answer["access_token"])[0] if status == 200 else None
        results.append((rotations, lost, recovered_after, works))

    threads = [threading.Thread(target=client, args=(r,)) for _, r in clients]
    for t in threads:
        t.start()
    time.sleep(8)
    kill_at[0] = time.monotonic()  # before the kill: a client may see A gone before kill() returns
    kill("A")
    time.sleep(12)
    stop.set()
    for t in threads:
        t.join(30)
    families = psql("select count(*) from (select grant_id from issued_token where kind='REFRESH' "
                    "and status='ACTIVE' group by grant_id having count(*) > 1) t")
    print("F1  kill -9 of A during 8 parallel refresh clients, retry on B")
    refused = [r for r in results if r[0] == "refused"]
    done = [r for r in results if r[0] != "refused"]
    print(f"    rotations {sum(r[0] for r in done)}, answers lost with A {sum(r[1] for r in done)}, "
          f"clients refused on retry {len(refused)} {refused[:2]}")
    recoveries = [r[2] for r in done if r[2] is not None]
    print(f"    recovery after the kill: {min(recoveries):.1f}-{max(recoveries):.1f} s; "
          f"newest pair polls on B: {Counter(r[3] for r in done)}; "
          f"grants with two live refresh tokens: {families}")
    cluster("up", "A")


def walk_to_consent(base):
    """A fresh connect flow signed in as alice on `base`, up to the consent form: (opener, token, form)."""
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()),
                                         NoRedirect())
    _, _, body = call("POST", f"{SANDBOX}/sandbox/flatpeak/connect/tokens", b"{}",
                      {"Content-Type": "application/json"})
    minted = json.loads(body)
    uri = minted["authentication_uri"].replace(A, base)
    status, _, _ = call("GET", uri, opener=opener)
    assert status == 303, status
    _, _, page = call("GET", base + "/connect/login.xhtml", opener=opener)
    status, headers, _ = call("POST", base + "/connect/login.xhtml", urllib.parse.urlencode({
        "login": "login", "login:email": "alice@example.com", "login:password": "alice-demo-pass",
        "login:signIn": "Sign in", "jakarta.faces.ViewState": VIEW_STATE.search(page).group(1)}).encode(),
        opener=opener)
    assert status in (302, 303) and headers["Location"].endswith("consent.xhtml"), (status, headers.get("Location"))
    _, _, page = call("GET", base + "/connect/consent.xhtml", opener=opener)
    form = urllib.parse.urlencode({"consent": "consent", "consent:allow": "Allow",
                                   "jakarta.faces.ViewState": VIEW_STATE.search(page).group(1)}).encode()
    return opener, minted["connect_token"], form


def ledger(connect_token):
    return json.loads(call("GET", f"{SANDBOX}/sandbox/flatpeak/connect/tokens/{connect_token}")[2])


def f2_crash_before_decision(proxy):
    """Kill -9 A after consent committed but before its auth_capture PUT reached FlatPeak."""
    opener, token, form = walk_to_consent(A)
    proxy.set_mode("hold")
    held_before = proxy.held
    threading.Thread(target=call, args=("POST", A + "/connect/consent.xhtml", form),
                     kwargs={"opener": opener, "timeout": 60}, daemon=True).start()
    deadline = time.monotonic() + 20
    while proxy.held == held_before and time.monotonic() < deadline:
        time.sleep(0.05)
    assert proxy.held > held_before, "A never sent the auth_capture PUT"
    killed = kill("A")
    deadline = time.monotonic() + 5
    while proxy.dropped < proxy.held and time.monotonic() < deadline:
        time.sleep(0.05)
    proxy.set_mode("pass")
    status, headers, _ = call("POST", B + "/connect/consent.xhtml", form, opener=opener, timeout=60)
    first_answer = f"{status} {headers.get('Location', '')}".strip()
    delivered = None
    while time.monotonic() - killed < 600:
        entry = ledger(token)
        if entry["status"] == "AUTH_CAPTURED":
            delivered = time.monotonic() - killed
            break
        time.sleep(1)
    time.sleep(5)
    entry = ledger(token)
    status, headers, _ = call("GET", B + "/connect/finish.xhtml", opener=opener)
    print("F2  kill -9 of A between consent and its auth_capture PUT")
    print(f"    PUT held and dropped with A: {proxy.dropped >= proxy.held}; the customer's retry on B "
          f"answered {first_answer[:90]}")
    print(f"    decision delivered by the survivor's outbox {delivered:.0f} s after the kill; "
          f"ledger: status {entry['status']}, decisions {entry['decisions']}")
    print(f"    the customer returns to B's finish page: {status} "
          f"{'back to FlatPeak' if 'connect_token=' in headers.get('Location', '') else headers.get('Location')}")
    cluster("up", "A")


def starts(base, count):
    """Connect-flow starts (GET the authentication URI): [(status, ms)]."""
    out = []
    for _ in range(count):
        _, _, body = call("POST", f"{SANDBOX}/sandbox/flatpeak/connect/tokens", b"{}",
                          {"Content-Type": "application/json"})
        uri = json.loads(body)["authentication_uri"].replace(A, base)
        start = time.monotonic()
        status, _, _ = call("GET", uri, timeout=60)
        out.append((status, (time.monotonic() - start) * 1000))
    return out


def f3_flatpeak_faults(proxy):
    """FlatPeak misbehaving: what connect starts, polls and readiness see, and the recovery."""
    print("F3  FlatPeak faults through the proxy; 12 connect starts on A each, polls on A and B meanwhile")
    print(f"    {'fault':10} {'starts':22} {'p50 ms':>7} {'p99 ms':>7} {'reached proxy':>13} "
          f"{'polls':14} {'poll p99':>8} {'ready':>5} {'recovered':>9}")
    for mode in ("http500", "delay", "reset", "refused"):
        time.sleep(6)  # let a breaker opened by the previous fault close again
        with Poller([A, B]) as poller:
            seen_before = sum(proxy.seen.values())
            proxy.set_mode(mode)
            answers = starts(A, 12)
            reached = sum(proxy.seen.values()) - seen_before
            ready = call("GET", A + "/health/ready")[0]
            proxy.set_mode("pass")
            back = time.monotonic()
            recovered = None
            while time.monotonic() - back < 60:
                if starts(A, 1)[0][0] == 303:
                    recovered = time.monotonic() - back
                    break
                time.sleep(0.5)
        polls = Counter(s[2] for s in poller.samples)
        poll_p99 = pct([s[3] for s in poller.samples], 0.99)
        ms = [a[1] for a in answers]
        print(f"    {mode:10} {str(dict(Counter(a[0] for a in answers))):22} {statistics.median(ms):7.0f} "
              f"{pct(ms, 0.99):7.0f} {reached:13} {str(dict(polls)):14} {poll_p99:8.0f} {ready:5} "
              f"{recovered if recovered is None else round(recovered, 1):>9}")


def f4_database_restart():
    """PostgreSQL stopped for 10 s under poll load on A and B, then started on its data again."""
    with Poller([A, B], threads=6) as poller:
        time.sleep(5)
        down = time.monotonic()
        subprocess.run(["scripts/postgres.sh", "stop"], check=True, env={**os.environ, "PG_PORT": PG_PORT,
                       "PG_DIR": os.environ.get("PG_DIR", "/tmp/tariffbridge-cluster-pg")})
        time.sleep(10)
        subprocess.run(["scripts/postgres.sh", "resume"], check=True, capture_output=True,
                       env={**os.environ, "PG_PORT": PG_PORT,
                            "PG_DIR": os.environ.get("PG_DIR", "/tmp/tariffbridge-cluster-pg")})
        up = time.monotonic()
        time.sleep(25)
    print("F4  PostgreSQL stopped for 10 s under poll load (6 clients, If-None-Match) on A and B")
    before = Counter(s[2] for s in poller.samples if s[0] < down)
    during = Counter(s[2] for s in poller.samples if down <= s[0] < up)
    after = [s for s in poller.samples if s[0] >= up]
    print(f"    before: {dict(before)}; while down/starting: {dict(during)}")
    for base in (A, B):
        mine = [s for s in after if s[1] == base]
        failures = [s for s in mine if s[2] != 304]
        last_failure = max((s[0] for s in failures), default=up)
        tail = Counter(s[2] for s in mine if s[0] > last_failure)
        print(f"    {base[-4:]}: errors after the restart {dict(Counter(s[2] for s in failures))}, "
              f"recovered {last_failure - up:.1f} s after PostgreSQL was up; since then {dict(tail)}")


def sync_runs_by_server():
    """Server -> ids of the sync runs its log reports (Liberty's fail-over store records no owner)."""
    runs = {}
    for name in ("a", "b"):
        path = os.path.join(os.environ.get("CLUSTER_DIR", "target/cluster"), f"usr/servers/{name}/logs/messages.log")
        with open(path, errors="replace") as log:
            runs[name] = [int(m.group(1)) for m in re.finditer(r"Tariff sync run (\d+) FINISHED", log.read())]
    return runs


def f5_timer_owner_crash():
    """Kill -9 the server that ran the last sync; the survivor must run the timers, once each."""
    deadline = time.monotonic() + 200
    while not any(sync_runs_by_server().values()) and time.monotonic() < deadline:
        time.sleep(2)
    before = sync_runs_by_server()
    owner = max(before, key=lambda k: max(before[k], default=0))
    survivor = "b" if owner == "a" else "a"
    time.sleep(5)  # not in the middle of a run: the sync runs every minute and takes milliseconds
    killed_wall = psql("select now()")
    killed = kill(owner.upper())
    first = None
    while time.monotonic() - killed < 400:
        started = psql(f"select extract(epoch from min(started_at) - timestamptz '{killed_wall}') "
                       f"from sync_run where started_at > timestamptz '{killed_wall}'")
        if started:
            first = float(started)
            break
        time.sleep(2)
    time.sleep(150)
    watched = time.monotonic() - killed
    runs = psql(f"select count(*) from sync_run where started_at > timestamptz '{killed_wall}'")
    overlapping = psql("select count(*) from sync_run a join sync_run b on a.id < b.id "
                       "and b.started_at < coalesce(a.finished_at, now())")
    after = sync_runs_by_server()
    print(f"F5  kill -9 of {owner.upper()}, which ran the last sync (runs {before}); "
          "missedTaskThreshold 100 s, sync every 60 s")
    print(f"    first sync run after the kill: {first:.0f} s later, on the survivor "
          f"{survivor.upper()} (its log: runs {after[survivor][len(before[survivor]):]})")
    print(f"    runs in the {watched:.0f} s after the kill: {runs} (one per minute at most is "
          f"{int(watched // 60) + 1}); runs that overlapped another: {overlapping}")
    cluster("up", owner.upper())


def main():
    wanted = [a.upper() for a in sys.argv[1:]] or ["F1", "F2", "F3", "F4", "F5"]
    proxy = FaultProxy(PROXY_PORT, 9090).start()
    if os.environ.get("REUSE") != "1":  # REUSE=1: a cluster left by KEEP=1, already behind the proxy
        print(cluster("start", env={"CLUSTER_FLATPEAK_URL": f"http://127.0.0.1:{PROXY_PORT}/sandbox/flatpeak"}))
    print(f"conditions: {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}, {time.strftime('%Y-%m-%d %H:%M')}")
    try:
        for name, run in (("F1", f1_refresh_during_crash), ("F2", lambda: f2_crash_before_decision(proxy)),
                          ("F3", lambda: f3_flatpeak_faults(proxy)), ("F4", f4_database_restart),
                          ("F5", f5_timer_owner_crash)):
            if name in wanted:
                run()
                sys.stdout.flush()
    finally:
        proxy.stop()
        if os.environ.get("KEEP") != "1":
            cluster("stop")


if __name__ == "__main__":
    os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    main()
