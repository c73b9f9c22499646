"""The vpcd socket protocol, card side: connect to pcscd's vpcd and answer it.

vpcd (Debian's vsmartcard-vpcd) listens on a TCP port per virtual reader slot. Every
message in either direction is a 2-byte big-endian length followed by that many bytes.
A 1-byte message from vpcd is a control code — 0 power off, 1 power on, 2 reset,
4 "send the ATR" (the card answers with its ATR) — anything longer is a command APDU
and the card answers with the response APDU. Closing the socket takes the card out.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Callable

POWER_OFF, POWER_ON, RESET, GET_ATR = 0, 1, 2, 4


class VirtualCard:
    """One card on one vpcd slot, served from a background thread until :meth:`remove`."""

    def __init__(
        self,
        respond: Callable[[bytes], bytes],
        atr: bytes,
        *,
        reset: Callable[[], None] = lambda: None,
        remove_after: int | None = None,
    ) -> None:
        self._respond = respond
        self._atr = atr
        self._reset = reset
        self._remove_after = remove_after  # take the card away after this many APDUs
        self._socket: socket.socket | None = None
        self._thread: threading.Thread | None = None
        self.apdus = 0
        self.busy_seconds = 0.0  # time spent computing answers (the emulator's own cost)

    def insert(self, port: int, host: str = "127.0.0.1", timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while True:
            try:
                self._socket = socket.create_connection((host, port), timeout=2)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        self._socket.settimeout(None)
        self._socket.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._thread = threading.Thread(target=self._serve, name="vicc", daemon=True)
        self._thread.start()

    def remove(self) -> None:
        sock, self._socket = self._socket, None
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout=5)

    @property
    def inserted(self) -> bool:
        return self._socket is not None

    def _receive(self, sock: socket.socket, count: int) -> bytes:
        data = b""
        while len(data) < count:
            # vpcd writes the length and the message separately: acknowledge at once, or
            # Nagle on its side and delayed ACKs on ours add 40 ms to every APDU.
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_QUICKACK, 1)
            chunk = sock.recv(count - len(data))
            if not chunk:
                raise ConnectionError("vpcd closed the connection")
            data += chunk
        return data

    def _send(self, sock: socket.socket, data: bytes) -> None:
        sock.sendall(len(data).to_bytes(2, "big") + data)

    def _serve(self) -> None:
        sock = self._socket
        if sock is None:
            return
        try:
            while True:
                length = int.from_bytes(self._receive(sock, 2), "big")
                message = self._receive(sock, length)
                if length == 1:
                    if message[0] == GET_ATR:
                        self._send(sock, self._atr)
                    elif message[0] in (POWER_ON, RESET, POWER_OFF):
                        self._reset()
                    continue
                started = time.perf_counter()
                answer = self._respond(message)
                self.busy_seconds += time.perf_counter() - started
                self.apdus += 1
                self._send(sock, answer)
                if self._remove_after is not None and self.apdus >= self._remove_after:
                    break  # the card leaves the field after this answer
        except (ConnectionError, OSError):
            pass
        finally:
            if self._socket is sock:
                self._socket = None
                sock.close()
