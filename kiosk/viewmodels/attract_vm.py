"""Attract and language-choice texts spoken to everyone: each message in every language in turn.

Before a person has chosen a language the kiosk cannot know theirs, so these
screens cycle through all enabled languages rather than use the default one.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot

from kiosk.i18n.noop import QT_TRANSLATE_NOOP
from kiosk.viewmodels.language_vm import LanguageViewModel
from kiosk.workshops.formatting import format_when
from kiosk.workshops.schedule import Workshop

CONTEXT = "Attract"
CALL_TO_ACTION = QT_TRANSLATE_NOOP("Attract", "Touch the screen to start")
CHOOSE_LANGUAGE = QT_TRANSLATE_NOOP("Attract", "Choose your language")
DEFAULT_MESSAGES = (
    QT_TRANSLATE_NOOP("Attract", "Request certificates and documents without queuing"),
    QT_TRANSLATE_NOOP("Attract", "Check the status of your request with the code on your receipt"),
    QT_TRANSLATE_NOOP("Attract", "Scan your identity card to fill in forms faster"),
    QT_TRANSLATE_NOOP("Attract", "Everything you enter is deleted when you finish"),
)
NEXT_WORKSHOPS = QT_TRANSLATE_NOOP("Attract", "Next workshops")
# A workshop leaves the attract screen when it starts; look again every minute.
WORKSHOPS_REFRESH_MS = 60_000


class AttractViewModel(QObject):
    changed = Signal()

    def __init__(
        self,
        languages: LanguageViewModel,
        configured: Mapping[str, tuple[str, ...]],
        institution: Callable[[str], str],
        upcoming_workshops: Callable[[], list[Workshop]] = list,
    ) -> None:
        super().__init__()
        self._languages = languages
        self._configured = configured
        self._institution = institution
        self._upcoming_workshops = upcoming_workshops
        languages.languageChanged.connect(self.changed)
        self._timer = QTimer(self)
        self._timer.setInterval(WORKSHOPS_REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()

    @Slot()
    def refresh(self) -> None:
        """The schedule or the time changed: read the next workshops again."""
        self.changed.emit()

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

    def _workshops(self) -> list[dict[str, Any]]:
        """The next few workshops, in the UI language and its date format."""
        code = self._languages.code
        return [
            {
                "title": w.title_in(code),
                "when": format_when(w.start, code),
                "place": w.place,
            }
            for w in self._upcoming_workshops()
        ]

    def _workshops_heading(self) -> str:
        return self._languages.translate_in(self._languages.code, CONTEXT, NEXT_WORKSHOPS)

    institution = Property(str, _institution_name, notify=changed)
    callsToAction = Property(list, _calls, notify=changed)
    chooseLanguage = Property(list, _choose, notify=changed)
    messages = Property(list, _messages, notify=changed)
    workshops = Property(list, _workshops, notify=changed)
    workshopsHeading = Property(str, _workshops_heading, notify=changed)
