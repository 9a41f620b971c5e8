"""A TCP proxy between the product servers and the sandbox FlatPeak that can misbehave on demand.

Modes, chosen per new connection (switching mode closes the open ones, so pooled connections of
the REST client cannot bypass a fault):
  pass      forward bytes both ways
  http500   answer every request with 500 and a JSON body, never reaching FlatPeak
  delay     wait `delay_seconds`, then forward (a slow FlatPeak)
  reset     accept, then close with RST (SO_LINGER 0) before any answer
  refused   stop listening: connections are refused
  hold      forward like pass, except a request whose first line matches `hold_pattern`: it is
            held until the mode changes (then forwarded) or the caller hangs up (then dropped,
            never reaching FlatPeak), as when a server dies with its PUT still unsent
Counts every request line seen per mode, so a rehearsal can show that retries are bounded.
"""
import select
import socket
import struct
import threading
import time
from collections import Counter

RESPONSE_500 = (b"HTTP/1.1 500 Internal Server Error\r\nContent-Type: application/json\r\n"
                b"Content-Length: 34\r\nConnection: close\r\n\r\n"
                b'{"error":"injected fault (bench)"}')


class FaultProxy:
    def __init__(self, listen_port, upstream_port, delay_seconds=10, hold_pattern=b"auth_capture"):
        self.listen_port = listen_port
        self.upstream = ("127.0.0.1", upstream_port)
        self.delay_seconds = delay_seconds
        self.hold_pattern = hold_pattern
        self.mode = "pass"
        self.seen = Counter()
        self.held = 0
        self.dropped = 0
        self._lock = threading.Lock()
        self._open = set()
        self._server = None
        self._changed = threading.Condition()

    def start(self):
        self._listen()
        return self

    def set_mode(self, mode):
        with self._changed:
            old, self.mode = self.mode, mode
            self._changed.notify_all()
        if mode == "refused":
            self._close_listener()
        elif old == "refused":
            self._listen()
        with self._lock:
            stale, self._open = self._open, set()
        for sock in stale:
            _close(sock)

    def stop(self):
        self._close_listener()
        self.set_mode("pass")

    def _listen(self):
        server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        server.bind(("127.0.0.1", self.listen_port))
        server.listen(256)
        self._server = server
        threading.Thread(target=self._accept, args=(server,), daemon=True).start()

    def _close_listener(self):
        if self._server is not None:
            _close(self._server)
            self._server = None

    def _accept(self, server):
        while True:
            try:
                client, _ = server.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client):
        mode = self.mode
        if mode == "reset":
            client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.seen["reset"] += 1
            client.close()
            return
        try:
            head = client.recv(65536)
        except OSError:
            _close(client)
            return
        if not head:
            _close(client)
            return
        self.seen[mode] += 1
        if mode == "http500":
            client.sendall(RESPONSE_500)
            _close(client)
            return
        if mode == "delay":
            time.sleep(self.delay_seconds)
        if mode == "hold" and self.hold_pattern in head.split(b"\r\n", 1)[0]:
            if not self._hold(client):
                return
        self._forward(client, head)

    def _hold(self, client):
        """True when the held request may go on; False when its caller hung up meanwhile."""
        self.held += 1
        while True:
            with self._changed:
                if self.mode != "hold":
                    return True
                self._changed.wait(0.2)
            readable, _, _ = select.select([client], [], [], 0)
            if readable and not client.recv(1, socket.MSG_PEEK):
                self.dropped += 1
                _close(client)
                return False

    def _forward(self, client, head):
        try:
            upstream = socket.create_connection(self.upstream, timeout=30)
        except OSError:
            _close(client)
            return
        with self._lock:
            self._open.update((client, upstream))
        upstream.sendall(head)
        threading.Thread(target=_pump, args=(upstream, client), daemon=True).start()
        _pump(client, upstream)


def _pump(source, target):
    try:
        while True:
            data = source.recv(65536)
            if not data:
                break
            target.sendall(data)
    except OSError:
        pass
    _close(source)
    _close(target)


def _close(sock):
    try:
        sock.close()
    except OSError:
        pass
