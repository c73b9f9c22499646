"""Recent log lines kept in memory, and their export (redacted) to a USB stick or folder.

:class:`RecentLogs` is a logging handler holding the last lines in the same JSON
form as the journal (already redacted by :mod:`kiosk.logging_setup`). The export
redacts again and drops any field whose name suggests a secret, then writes one
file atomically into the chosen directory, with the admin audit trail appended.
"""

from __future__ import annotations

import json
import logging
import os
import re
from collections import deque
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

from kiosk.atomic_write import write_atomically
from kiosk.logging_setup import JsonLinesFormatter, redact

KEEP_LINES = 5000
_SECRET_FIELD = re.compile(r"token|pin|password|secret|code|key", re.IGNORECASE)
# Field names that contain one of those words but are harmless counts or names.
_HARMLESS = {"status_code", "error_code", "last_error_code", "keyboard", "exit_code"}


class RecentLogs(logging.Handler):
    def __init__(self, keep: int = KEEP_LINES) -> None:
        super().__init__(logging.INFO)
        self.setFormatter(JsonLinesFormatter())
        self._lines: deque[str] = deque(maxlen=keep)

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self._lines.append(self.format(record))
        except Exception:
            self.handleError(record)

    def lines(self) -> list[str]:
        return list(self._lines)

    def install(self) -> None:
        root = logging.getLogger()
        if self not in root.handlers:
            root.addHandler(self)

    def uninstall(self) -> None:
        logging.getLogger().removeHandler(self)


def redact_line(line: str) -> str | None:
    """One exported line: secrets' fields dropped, digit runs and e-mails masked."""
    try:
        entry = json.loads(line)
    except ValueError:
        return redact(line)
    if not isinstance(entry, dict):
        return redact(line)
    clean: dict[str, Any] = {}
    for key, value in entry.items():
        if key not in ("event", "logger") and key not in _HARMLESS and _SECRET_FIELD.search(key):
            continue
        # The timestamp is the kiosk's own, not a person's date: it stays readable.
        clean[key] = redact(value) if isinstance(value, str) and key != "ts" else value
    return json.dumps(clean, ensure_ascii=False)


def export_logs(
    directory: Path,
    kiosk_id: str,
    lines: Iterable[str],
    audit: Iterable[dict[str, Any]],
    now: datetime,
) -> Path:
    """Write ``kiosk-logs-<id>-<time>.jsonl`` into ``directory``; returns the file's path."""
    safe_id = re.sub(r"[^A-Za-z0-9._-]", "_", kiosk_id)[:64] or "kiosk"
    target = directory / f"kiosk-logs-{safe_id}-{now.strftime('%Y%m%d-%H%M%S')}.jsonl"
    out = [r for r in (redact_line(line) for line in lines) if r is not None]
    out += [
        r
        for r in (redact_line(json.dumps({"audit": True, **entry})) for entry in audit)
        if r is not None
    ]
    write_atomically(target, ("\n".join(out) + "\n").encode("utf-8"), mode=0o644)
    return target


def removable_directories() -> list[Path]:
    """Mounted USB sticks and other media a technician may have plugged in."""
    user = os.environ.get("USER", "")
    roots = [Path("/media") / user, Path("/run/media") / user, Path("/media"), Path("/mnt")]
    found: list[Path] = []
    for root in roots:
        try:
            children = sorted(p for p in root.iterdir() if p.is_dir())
        except OSError:
            continue
        for child in children:
            if child not in found and os.path.ismount(child) and os.access(child, os.W_OK):
                found.append(child)
    return found
