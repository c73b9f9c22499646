"""Attract and language-choice texts spoken to everyone: each message in every language in turn.

Before a person has chosen a language the kiosk cannot know theirs, so these
screens cycle through all enabled languages rather than use the default one.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import Property, QObject, Signal

from kiosk.i18n.noop import QT_TRANSLATE_NOOP
from kiosk.viewmodels.language_vm import LanguageViewModel

CONTEXT = "Attract"
CALL_TO_ACTION = QT_TRANSLATE_NOOP("Attract", "Touch the screen to start")
CHOOSE_LANGUAGE = QT_TRANSLATE_NOOP("Attract", "Choose your language")
DEFAULT_MESSAGES = (
    QT_TRANSLATE_NOOP("Attract", "Request certificates and documents without queuing"),
    QT_TRANSLATE_NOOP("Attract", "Check the status of your request with the code on your receipt"),
    QT_TRANSLATE_NOOP("Attract", "Scan your identity card to fill in forms faster"),
    QT_TRANSLATE_NOOP("Attract", "Everything you enter is deleted when you finish"),
)


class AttractViewModel(QObject):
    changed = Signal()

    def __init__(
        self,
        languages: LanguageViewModel,
        configured: Mapping[str, tuple[str, ...]],
        institution: Callable[[str], str],
    ) -> None:
        super().__init__()
        self._languages = languages
        self._configured = configured
        self._institution = institution
        languages.languageChanged.connect(self.changed)

    def _in_each(self, source: str) -> list[dict[str, str]]:
        return [
            {
                "language": lang.code,
                "text": self._languages.translate_in(lang.code, CONTEXT, source),
            }
            for lang in self._languages.enabled
        ]

    def _calls(self) -> list[dict[str, str]]:
        return self._in_each(CALL_TO_ACTION)

    def _choose(self) -> list[dict[str, str]]:
        return self._in_each(CHOOSE_LANGUAGE)

    def _messages(self) -> list[dict[str, str]]:
        result: list[dict[str, str]] = []
        for lang in self._languages.enabled:
            texts = self._configured.get(lang.code)
            if texts:
                result += [{"language": lang.code, "text": t} for t in texts]
            else:
                result += [
                    {
                        "language": lang.code,
                        "text": self._languages.translate_in(lang.code, CONTEXT, m),
                    }
                    for m in DEFAULT_MESSAGES
                ]
        return result

    def _institution_name(self) -> str:
        return self._institution(self._languages.code)

    institution = Property(str, _institution_name, notify=changed)
    callsToAction = Property(list, _calls, notify=changed)
    chooseLanguage = Property(list, _choose, notify=changed)
    messages = Property(list, _messages, notify=changed)
