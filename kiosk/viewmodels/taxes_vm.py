"""PLACEHOLDER (being written): the taxes journey for QML."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot

from kiosk.portal_access import PortalAccess
from kiosk.session.screens import Screen


class TaxesViewModel(QObject):
    changed = Signal()

    def __init__(
        self, portal: PortalAccess, navigate: Callable[[Screen], None], language: str
    ) -> None:
        super().__init__()
        self._portal = portal
        self._navigate = navigate
        self._language = language

    def set_language(self, code: str) -> None:
        self._language = code
        self.changed.emit()

    @Slot(str)
    def start(self, service_code: str) -> None:
        """Begin the journey for a catalogue service."""

    def wipe(self) -> None:
        """Forget everything of this session."""
