"""Notices every touch, click and key press, to keep the idle timeout honest."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject

_ACTIVITY = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.TouchBegin,
    QEvent.Type.KeyPress,
    QEvent.Type.Wheel,
}


class ActivityFilter(QObject):
    def __init__(self, on_activity: Callable[[], None]) -> None:
        super().__init__()
        self._on_activity = on_activity

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self._on_activity()
        return False
