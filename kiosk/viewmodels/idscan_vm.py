"""'Scan your ID card' for QML: consent, live preview and hints, or type it in instead.

Offered before a form's first step when the form can take answers from the card
(the portal's ``prefill`` map) and the kiosk has a camera. Typing is always one tap
away, at every stage. An accepted card goes straight into the form
(``apply_card``) and is not kept here; nothing read is logged, only what happened.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection, Mapping

from PySide6.QtCore import Property, QCoreApplication, QObject, QTimer, Signal, Slot

from device.mrz.types import Hint
from kiosk.camera.hints import CONTEXT, HINT_WORDS, START, reads_for
from kiosk.camera.preview import PROVIDER_ID
from kiosk.camera.scan import CameraScan
from kiosk.session.screens import Screen

log = logging.getLogger("kiosk.idscan")

SCAN_TIMEOUT_S = 45.0
# A new hint must come twice in a row before it replaces the one shown: no flicker.
_HINT_REPEATS = 2


class IdScanViewModel(QObject):
    changed = Signal()
    hintChanged = Signal()
    previewChanged = Signal()

    def __init__(
        self,
        camera: CameraScan | None,
        navigate: Callable[[Screen], None],
        language: str,
        *,
        apply_card: Callable[[Mapping[str, str]], int] | None = None,
        timeout_s: float = SCAN_TIMEOUT_S,
        chip_reader: bool = False,
    ) -> None:
        super().__init__()
        self._camera = camera
        self._chip_reader = chip_reader  # the card reader is the other way to scan
        self._navigate = navigate
        self._language = language
        self._apply_card = apply_card or (lambda card: 0)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(round(timeout_s * 1000))
        self._timer.timeout.connect(self._timed_out)
        self._preview_number = 0
        if camera is not None:
            camera.previewChanged.connect(self._on_preview)
            camera.hintChanged.connect(self._on_hint)
            camera.accepted.connect(self._on_accepted)
            camera.unavailable.connect(self._on_unavailable)
        self._reset()

    def _reset(self) -> None:
        self._state = ""  # consent | scanning | failed | unavailable
        self._hint: Hint | None = None
        self._pending: tuple[Hint, int] | None = None
        self._sources: list[str] = []
        self._picture = False

    def set_apply_card(self, apply_card: Callable[[Mapping[str, str]], int]) -> None:
        self._apply_card = apply_card

    # -- language -------------------------------------------------------------------
    def set_language(self, code: str) -> None:
        self._language = code
        self.changed.emit()
        self.hintChanged.emit()

    # -- properties -----------------------------------------------------------------
    def _get_state(self) -> str:
        return self._state

    def _get_available(self) -> bool:
        return self._camera is not None

    def _get_hint(self) -> str:
        words = START if self._hint is None else HINT_WORDS.get(self._hint, START)
        return QCoreApplication.translate(CONTEXT, words)

    def _get_hint_key(self) -> str:
        return "" if self._hint is None else self._hint.value

    def _get_reads(self) -> list[str]:
        return [QCoreApplication.translate(CONTEXT, text) for text in reads_for(self._sources)]

    def _get_preview(self) -> str:
        return f"image://{PROVIDER_ID}/{self._preview_number}"

    def _get_has_picture(self) -> bool:
        return self._picture

    state = Property(str, _get_state, notify=changed)
    available = Property(bool, _get_available, constant=True)
    reads = Property(list, _get_reads, notify=changed)
    hint = Property(str, _get_hint, notify=hintChanged)
    hintKey = Property(str, _get_hint_key, notify=hintChanged)
    preview = Property(str, _get_preview, notify=previewChanged)
    hasPicture = Property(bool, _get_has_picture, notify=previewChanged)

    # Python-side reads (tools and tests).
    def current_state(self) -> str:
        return self._state

    def current_hint(self) -> str:
        return self._get_hint()

    # -- the journey ------------------------------------------------------------------
    def offer(self, sources: Collection[str]) -> bool:
        """Show the offer for a form that can take ``sources``; False with no camera nor reader."""
        if (self._camera is None and not self._chip_reader) or not sources:
            return False
        self._stop("offered_again")
        self._reset()
        self._sources = list(sources)
        self._state = "consent"
        log.info("id_scan_offered", extra={"fields": len(self._sources)})
        if self._camera is not None:
            self._camera.prepare()
        self._emit_all()
        self._navigate(Screen.ID_SCAN)
        return True

    @Slot()
    def scan(self) -> None:
        """'Scan my ID card' (and 'Try again'): the camera starts, hints follow."""
        if self._camera is None or self._state == "scanning":
            return
        self._state = "scanning"
        self._hint = None
        self._pending = None
        log.info("id_scan_started")
        self._emit_all()
        self._timer.start()
        self._camera.start()

    @Slot()
    def tryAgain(self) -> None:
        self.scan()

    @Slot()
    def typeInstead(self) -> None:
        """'Type it in instead': at any stage, straight to the form's first step."""
        log.info("id_scan_typed_instead", extra={"stage": self._state or "none"})
        self._leave()
        self._navigate(Screen.FORM_STEP)

    @Slot()
    def back(self) -> None:
        """Back: to the service's page (the form is started again from there)."""
        log.info("id_scan_back", extra={"stage": self._state or "none"})
        self._leave()
        self._navigate(Screen.SERVICE_DETAIL)

    def screen_shown(self, screen: Screen) -> None:
        """The session moved on (Home, Finish, another screen): the camera is let go."""
        if screen is not Screen.ID_SCAN and self._state:
            self._leave()

    def _leave(self) -> None:
        self._stop("left")
        self._reset()
        self._emit_all()

    def _stop(self, reason: str) -> None:
        self._timer.stop()
        if self._camera is not None:
            self._camera.stop(reason)

    # -- from the camera ------------------------------------------------------------
    @Slot(int)
    def _on_preview(self, number: int) -> None:
        self._preview_number = number
        self._picture = self._state == "scanning"
        self.previewChanged.emit()

    @Slot(str)
    def _on_hint(self, value: str) -> None:
        if self._state != "scanning":
            return
        try:
            hint = Hint(value)
        except ValueError:
            return
        if hint == self._hint:
            self._pending = None
            return
        count = self._pending[1] + 1 if self._pending and self._pending[0] == hint else 1
        self._pending = (hint, count)
        if count >= _HINT_REPEATS or hint is Hint.READ or self._hint is None:
            self._hint, self._pending = hint, None
            self.hintChanged.emit()

    @Slot(object)
    def _on_accepted(self, card: object) -> None:
        if self._state != "scanning" or not isinstance(card, Mapping):
            return
        self._timer.stop()
        filled = self._apply_card({str(k): str(v) for k, v in card.items() if v is not None})
        del card
        log.info("id_scan_accepted", extra={"filled": filled})
        self._reset()
        self._emit_all()
        self._navigate(Screen.FORM_STEP)

    @Slot()
    def _on_unavailable(self) -> None:
        if self._state != "scanning":
            return
        self._timer.stop()
        self._state = "unavailable"
        self._picture = False
        self._emit_all()

    @Slot()
    def _timed_out(self) -> None:
        if self._state != "scanning":
            return
        log.info("id_scan_timed_out")
        self._stop("timeout")
        self._state = "failed"
        self._picture = False
        self._emit_all()

    # -- ending ---------------------------------------------------------------------
    def wipe(self) -> None:
        self._timer.stop()
        if self._camera is not None:
            self._camera.wipe()
        self._reset()
        self._emit_all()

    def _emit_all(self) -> None:
        self.changed.emit()
        self.hintChanged.emit()
        self.previewChanged.emit()
