"""'Place your card on the reader' for QML: the ID card chip as the other way to scan.

Beside the camera on the id-scan screen. The access key is the MRZ the camera read
earlier in this session, or else the 6-digit CAN the citizen types on a number pad.
The read runs on the reader's worker thread (:mod:`kiosk.chip.worker`). A good read
shows the face from the chip (to the citizen only, from memory) and the name; "Use
these details" fills the form, marked "from your ID chip". A refused key, a card taken
away, a chip whose data fail passive authentication: a clear message, nothing filled.
Everything is dropped by :meth:`wipe` (the session wipe) and when the screen is left.
"""

from __future__ import annotations

import datetime
import logging
from collections.abc import Callable, Mapping
from typing import Final

from PySide6.QtCore import Property, QCoreApplication, QObject, Signal, Slot

from device.emrtd.access_key import AccessKey, AccessKeyError, CanKey, MrzKey
from device.emrtd.passive_auth import Outcome
from device.emrtd.reader import ChipDocument
from device.mrz.parse import parse_lines
from kiosk.chip.face import PROVIDER_ID, FaceStore, face_qimage
from kiosk.chip.worker import ChipReadWorker
from kiosk.i18n.noop import QT_TRANSLATE_NOOP
from kiosk.session.screens import Screen

log = logging.getLogger("kiosk.chipscan")

C: Final = "ChipScan"
CAN_DIGITS: Final = 6

FAILURES: Final[dict[str, str]] = {
    "no_reader": QT_TRANSLATE_NOOP(
        "ChipScan", "The card reader is not working. Type your details instead."
    ),
    "no_card": QT_TRANSLATE_NOOP("ChipScan", "No card was found on the reader."),
    "timeout": QT_TRANSLATE_NOOP("ChipScan", "No card was placed on the reader."),
    "not_emrtd": QT_TRANSLATE_NOOP(
        "ChipScan", "This card has no ID document chip the kiosk can read."
    ),
    "access_denied": QT_TRANSLATE_NOOP(
        "ChipScan",
        "The card did not accept the number. Check the 6 digits on the front of your card.",
    ),
    "access_denied_mrz": QT_TRANSLATE_NOOP(
        "ChipScan",
        "The card did not accept the details read by the camera. Type the card number instead.",
    ),
    "card_removed": QT_TRANSLATE_NOOP(
        "ChipScan", "The card was taken off the reader too soon. Place it again and leave it there."
    ),
    "corrupt": QT_TRANSLATE_NOOP(
        "ChipScan", "The chip could not be read. Try again, or type your details."
    ),
    "failed_authentication": QT_TRANSLATE_NOOP(
        "ChipScan",
        "The chip's data did not pass the authenticity check. Type your details instead.",
    ),
}
VERIFIED: Final = QT_TRANSLATE_NOOP(
    "ChipScan", "Checked: the data was signed by the issuing country."
)
HASHES_ONLY: Final = QT_TRANSLATE_NOOP("ChipScan", "Checked against the chip's own signature only.")


def _yymmdd(iso: str) -> str:
    return datetime.date.fromisoformat(iso).strftime("%y%m%d")


def mrz_key_from_card(card: Mapping[str, str]) -> MrzKey | None:
    """The chip's MRZ key from what the camera read (document number, birth, expiry)."""
    try:
        return MrzKey(
            card["document_number"], _yymmdd(card["birth_date"]), _yymmdd(card["expiry_date"])
        )
    except (KeyError, ValueError):
        return None


def card_from_document(document: ChipDocument) -> dict[str, str] | None:
    """The portal's prefill sources from the chip (DG1's MRZ, DG11's personal number)."""
    parsed = parse_lines(document.mrz_lines)
    if parsed is None:
        return None
    card = parsed.fields.card()
    personal = document.details.get("personal_number", "")
    if personal and "personal_id" not in card:
        card["personal_id"] = personal
    return card


class ChipScanViewModel(QObject):
    changed = Signal()
    faceChanged = Signal()

    def __init__(
        self,
        worker: ChipReadWorker | None,
        navigate: Callable[[Screen], None],
        *,
        apply_card: Callable[[Mapping[str, str], str], int] | None = None,
    ) -> None:
        super().__init__()
        self._worker = worker
        self._navigate = navigate
        self._apply_card = apply_card or (lambda card, source: 0)
        self._faces = FaceStore()
        self._face_number = 0
        self._mrz_key: MrzKey | None = None
        self._read_number = 0
        if worker is not None:
            worker.cardSeen.connect(self._on_card_seen)
            worker.finished.connect(self._on_finished)
            worker.failed.connect(self._on_failed)
        self._reset()

    def _reset(self) -> None:
        self._state = ""  # can | waiting | reading | done | failed
        self._can = ""
        self._failure = ""
        self._card: dict[str, str] | None = None
        self._name = ""
        self._outcome: Outcome | None = None
        self._used_mrz = False
        self._faces.blank()

    @property
    def faces(self) -> FaceStore:
        return self._faces

    def set_apply_card(self, apply_card: Callable[[Mapping[str, str], str], int]) -> None:
        self._apply_card = apply_card

    def remember_camera_read(self, card: Mapping[str, str]) -> None:
        """The camera read an MRZ in this session: its key opens the chip too."""
        self._mrz_key = mrz_key_from_card(card)

    def set_language(self, code: str) -> None:
        self.changed.emit()

    # -- properties -------------------------------------------------------------------
    def _get_available(self) -> bool:
        return self._worker is not None

    def _get_state(self) -> str:
        return self._state

    def _get_can_length(self) -> int:
        return len(self._can)

    def _get_can_digits(self) -> str:
        return self._can

    def _get_used_mrz(self) -> bool:
        return self._used_mrz

    def _get_message(self) -> str:
        text = FAILURES.get(self._failure, "")
        return QCoreApplication.translate(C, text) if text else ""

    def _get_check(self) -> str:
        if self._outcome is Outcome.VERIFIED:
            return QCoreApplication.translate(C, VERIFIED)
        if self._outcome is Outcome.HASHES_ONLY:
            return QCoreApplication.translate(C, HASHES_ONLY)
        return ""

    def _get_name(self) -> str:
        return self._name

    def _get_face(self) -> str:
        return f"image://{PROVIDER_ID}/{self._face_number}"

    available = Property(bool, _get_available, constant=True)
    state = Property(str, _get_state, notify=changed)
    canLength = Property(int, _get_can_length, notify=changed)
    canDigits = Property(str, _get_can_digits, notify=changed)
    usedMrz = Property(bool, _get_used_mrz, notify=changed)  # the camera's MRZ was the key
    message = Property(str, _get_message, notify=changed)
    check = Property(str, _get_check, notify=changed)
    name = Property(str, _get_name, notify=changed)
    face = Property(str, _get_face, notify=faceChanged)

    def current_state(self) -> str:
        return self._state

    # -- the journey ------------------------------------------------------------------
    @Slot()
    def start(self) -> None:
        """'Place your card on the reader': with the camera's MRZ if there is one, else the CAN."""
        if self._worker is None:
            return
        self._cancel()
        self._reset()
        if self._mrz_key is not None:
            self._begin(self._mrz_key, used_mrz=True)
        else:
            self._state = "can"
            self.changed.emit()

    @Slot()
    def useCan(self) -> None:
        """'Type the card number instead' (after the camera's MRZ was refused)."""
        self._cancel()
        self._reset()
        self._state = "can"
        self.changed.emit()

    @Slot(str)
    def digit(self, value: str) -> None:
        if self._state == "can" and value in "0123456789" and len(value) == 1:
            self._can = (self._can + value)[:CAN_DIGITS]
            self.changed.emit()

    @Slot()
    def deleteDigit(self) -> None:
        if self._state == "can" and self._can:
            self._can = self._can[:-1]
            self.changed.emit()

    @Slot()
    def submitCan(self) -> None:
        if self._state != "can":
            return
        try:
            key = CanKey(self._can)
        except AccessKeyError:
            return
        self._can = ""
        self._begin(key, used_mrz=False)

    def _begin(self, key: AccessKey, *, used_mrz: bool) -> None:
        assert self._worker is not None
        self._used_mrz = used_mrz
        self._state = "waiting"
        self._failure = ""
        log.info("chip_scan_started", extra={"key": "mrz" if used_mrz else "can"})
        self._read_number = self._worker.start(key)
        self.changed.emit()

    @Slot()
    def useDetails(self) -> None:
        """'Use these details': the chip's answers go into the form, marked as from the chip."""
        if self._state != "done" or self._card is None:
            return
        filled = self._apply_card(self._card, "chip")
        log.info("chip_scan_used", extra={"filled": filled})
        self._leave()
        self._navigate(Screen.FORM_STEP)

    @Slot()
    def tryAgain(self) -> None:
        self.start()

    @Slot()
    def cancel(self) -> None:
        """Back to the choice of camera, reader or typing."""
        self._leave()

    def screen_shown(self, screen: Screen) -> None:
        if screen is not Screen.ID_SCAN and self._state:
            self._leave()

    def _cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel()

    def _leave(self) -> None:
        self._cancel()
        self._reset()
        self._face_number += 1
        self.changed.emit()
        self.faceChanged.emit()

    # -- from the worker ----------------------------------------------------------------
    @Slot(int)
    def _on_card_seen(self, number: int) -> None:
        if number == self._read_number and self._state == "waiting":
            self._state = "reading"
            self.changed.emit()

    @Slot(int, object)
    def _on_finished(self, number: int, document: object) -> None:
        if number != self._read_number or self._state not in ("waiting", "reading"):
            return
        if not isinstance(document, ChipDocument):
            return
        if document.verdict.outcome is Outcome.FAILED:
            self._fail("failed_authentication")
            return
        card = card_from_document(document)
        if card is None:
            self._fail("corrupt")
            return
        try:
            self._faces.put(face_qimage(document.face) if document.face else None)
        except ValueError:
            self._faces.blank()
        self._card = card
        self._name = f"{card.get('given_names', '')} {card.get('surname', '')}".strip()
        self._outcome = document.verdict.outcome
        self._state = "done"
        del document
        self._face_number += 1
        self.changed.emit()
        self.faceChanged.emit()

    @Slot(int, str)
    def _on_failed(self, number: int, failure: str) -> None:
        if number == self._read_number and self._state in ("waiting", "reading"):
            if failure == "access_denied" and self._used_mrz:
                failure = "access_denied_mrz"
            self._fail(failure)

    def _fail(self, failure: str) -> None:
        log.info("chip_scan_failed", extra={"failure": failure})
        used_mrz = self._used_mrz
        self._reset()
        self._used_mrz = used_mrz
        self._state = "failed"
        self._failure = failure
        self._face_number += 1
        self.changed.emit()
        self.faceChanged.emit()

    # -- ending -------------------------------------------------------------------------
    def wipe(self) -> None:
        self._cancel()
        self._reset()
        self._mrz_key = None
        self._face_number += 1
        self.changed.emit()
        self.faceChanged.emit()
