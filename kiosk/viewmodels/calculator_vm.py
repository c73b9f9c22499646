"""The lobby calculator for QML: keys in, display and this session's history out."""

from __future__ import annotations

from PySide6.QtCore import Property, QCoreApplication, QLocale, QObject, Signal, Slot

from kiosk.calculator.engine import Calculator
from kiosk.i18n.languages import BY_CODE


class CalculatorViewModel(QObject):
    changed = Signal()

    def __init__(self, calculator: Calculator, language: str) -> None:
        super().__init__()
        self._calc = calculator
        self._language = language

    def set_language(self, code: str) -> None:
        self._language = code
        self.changed.emit()

    def _separators(self) -> tuple[str, str]:
        locale = QLocale(BY_CODE[self._language].locale)
        group = locale.groupSeparator()
        # A plain space can break a number across lines; use the narrow no-break space.
        return locale.decimalPoint(), "\u202f" if group.isspace() else group

    def _display(self) -> str:
        return self._calc.display(*self._separators())

    def _expression(self) -> str:
        return self._calc.expression(*self._separators())

    def _error(self) -> str:
        error = self._calc.error
        return QCoreApplication.translate("Calculator", error) if error else ""

    def _history(self) -> list[str]:
        separators = self._separators()
        return [entry.text(*separators) for entry in reversed(self._calc.history)]

    def _decimal_point(self) -> str:
        return self._separators()[0]

    display = Property(str, _display, notify=changed)
    expression = Property(str, _expression, notify=changed)
    error = Property(str, _error, notify=changed)
    history = Property(list, _history, notify=changed)
    decimalPoint = Property(str, _decimal_point, notify=changed)

    @Slot(str)
    def press(self, key: str) -> None:
        self._calc.press(key)
        self.changed.emit()

    def wipe(self) -> None:
        self._calc.wipe()
        self.changed.emit()
