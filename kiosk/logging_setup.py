"""JSON-lines logging to stderr, with Qt and QML messages routed into the same stream.

Log records carry event names and non-personal fields (durations, service
codes, kiosk id). As a last line of defence, long digit runs and e-mail-like
words are masked in every string field: a personal ID number must never reach
the journal even if a developer logs the wrong thing by mistake.
"""

from __future__ import annotations

import json
import logging
import re
import sys
import time
from typing import Any, TextIO

# Fields every LogRecord has; anything else was passed through `extra=`.
_STANDARD = set(logging.makeLogRecord({}).__dict__) | {"message", "asctime", "taskName"}
_DIGIT_RUN = re.compile(r"\d(?:[\s./-]?\d){5,}")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")


def redact(text: str) -> str:
    """Mask runs of 6+ digits (ID, document and phone numbers) and e-mail addresses."""
    return _EMAIL.sub("<email>", _DIGIT_RUN.sub("<digits>", text))


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, int | float | bool) or value is None:
        return value
    return redact(str(value))


class JsonLinesFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "ts": round(record.created, 3),
            "level": record.levelname.lower(),
            "logger": record.name,
            "event": redact(record.getMessage()),
        }
        for key, value in record.__dict__.items():
            if key not in _STANDARD and not key.startswith("_"):
                entry[key] = _clean(value)
        if record.exc_info and record.exc_info[0] is not None:
            # The exception type only: messages and tracebacks may quote personal values.
            entry["exception"] = record.exc_info[0].__name__
        return json.dumps(entry, ensure_ascii=False)


def configure_logging(stream: TextIO | None = None, level: int = logging.INFO) -> None:
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(JsonLinesFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # httpx logs every request URL at INFO; a status lookup carries its access code in
    # the query string. The portal client logs its own events (route templates only).
    for noisy in ("httpx", "httpcore"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    logging.Formatter.converter = time.gmtime
