"""The UI language: the list shown to citizens and the live switch (no restart)."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Property, QLocale, QObject, Signal, Slot

from kiosk.i18n.languages import BY_CODE, Language
from kiosk.i18n.translators import Translators

log = logging.getLogger("kiosk.i18n")


class LanguageViewModel(QObject):
    languageChanged = Signal()

    def __init__(
        self,
        translators: Translators,
        enabled: tuple[str, ...],
        default: str,
        retranslate: Callable[[], None],
    ) -> None:
        super().__init__()
        self._translators = translators
        self._enabled = [BY_CODE[c] for c in enabled]
        self._default = default
        self._retranslate = retranslate
        self._code = default
        translators.activate(default)
        QLocale.setDefault(QLocale(BY_CODE[default].locale))

    @property
    def code(self) -> str:
        return self._code

    @property
    def enabled(self) -> list[Language]:
        return list(self._enabled)

    @property
    def translators(self) -> Translators:
        return self._translators

    def _get_code(self) -> str:
        return self._code

    def _locale_name(self) -> str:
        return BY_CODE[self._code].locale

    def _native_name(self) -> str:
        return BY_CODE[self._code].native_name

    def _languages(self) -> list[dict[str, str]]:
        return [{"code": lang.code, "nativeName": lang.native_name} for lang in self._enabled]

    current = Property(str, _get_code, notify=languageChanged)
    localeName = Property(str, _locale_name, notify=languageChanged)
    nativeName = Property(str, _native_name, notify=languageChanged)
    languages = Property(list, _languages, constant=True)

    @Slot(str)
    def choose(self, code: str) -> None:
        if code not in BY_CODE or code == self._code:
            return
        self._code = code
        self._translators.activate(code)
        QLocale.setDefault(QLocale(BY_CODE[code].locale))
        self._retranslate()
        log.info("language_changed", extra={"language": code})
        self.languageChanged.emit()

    def translate_in(self, code: str, context: str, source: str) -> str:
        return self._translators.translate_in(code, context, source)

    def wipe(self) -> None:
        """The next person starts in the kiosk's default language."""
        self.choose(self._default)
