"""What the ID scan screen says for each of the MRZ detector's hints, in plain words.

Strings are marked for translation here (context "IdScan") and translated when shown.
"""

from __future__ import annotations

from typing import Final

from device.mrz.types import Hint
from kiosk.i18n.noop import QT_TRANSLATE_NOOP

CONTEXT: Final = "IdScan"

START: Final = QT_TRANSLATE_NOOP(
    "IdScan", "Hold the back of your card in the frame, with the lines of letters at the bottom"
)

HINT_WORDS: Final[dict[Hint, str]] = {
    Hint.READ: QT_TRANSLATE_NOOP("IdScan", "Reading your card… Hold it still"),
    Hint.NOT_FOUND: QT_TRANSLATE_NOOP(
        "IdScan", "Show the back of the card, with the lines of letters and <<<"
    ),
    Hint.MOVE_CLOSER: QT_TRANSLATE_NOOP("IdScan", "Hold the card closer"),
    Hint.HOLD_STILL: QT_TRANSLATE_NOOP("IdScan", "Hold the card still"),
    Hint.GLARE: QT_TRANSLATE_NOOP("IdScan", "Tilt the card a little — there is a reflection"),
    Hint.TOO_DARK: QT_TRANSLATE_NOOP("IdScan", "It is too dark. Find more light"),
    Hint.TURN_CARD: QT_TRANSLATE_NOOP(
        "IdScan", "Turn the card over: the lines with <<< go at the bottom"
    ),
    Hint.ONE_CARD: QT_TRANSLATE_NOOP("IdScan", "Show one card at a time"),
}

# What the form can take from the card, by the portal's prefill source names.
READS: Final[dict[str, str]] = {
    "given_names": QT_TRANSLATE_NOOP("IdScan", "Your name"),
    "surname": QT_TRANSLATE_NOOP("IdScan", "Your name"),
    "personal_id": QT_TRANSLATE_NOOP("IdScan", "Your personal identification number"),
    "birth_date": QT_TRANSLATE_NOOP("IdScan", "Your date of birth"),
    "sex": QT_TRANSLATE_NOOP("IdScan", "Your sex"),
    "nationality": QT_TRANSLATE_NOOP("IdScan", "Your nationality"),
    "document_number": QT_TRANSLATE_NOOP("IdScan", "The card's number"),
    "expiry_date": QT_TRANSLATE_NOOP("IdScan", "The card's expiry date"),
}


def reads_for(sources: list[str]) -> list[str]:
    """The source strings of what will be read, once each, in the card's order."""
    shown: list[str] = []
    for name, words in READS.items():
        if name in sources and words not in shown:
            shown.append(words)
    return shown
