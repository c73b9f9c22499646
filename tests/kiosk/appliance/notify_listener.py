"""A stand-in for systemd's notification socket: a datagram socket the tests listen on.

It records every datagram with the time it arrived (from a thread of its own, so it
keeps listening while the GUI thread under test is blocked).
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class NotifyListener:
    name: str  # the $NOTIFY_SOCKET value
    _socket: socket.socket
    messages: list[tuple[float, str]] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def _receive(self) -> None:
        while True:
            try:
                data = self._socket.recv(4096)
            except OSError:
                return
            if not data:
                return
            with self._lock:
                self.messages.append((time.monotonic(), data.decode()))

    def received(self) -> list[tuple[float, str]]:
        with self._lock:
            return list(self.messages)

    def times_of(self, line: str) -> list[float]:
        return [at for at, text in self.received() if line in text.splitlines()]

    def wait_for(self, line: str, timeout: float = 30.0) -> float:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            times = self.times_of(line)
            if times:
                return times[0]
            time.sleep(0.02)
        raise AssertionError(f"no {line!r} within {timeout} s; got {self.received()!r}")


@contextmanager
def notify_socket(directory: Path | None = None) -> Iterator[NotifyListener]:
    """Listen on a path socket in `directory`, or in the abstract namespace when None."""
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    if directory is None:
        name = f"@kiosk-test-notify-{os.getpid()}-{time.monotonic_ns()}"
        sock.bind(b"\0" + name[1:].encode())
    else:
        name = str(directory / "notify.sock")
        sock.bind(name)
    listener = NotifyListener(name, sock)
    thread = threading.Thread(target=listener._receive, daemon=True)
    thread.start()
    try:
        yield listener
    finally:
        sock.shutdown(socket.SHUT_RDWR)
        sock.close()
        thread.join(2)
