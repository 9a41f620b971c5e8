#!/usr/bin/env python3
"""Walks the connect flow N times against a running server and prints each page's latency.

Baseline: the static home page of the same server (Faces render, no database), so the ratios
say what the flow's own work costs. Sequential requests, one client: this measures latency a
customer feels, not throughput.
"""
import http.cookiejar
import json
import re
import statistics
import sys
import time
import urllib.parse
import urllib.request

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:9080"
RUNS = int(sys.argv[2]) if len(sys.argv) > 2 else 30
VIEW_STATE = re.compile(r'name="jakarta.faces.ViewState"[^>]*value="([^"]+)"')


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def client():
    jar = http.cookiejar.CookieJar()
    return urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect())


def timed(opener, url, data=None):
    start = time.perf_counter()
    try:
        response = opener.open(urllib.request.Request(url, data=data), timeout=30)
        body = response.read().decode()
        status = response.status
        location = response.headers.get("Location")
    except urllib.error.HTTPError as e:
        body = e.read().decode()
        status = e.code
        location = e.headers.get("Location")
    return (time.perf_counter() - start) * 1000, status, body, location


def post(opener, path, form):
    return timed(opener, BASE + path, urllib.parse.urlencode(form).encode())


def one_flow(samples):
    opener = client()
    minted = json.loads(urllib.request.urlopen(
        urllib.request.Request(BASE + "/sandbox/flatpeak/connect/tokens", data=b"{}",
                               headers={"Content-Type": "application/json"})).read())
    ms, status, _, _ = timed(opener, minted["authentication_uri"])
    assert status == 303, status
    samples["GET /connect (session from FlatPeak)"].append(ms)
    ms, status, body, _ = timed(opener, BASE + "/connect/login.xhtml")
    assert status == 200, status
    samples["GET login page"].append(ms)
    ms, status, _, location = post(opener, "/connect/login.xhtml", {
        "login": "login", "login:email": "alice@example.com", "login:password": "alice-demo-pass",
        "login:signIn": "Sign in", "jakarta.faces.ViewState": VIEW_STATE.search(body).group(1)})
    assert status in (302, 303) and location.endswith("consent.xhtml"), (status, location)
    samples["POST sign-in (PBKDF2)"].append(ms)
    ms, status, body, _ = timed(opener, BASE + "/connect/consent.xhtml")
    assert status == 200, status
    samples["GET consent page"].append(ms)
    ms, status, _, location = post(opener, "/connect/consent.xhtml", {
        "consent": "consent", "consent:allow": "Allow", "jakarta.faces.ViewState": VIEW_STATE.search(body).group(1)})
    assert status == 303 and "connect_token=" in location, (status, location)
    samples["POST allow (grant + auth_capture PUT)"].append(ms)
    ms, status, _, _ = timed(opener, BASE + "/")
    samples["baseline: GET / (Faces page, no DB)"].append(ms)


def main():
    samples = {k: [] for k in ["baseline: GET / (Faces page, no DB)", "GET /connect (session from FlatPeak)",
                               "GET login page", "POST sign-in (PBKDF2)", "GET consent page",
                               "POST allow (grant + auth_capture PUT)"]}
    for _ in range(3):
        one_flow({k: [] for k in samples})  # warm-up
    for _ in range(RUNS):
        one_flow(samples)
    base = statistics.median(samples["baseline: GET / (Faces page, no DB)"])
    print(f"connect flow page latency, {RUNS} sequential flows against {BASE}")
    print(f"{'step':42} {'p50 ms':>8} {'p95 ms':>8} {'x baseline':>10}")
    for name, values in samples.items():
        values.sort()
        p50 = statistics.median(values)
        p95 = values[min(len(values) - 1, int(len(values) * 0.95))]
        print(f"{name:42} {p50:8.1f} {p95:8.1f} {p50 / base:10.1f}")


if __name__ == "__main__":
    main()
