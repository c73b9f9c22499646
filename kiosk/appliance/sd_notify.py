"""systemd's notification protocol (sd_notify), without libsystemd.

A notification is one datagram of newline-separated `KEY=value` lines sent to the
AF_UNIX socket named in `$NOTIFY_SOCKET`; a name starting with "@" is in the abstract
namespace. The kiosk sends READY=1 once its window is on screen, WATCHDOG=1 from the
Qt event loop, STATUS=… and STOPPING=1.

`WATCHDOG_PID` is deliberately not checked: on the appliance the kiosk runs as a
child of cage (the unit's main process) and the unit says `NotifyAccess=all`.
"""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Mapping

log = logging.getLogger("kiosk.appliance")


def socket_address(name: str) -> str | bytes:
    """The address to send to for a `$NOTIFY_SOCKET` value (path or "@abstract")."""
    if name.startswith("@"):
        return b"\0" + name[1:].encode()
    if name.startswith("/"):
        return name
    raise ValueError("NOTIFY_SOCKET must be an absolute path or start with @")


class SystemdNotifier:
    """Sends notifications to the service manager; does nothing outside systemd."""

    def __init__(self, socket_name: str | None, watchdog_usec: int | None = None) -> None:
        self._address = socket_address(socket_name) if socket_name else None
        self.watchdog_usec = watchdog_usec
        self._socket: socket.socket | None = None
        self._failed_once = False

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] | None = None) -> SystemdNotifier:
        env = os.environ if environ is None else environ
        usec = env.get("WATCHDOG_USEC", "")
        name = env.get("NOTIFY_SOCKET") or None
        try:
            return cls(name, int(usec) if usec.isdigit() and int(usec) > 0 else None)
        except ValueError:
            log.error("notify_socket_unusable")
            return cls(None)

    @property
    def enabled(self) -> bool:
        return self._address is not None

    @property
    def watchdog_interval_ms(self) -> int | None:
        """How often to ping: a third of the watchdog period, so one late ping is no restart."""
        if self._address is None or self.watchdog_usec is None:
            return None
        return max(1, self.watchdog_usec // 3000)

    def notify(self, *fields: str) -> bool:
        """Send `fields` (e.g. "READY=1") as one datagram; False when it could not be sent."""
        if self._address is None:
            return False
        message = "\n".join(fields).encode()
        try:
            if self._socket is None:
                kind = socket.SOCK_DGRAM | socket.SOCK_CLOEXEC
                self._socket = socket.socket(socket.AF_UNIX, kind)
            # Never wait on the GUI thread: a full socket buffer only loses this one datagram.
            self._socket.sendto(message, socket.MSG_DONTWAIT, self._address)
        except OSError as error:
            if not self._failed_once:
                log.warning("sd_notify_failed", extra={"error": type(error).__name__})
                self._failed_once = True
            return False
        return True

    def ready(self, status: str = "") -> bool:
        return self.notify("READY=1", *([f"STATUS={status}"] if status else []))

    def watchdog(self) -> bool:
        return self.notify("WATCHDOG=1")

    def status(self, text: str) -> bool:
        return self.notify(f"STATUS={text}")

    def stopping(self) -> bool:
        return self.notify("STOPPING=1")

    def close(self) -> None:
        if self._socket is not None:
            self._socket.close()
            self._socket = None
