"""The time and date shown on the attract screen and in the header, in the UI language."""

from __future__ import annotations

from PySide6.QtCore import Property, QDate, QLocale, QObject, QTime, QTimer, Signal

from kiosk.i18n.languages import BY_CODE
from kiosk.session.clock import Clock


class ClockViewModel(QObject):
    changed = Signal()

    def __init__(self, clock: Clock, language: str) -> None:
        super().__init__()
        self._clock = clock
        self._language = language
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.changed)
        self._timer.start()

    def set_language(self, code: str) -> None:
        self._language = code
        self.changed.emit()

    def _locale(self) -> QLocale:
        return QLocale(BY_CODE[self._language].locale)

    def _time(self) -> str:
        now = self._clock.now()
        return self._locale().toString(QTime(now.hour, now.minute), "HH:mm")

    def _date(self) -> str:
        now = self._clock.now()
        text = self._locale().toString(
            QDate(now.year, now.month, now.day), QLocale.FormatType.LongFormat
        )
        return text[:1].upper() + text[1:]

    time = Property(str, _time, notify=changed)
    date = Property(str, _date, notify=changed)
