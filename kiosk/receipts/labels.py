"""The words a receipt's layout adds around the journey's own text (context "Receipt").

Everything else on a receipt comes already translated in the PrintableReceipt.
These are resolved once per print, on the GUI thread, with the person's language
(or, for the sample generator, with any language's catalogue).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from kiosk.i18n.noop import QT_TRANSLATE_NOOP
from kiosk.printing.receipt_printer import ReceiptKind

CONTEXT = "Receipt"

KEEP = QT_TRANSLATE_NOOP("Receipt", "Keep this receipt.")
KEEP_SLIP = QT_TRANSLATE_NOOP("Receipt", "Keep this slip.")
PRINTED_AT = QT_TRANSLATE_NOOP("Receipt", "Printed on %1")
KIOSK = QT_TRANSLATE_NOOP("Receipt", "Kiosk %1")
PRACTICE = QT_TRANSLATE_NOOP("Receipt", "PRACTICE")
PRACTICE_NOTE = QT_TRANSLATE_NOOP("Receipt", "Practice only. Nothing was sent to the town hall.")
SCAN_STATUS = QT_TRANSLATE_NOOP("Receipt", "Scan this code with your phone to follow your request.")
SCAN_CALENDAR = QT_TRANSLATE_NOOP(
    "Receipt", "Scan this code with your phone to add the appointment to your calendar."
)
SCAN_PAY = QT_TRANSLATE_NOOP("Receipt", "Scan this code with your phone to pay online.")

_SCAN = {
    ReceiptKind.SUBMISSION: SCAN_STATUS,
    ReceiptKind.PROVISIONAL: SCAN_STATUS,
    ReceiptKind.STATUS: SCAN_STATUS,
    ReceiptKind.APPOINTMENT: SCAN_CALENDAR,
    ReceiptKind.PAYMENT_SLIP: SCAN_PAY,
}
_KEEP = {ReceiptKind.APPOINTMENT: KEEP_SLIP, ReceiptKind.PAYMENT_SLIP: KEEP_SLIP}

# Every label, for tools that check catalogues.
ALL = (
    KEEP,
    KEEP_SLIP,
    PRINTED_AT,
    KIOSK,
    PRACTICE,
    PRACTICE_NOTE,
    SCAN_STATUS,
    SCAN_CALENDAR,
    SCAN_PAY,
)


@dataclass(frozen=True, slots=True)
class ReceiptLabels:
    keep: str
    printed_at: str  # with %1 for the date and time
    kiosk: str  # with %1 for the kiosk id
    practice: str
    practice_note: str
    scan: str

    @classmethod
    def for_kind(cls, kind: ReceiptKind, translate: Callable[[str], str]) -> ReceiptLabels:
        """`translate` maps an English source text of context "Receipt" to the language."""
        return cls(
            keep=translate(_KEEP.get(kind, KEEP)),
            printed_at=translate(PRINTED_AT),
            kiosk=translate(KIOSK),
            practice=translate(PRACTICE),
            practice_note=translate(PRACTICE_NOTE),
            scan=translate(_SCAN[kind]),
        )

    @classmethod
    def english(cls, kind: ReceiptKind) -> ReceiptLabels:
        return cls.for_kind(kind, lambda text: text)
