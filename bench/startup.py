#!/usr/bin/env python3
"""Start-up time and memory of the dev server against an empty Liberty with the same features.

Starts each server RUNS times after a first start that is not counted (the first expands the WAR,
fills Liberty's caches and migrates a fresh database), reads the server's own timings from its
messages.log (which Liberty rolls at every start) and prints per run: wall time from `server
start` to a 200 at /health/ready, Liberty's "server started in" and "application started in"
figures, the phases of the product's start between log milestones, and RSS once ready; then the
medians and the ratio to the empty server.

usage: startup.py WLP_DIR SERVER BARE_SERVER PORT BARE_PORT
env:   RUNS (3), JFR (unset; a path: record the last measured start of SERVER there and print its
       hottest frames), APPCDS (unset; a directory: also start each server with a dynamic class data
       sharing archive of its own, dumped there at the end of one more uncounted start, in the same
       alternation, and print what it bought), VARIANT_XML (unset; a server.xml fragment: also start
       the product with it as a configDropins override, in the same alternation, e.g. to measure a
       <cdi .../> setting)
"""
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request

WLP, SERVER, BARE, PORT, BARE_PORT = sys.argv[1:6]
RUNS = int(os.environ.get("RUNS", "3"))
JFR = os.environ.get("JFR")
APPCDS = os.environ.get("APPCDS")
VARIANT_XML = os.environ.get("VARIANT_XML")
STAMP = re.compile(r"^\[(\d+)/(\d+)/(\d+), (\d+):(\d+):(\d+):(\d+) \w+\] \S+ +\S+ +\w (.*)$")

# (label of the phase that ends at this line, pattern); phases are measured between consecutive hits
MILESTONES = [
    ("kernel and features", r"CWWKZ0018I: Starting application tariff-bridge\."),
    ("WAR scan, CDI and web module until JPA", r"CWWJP0053I"),
    ("Hibernate boot (persistence unit)", r"HHH10001005"),
    ("Hibernate metamodel, CDI deployment and validation", r"CWWKO1660I"),
    ("EJB module and timers", r"^Database: jdbc:"),
    ("Flyway (validate and migrate)", r"Database schema at version"),
    ("servlet context until Mojarra", r"Initializing Mojarra"),
    ("Mojarra and the rest of the product", r"CWWKZ0001I: Application tariff-bridge started"),
    ("sandbox with demo seeding", r"CWWKZ0001I: Application tariff-bridge-sandbox started"),
]


def wlp_server(*args, env=None):
    return subprocess.run([os.path.join(WLP, "bin", "server"), *args], capture_output=True, text=True,
                          env={**os.environ, **(env or {})})


def ready(port):
    try:
        with urllib.request.urlopen(f"http://localhost:{port}/health/ready", timeout=5) as r:
            return r.status == 200
    except (urllib.error.URLError, OSError):
        return False


def rss_mib(name):
    with open(os.path.join(WLP, "usr", "servers", ".pid", f"{name}.pid")) as f:
        pid = f.read().strip()
    with open(f"/proc/{pid}/status") as f:
        return int(re.search(r"VmRSS:\s+(\d+)", f.read()).group(1)) / 1024


def log_lines(name):
    path = os.path.join(WLP, "usr", "servers", name, "logs", "messages.log")
    with open(path, errors="replace") as f:
        for line in f:
            m = STAMP.match(line)
            if m:
                month, day, year, h, mi, s, ms = (int(x) for x in m.groups()[:7])
                yield ((h * 60 + mi) * 60 + s) + ms / 1000, m.group(8)


def seconds_in(pattern, text):
    m = re.search(pattern + r" started in ([\d.]+) seconds", text)
    return float(m.group(1)) if m else None


def one_start(name, port, jvm_env=None, dropin=None):
    """One start to ready and its figures; dropin: a server.xml fragment for this start only."""
    override = os.path.join(WLP, "usr", "servers", name, "configDropins", "overrides", "bench-variant.xml")
    if dropin:
        os.makedirs(os.path.dirname(override), exist_ok=True)
        shutil.copyfile(dropin, override)
    try:
        return measured_start(name, port, jvm_env)
    finally:
        if dropin:
            os.remove(override)


def measured_start(name, port, jvm_env):
    started = time.monotonic()
    done = wlp_server("start", name, env=jvm_env)
    if done.returncode not in (0,):
        raise SystemExit(f"server start {name} failed: {done.stdout}{done.stderr}")
    while not ready(port):
        if time.monotonic() - started > 300:
            raise SystemExit(f"{name} not ready within 300 s")
        time.sleep(0.05)
    wall = time.monotonic() - started
    time.sleep(2)  # let the log catch up with the last messages of the start
    lines = list(log_lines(name))
    text = "\n".join(t for _, t in lines)
    result = {"wall": wall, "rss": rss_mib(name),
              "server": seconds_in(r"CWWKF0011I: The [\w-]+ server is ready to run a smarter planet\. The [\w-]+ server",
                                   text),
              "app": seconds_in(r"CWWKZ0001I: Application tariff-bridge", text),
              "phases": {}}
    if lines and name == SERVER:
        previous = lines[0][0]
        for label, pattern in MILESTONES:
            hit = next((t for t, msg in lines if re.search(pattern, msg)), None)
            if hit is None:
                result["phases"][label] = None
                continue
            result["phases"][label] = hit - previous
            previous = hit
    wlp_server("stop", name)
    return result


def median(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def fmt(v, unit=" s"):
    return "n/a" if v is None else f"{v:.2f}{unit}"


def samples_of(path, depth=300):
    """Each execution sample's frames, innermost first, as "package.Class.method" (jfr print's text output
    fails on some frames of Liberty's generated classes, so this reads its JSON)."""
    out = subprocess.run(["jfr", "print", "--json", "--events", "jdk.ExecutionSample", "--stack-depth", str(depth),
                          path], capture_output=True, text=True, check=True).stdout
    for event in json.loads(out)["recording"]["events"]:
        trace = event["values"].get("stackTrace") or {}
        frames = [f["method"]["type"]["name"].replace("/", ".") + "." + f["method"]["name"]
                  for f in trace.get("frames", [])]
        if frames:
            yield frames


LIBRARIES = ("org.hibernate", "org.flywaydb", "org.jboss.weld", "com.sun.faces", "com.tariffbridge", "io.smallrye",
             "org.jboss.resteasy", "com.ibm.ws.jpa", "com.ibm.ws.cdi", "com.ibm.ws.ejbcontainer", "io.openliberty",
             "org.eclipse.osgi", "org.apache.felix")


def hottest_frames(path, top=25):
    """Top frames of the recording by own samples, and by samples anywhere in the stack for the libraries."""
    own, libs = {}, {}
    total = 0
    for frames in samples_of(path):
        total += 1
        own[frames[0]] = own.get(frames[0], 0) + 1
        for lib in {lib for f in frames for lib in LIBRARIES if f.startswith(lib)}:
            libs[lib] = libs.get(lib, 0) + 1
    print(f"\nJFR {path}: {total} execution samples in the start")
    print("  samples with a frame of (a sample counts once per library):")
    for lib, n in sorted(libs.items(), key=lambda kv: -kv[1]):
        print(f"    {lib:28} {n:6d}  {n / max(1, total):5.1%}")
    print("  hottest own frames:")
    for frame, n in sorted(own.items(), key=lambda kv: -kv[1])[:top]:
        print(f"    {n:6d}  {frame}")


def archive_classes(name, port, directory):
    """One uncounted start that dumps the classes it loaded into a dynamic CDS archive when the server stops."""
    os.makedirs(directory, exist_ok=True)
    archive = os.path.join(os.path.abspath(directory), name + ".jsa")
    if os.path.exists(archive):
        os.remove(archive)
    # Liberty runs ws-javaagent: dumping needs this flag, and the JVM maps the archive only with the same flag
    agent = "-XX:+UnlockDiagnosticVMOptions -XX:+AllowArchivingWithJavaAgent"
    one_start(name, port, jvm_env={"JVM_ARGS": f"{agent} -XX:ArchiveClassesAtExit={archive}"})
    for _ in range(120):  # the JVM writes it on its way out, after `server stop` returned
        if os.path.exists(archive):
            break
        time.sleep(0.5)
    else:
        raise SystemExit(f"no CDS archive at {archive}: the JVM did not dump one when {name} stopped")
    time.sleep(2)
    print(f"  CDS archive of {name}: {os.path.getsize(archive) / 2**20:.0f} MiB", flush=True)
    return {"JVM_ARGS": f"{agent} -XX:SharedArchiveFile={archive}"}


def main():
    print(f"start-up of {SERVER} against {BARE} (same features, no application), {RUNS} runs each after an "
          f"uncounted first start; {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}, "
          f"{time.strftime('%Y-%m-%d %H:%M %Z')}", flush=True)
    # (label, server, port, JVM environment, server.xml fragment)
    series = [(SERVER, SERVER, PORT, None, None), (BARE, BARE, BARE_PORT, None, None)]
    for name, port in ((SERVER, PORT), (BARE, BARE_PORT)):
        one_start(name, port)  # first start: not counted
    if APPCDS:
        series += [(f"{name} +AppCDS", name, port, archive_classes(name, port, APPCDS), None)
                   for name, port in ((SERVER, PORT), (BARE, BARE_PORT))]
    if VARIANT_XML:
        series.append((f"{SERVER} +{os.path.basename(VARIANT_XML)}", SERVER, PORT, None, VARIANT_XML))
        one_start(SERVER, PORT, dropin=VARIANT_XML)  # its first start: not counted either
    results = {label: [] for label, *_ in series}
    for run in range(RUNS):
        for label, name, port, env, dropin in series:  # alternate, so load drifts hit every series
            r = one_start(name, port, jvm_env=env, dropin=dropin)
            results[label].append(r)
            print(f"  run {run + 1} {label:22} ready after {r['wall']:6.2f} s (Liberty: server {fmt(r['server'])}, "
                  f"application {fmt(r['app'])}), RSS {r['rss']:.0f} MiB", flush=True)
    if JFR:
        opts = f"-XX:StartFlightRecording=filename={JFR},settings=profile"
        r = one_start(SERVER, PORT, jvm_env={"JVM_ARGS": opts})
        print(f"  (JFR run: ready after {r['wall']:.2f} s, not counted)")

    ours, bare = results[SERVER], results[BARE]
    print()
    print("| | ready (wall) | Liberty server started | product application started | RSS when ready |")
    print("|---|---:|---:|---:|---:|")
    for label, rs in results.items():
        print(f"| {label} | {fmt(median(r['wall'] for r in rs))} | {fmt(median(r['server'] for r in rs))} | "
              f"{fmt(median(r['app'] for r in rs))} | {median(r['rss'] for r in rs):.0f} MiB |")
    ratio = median(r['wall'] for r in ours) / median(r['wall'] for r in bare)
    print(f"| ratio | {ratio:.2f}x | | | {median(r['rss'] for r in ours) / median(r['rss'] for r in bare):.2f}x |")
    if VARIANT_XML:
        label = f"{SERVER} +{os.path.basename(VARIANT_XML)}"
        print(f"{label}: ready {median(r['wall'] for r in results[label]) / median(r['wall'] for r in ours):.2f}x, "
              f"application {median(r['app'] for r in results[label]) / median(r['app'] for r in ours):.2f}x "
              f"the time without")
    if APPCDS:
        for name in (SERVER, BARE):
            with_cds = results[f"{name} +AppCDS"]
            print(f"AppCDS, {name}: ready {median(r['wall'] for r in with_cds) / median(r['wall'] for r in results[name]):.2f}x"
                  f" the time without, RSS {median(r['rss'] for r in with_cds) - median(r['rss'] for r in results[name]):+.0f} MiB")
    print()
    product = [label for label, name, *_ in series if name == SERVER]
    print("phases of the product's start (median of the runs, between log milestones):")
    print(f"  {'':52}" + "".join(f"{label[len(SERVER):] or 'as built':>18}" for label in product))
    for phase, _ in MILESTONES:
        print(f"  {phase:52}" + "".join(f"{fmt(median(r['phases'].get(phase) for r in results[label])):>18}"
                                        for label in product))
    app = median(r["app"] for r in ours)
    print()
    print("targets (issue #16 item 4):")
    print(f"  {'met   ' if app is not None and app <= 5 else 'MISSED'} application start <= 5 s: {fmt(app)}")
    print(f"  {'met   ' if ratio <= 1.5 else 'MISSED'} ready <= 1.5x the empty server: {ratio:.2f}x")
    if JFR:
        hottest_frames(JFR)


if __name__ == "__main__":
    main()
