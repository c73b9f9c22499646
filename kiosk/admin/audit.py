"""The admin audit trail: who did what at the admin screen, never with the PIN or a token.

One JSON line per event (PIN accepted or refused, lockout, settings saved,
enrolment, log export, restart) appended to ``admin-audit.jsonl`` in the data
directory and also logged. Values are event names, counts and setting keys only.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

log = logging.getLogger("kiosk.admin.audit")

Scalar = str | int | float | bool | None


class AuditLog:
    def __init__(self, path: Path, now: Callable[[], float]) -> None:
        self.path = path
        self._now = now

    def record(self, event: str, **details: Scalar) -> None:
        entry: dict[str, Scalar] = {
            "ts": datetime.fromtimestamp(self._now(), UTC).isoformat(timespec="seconds"),
            "event": event,
            **details,
        }
        log.info(f"admin.{event}", extra=details)
        line = json.dumps(entry, ensure_ascii=False) + "\n"
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
            try:
                os.write(fd, line.encode("utf-8"))
                os.fsync(fd)
            finally:
                os.close(fd)
        except OSError as error:
            log.error("admin.audit_not_written", extra={"error": type(error).__name__})

    def entries(self) -> list[dict[str, Scalar]]:
        try:
            lines = self.path.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            return []
        found = []
        for line in lines:
            try:
                value = json.loads(line)
            except ValueError:
                continue
            if isinstance(value, dict):
                found.append(value)
        return found
