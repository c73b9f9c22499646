"""Qt and QML warnings end up in the kiosk's JSON log stream."""

import io
import json
import logging

from PySide6.QtCore import qInstallMessageHandler, qWarning

from kiosk.logging_setup import JsonLinesFormatter
from kiosk.qt_messages import route_qt_messages


def test_qt_warning_becomes_a_json_log_line() -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonLinesFormatter())
    logger = logging.getLogger("kiosk.qt")
    logger.addHandler(handler)
    previous = logger.propagate
    logger.propagate = False
    route_qt_messages()
    try:
        qWarning("QML Text: binding loop detected for property 4000123")
    finally:
        qInstallMessageHandler(None)
        logger.removeHandler(handler)
        logger.propagate = previous
    entry = json.loads(stream.getvalue().splitlines()[-1])
    assert entry["event"] == "qt_message"
    assert entry["level"] == "warning"
    assert "binding loop" in entry["text"]
