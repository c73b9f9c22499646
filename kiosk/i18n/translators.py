"""Switches the UI language live: Qt's own catalogue first, then the kiosk's.

All catalogues stay loaded so that screens shown before a language is chosen
(attract, language choice) can speak to everyone at once, each language in
turn, via `translate_in`.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from kiosk.i18n.catalogues import compiled_catalogue

log = logging.getLogger("kiosk.i18n")


class Translators:
    def __init__(self, codes: tuple[str, ...]) -> None:
        self._app: dict[str, QTranslator] = {}
        self._qt: dict[str, QTranslator] = {}
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for code in codes:
            app_translator = QTranslator()
            qm = compiled_catalogue(code)
            if qm is not None and not app_translator.load(str(qm)):
                log.warning("catalogue_not_loaded", extra={"language": code})
            self._app[code] = app_translator
            qt_translator = QTranslator()
            # Qt's own strings (e.g. the virtual keyboard's); absent for English.
            qt_translator.load(f"qt_{code}", qt_dir) or qt_translator.load(f"qtbase_{code}", qt_dir)
            self._qt[code] = qt_translator
        self._active: str | None = None

    def activate(self, code: str) -> None:
        app = QCoreApplication.instance()
        if app is None or code == self._active:
            return
        if self._active is not None:
            QCoreApplication.removeTranslator(self._app[self._active])
            QCoreApplication.removeTranslator(self._qt[self._active])
        QCoreApplication.installTranslator(self._qt[code])
        QCoreApplication.installTranslator(self._app[code])
        self._active = code

    def deactivate(self) -> None:
        """Remove this kiosk's translators from the application (when the kiosk closes)."""
        if self._active is not None:
            QCoreApplication.removeTranslator(self._app[self._active])
            QCoreApplication.removeTranslator(self._qt[self._active])
            self._active = None

    def replace_catalogue(self, code: str, qm: Path) -> None:
        """Use another compiled catalogue for `code` (a translator previewing a .ts; tests)."""
        translator = QTranslator()
        if not translator.load(str(qm)):
            raise ValueError(f"{qm} is not a compiled Qt catalogue")
        if self._active == code:
            QCoreApplication.removeTranslator(self._app[code])
            QCoreApplication.installTranslator(translator)
        self._app[code] = translator

    @property
    def active(self) -> str | None:
        return self._active

    def translate_in(self, code: str, context: str, source: str) -> str:
        """`source` translated into `code`, whatever the active language is."""
        text = self._app[code].translate(context, source) if code in self._app else ""
        return text or source
