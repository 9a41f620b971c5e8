#!/usr/bin/env python3
"""Cost of the daily renewal-reminder run (issue #5), against a running dev server.

Sets up N disposable customers, each with one grant and a contract ending on the same day, then
times POST /admin/api/reminder-runs as of 7 days before that day: N reminders queued (one insert
each, unique per contract and lead) and N mails sent over SMTP to a sink in this process. A second
run for the same date (nothing new) shows the price of re-running. Prints the figures.

usage: reminder_run.py BASE_URL SMTP_PORT
env:   CUSTOMERS (300)
"""
import asyncio
import base64
import datetime
import json
import os
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

BASE = sys.argv[1]
SMTP_PORT = int(sys.argv[2])
CUSTOMERS = int(os.environ.get("CUSTOMERS", "300"))
ADMIN = "Basic " + base64.b64encode(b"admin:admin-demo-pass").decode()
received = 0


async def smtp_session(reader, writer):
    """Just enough SMTP to accept a message: every command 250, DATA until the lone dot."""
    global received
    writer.write(b"220 bench sink\r\n")
    while True:
        line = await reader.readline()
        if not line:
            break
        verb = line[:4].upper()
        if verb == b"DATA":
            writer.write(b"354 go on\r\n")
            while (await reader.readline()) not in (b".\r\n", b""):
                pass
            received += 1
            writer.write(b"250 queued\r\n")
        elif verb == b"QUIT":
            writer.write(b"221 bye\r\n")
            break
        else:
            writer.write(b"250 ok\r\n")
        await writer.drain()
    writer.close()


def serve_smtp():
    loop = asyncio.new_event_loop()
    server = loop.run_until_complete(asyncio.start_server(smtp_session, "127.0.0.1", SMTP_PORT))
    loop.run_until_complete(server.serve_forever())


def http(method, path, headers=None):
    request = urllib.request.Request(BASE + path, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=600) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def main():
    threading.Thread(target=serve_smtp, daemon=True).start()
    end_day = datetime.date.today() + datetime.timedelta(days=400)
    end = end_day.isoformat() + "T00:00:00Z"  # London is on GMT in winter; a day in late December
    start = (datetime.date.today() - datetime.timedelta(days=30)).isoformat() + "T00:00:00Z"
    t0 = time.time()
    for _ in range(CUSTOMERS):
        status, body = http("POST", "/sandbox/customers")
        assert status == 201, (status, body[:200])
        ref = json.loads(body)["supply_point"]
        status, body = http("POST", f"/sandbox/bench/grants?supply_point={ref}&count=1")
        assert status == 201, (status, body[:200])
        query = urllib.parse.urlencode({"start": start, "end": end})
        status, body = http("POST", f"/sandbox/customers/{ref}/contract-term?{query}")
        assert status == 200, (status, body[:200])
    print(f"setup: {CUSTOMERS} customers with a grant and a contract ending {end_day} in {time.time() - t0:.1f} s")

    as_of = (end_day - datetime.timedelta(days=7)).isoformat()
    for label in ("first run", "second run"):
        t = time.time()
        status, body = http("POST", f"/admin/api/reminder-runs?date={as_of}", {"Authorization": ADMIN, "X-Requested-By": "bench"})
        seconds = time.time() - t
        assert status == 200, (status, body[:300])
        run = json.loads(body)
        rate = run["sent"] / seconds if run["sent"] else 0
        print(f"{label} as of {as_of}: {seconds:.2f} s, queued {run['queued']}, sent {run['sent']}, "
              f"failed {run['failed']}, {rate:.0f} mails/s; SMTP sink holds {received}")


if __name__ == "__main__":
    main()
