#!/usr/bin/env python3
"""The product's start against the smallest application on the same server (bench/stack-floor.sh).

usage: stack_floor.py WLP_DIR PRODUCT_SERVER FLOOR_SERVER PORT FLOOR_PORT ROUNDS

The floor server's apps/ holds trivial.war, libraries.war and shared-libs.war; each start writes the
floor's server.xml from the product's, with the product's WAR swapped for the variant's and the
sandbox left out. One uncounted round, then ROUNDS rounds alternating the product and the three.
"""
import os
import re
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request

WLP, PRODUCT, FLOOR, PORT, FLOOR_PORT, ROUNDS = sys.argv[1:7]
SERVERS = os.path.join(WLP, "usr", "servers")
SHARED = """    <library id="stackFloorLibs">
        <fileset dir="${server.config.dir}/lib/app" includes="*.jar"/>
    </library>
"""


def floor_server_xml(variant):
    xml = open(os.path.join(SERVERS, PRODUCT, "server.xml")).read()
    xml = re.sub(r"\n *<webApplication id=\"tariff-bridge-sandbox\".*?</webApplication>", "", xml, flags=re.S)
    xml = xml.replace('location="tariff-bridge.war"', f'location="{variant}.war"')
    if variant == "shared-libs":
        xml = xml.replace("<jpa ", SHARED + "\n    <jpa ", 1)
        xml = re.sub(r'(<webApplication id="tariff-bridge"[^>]*>\s*<classloader )',
                     r'\1commonLibraryRef="stackFloorLibs" ', xml, count=1)
    if f'location="{variant}.war"' not in xml or 'id="tariff-bridge-sandbox"' in xml:
        raise SystemExit("the product's server.xml no longer has the shape this bench rewrites")
    with open(os.path.join(SERVERS, FLOOR, "server.xml"), "w") as f:
        f.write(xml)


def get(port, path):
    try:
        with urllib.request.urlopen(f"http://localhost:{port}{path}", timeout=5) as r:
            return r.status, r.read().decode(errors="replace")
    except urllib.error.HTTPError as e:
        return e.code, ""
    except (urllib.error.URLError, OSError):
        return None, ""


def start(server, port, variant=None):
    if variant:
        floor_server_xml(variant)
    log = os.path.join(SERVERS, server, "logs", "messages.log")
    began = time.monotonic()
    done = subprocess.run([os.path.join(WLP, "bin", "server"), "start", server], capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"server start {server} failed: {done.stdout}{done.stderr}")
    while get(port, "/health/ready")[0] != 200:
        if time.monotonic() - began > 300:
            raise SystemExit(f"{server} not ready within 300 s")
        time.sleep(0.05)
    wall = time.monotonic() - began
    time.sleep(2)
    with open(os.path.join(SERVERS, ".pid", f"{server}.pid")) as f:
        pid = f.read().strip()
    with open(f"/proc/{pid}/status") as f:
        rss = int(re.search(r"VmRSS:\s+(\d+)", f.read()).group(1)) / 1024
    app = re.search(r"CWWKZ0001I: Application (?:tariff-bridge|trivial|libraries|shared-libs) started in ([\d.]+)",
                    open(log, errors="replace").read())
    # the floor proves it served: its resource, and in the variants with libraries the entity and the page
    works = True
    if variant:
        works = get(port, "/floor-api/hello") == (200, "hello")
        if variant != "trivial":
            works = works and get(port, "/floor-api/thing") == (200, "Thing 1") \
                and "<body>hello</body>" in get(port, "/index.xhtml")[1]
    subprocess.run([os.path.join(WLP, "bin", "server"), "stop", server], capture_output=True)
    return {"wall": wall, "app": float(app.group(1)) if app else None, "rss": rss, "works": works}


def main():
    print(f"stack floor: {PRODUCT} against the smallest application on a copy of its server, "
          f"{ROUNDS} rounds after an uncounted one; {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}, "
          f"{time.strftime('%Y-%m-%d %H:%M %Z')}", flush=True)
    series = [("product (dev server)", PRODUCT, PORT, None)] + [
        (f"floor: {v}", FLOOR, FLOOR_PORT, v) for v in ("trivial", "libraries", "shared-libs")]
    results = {label: [] for label, *_ in series}
    for round_ in range(int(ROUNDS) + 1):
        for label, server, port, variant in series:
            r = start(server, port, variant)
            if not r["works"]:
                raise SystemExit(f"{label} started but did not serve its resource or page")
            if round_ > 0:
                results[label].append(r)
            app = f"{r['app']:.2f} s" if r["app"] else "?"
            print(f"  round {round_}{' (uncounted)' if round_ == 0 else ''} {label:22} application {app:>8}, "
                  f"ready {r['wall']:6.2f} s, RSS {r['rss']:.0f} MiB", flush=True)
    print(f"\n{'median':28} {'application':>12} {'ready':>8} {'RSS':>9}")
    for label, runs in results.items():
        apps = [r["app"] for r in runs if r["app"]]
        print(f"{label:28} {statistics.median(apps):10.2f} s {statistics.median(r['wall'] for r in runs):6.2f} s "
              f"{statistics.median(r['rss'] for r in runs):5.0f} MiB")


if __name__ == "__main__":
    main()
