"""Routes Qt and QML warnings into the Python logger (logger "kiosk.qt")."""

from __future__ import annotations

import logging

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

log = logging.getLogger("kiosk.qt")

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    log.log(
        _LEVELS.get(kind, logging.WARNING),
        "qt_message",
        extra={
            # `category` is missing from the type stubs but present at run time.
            "category": getattr(context, "category", None) or "default",
            "text": message[:500],
        },
    )


def route_qt_messages() -> None:
    qInstallMessageHandler(_handler)
