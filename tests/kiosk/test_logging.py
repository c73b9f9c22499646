"""Logs are JSON lines with event names; personal values never get through."""

import io
import json
import logging

from kiosk.logging_setup import JsonLinesFormatter, redact


def test_json_line_with_extra_fields() -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonLinesFormatter())
    logger = logging.getLogger("kiosk.test.json")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        logger.warning("service_opened", extra={"service": "RO-URB-CU", "duration_s": 1.5})
    finally:
        logger.removeHandler(handler)
    entry = json.loads(stream.getvalue())
    assert entry["event"] == "service_opened"
    assert entry["service"] == "RO-URB-CU"
    assert entry["duration_s"] == 1.5
    assert entry["level"] == "warning"


def test_redaction_masks_numbers_and_emails() -> None:
    text = redact("cnp 1800101223344, phone +40 721 123 456, ion.popescu@example.ro, doc RX123456")
    assert "1800101223344" not in text
    assert "721 123 456" not in text
    assert "popescu@" not in text
    assert "123456" not in text
    # Short numbers such as counts and years stay readable.
    assert redact("2026 sessions: 42") == "2026 sessions: 42"
