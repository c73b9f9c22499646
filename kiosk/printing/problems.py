"""What a person is told when a receipt does not print, one plain sentence per problem.

View-models keep the :class:`PrintProblem` and translate on read, so a language
switch changes the message too. The sentence says what is wrong; the screen adds
what to do (write the number down, take a photo of it), which depends on the journey.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.i18n.noop import QT_TRANSLATE_NOOP
from kiosk.printing.receipt_printer import PrintProblem

CONTEXT = "Printer"

SENTENCES: dict[PrintProblem, str] = {
    PrintProblem.OUT_OF_PAPER: QT_TRANSLATE_NOOP("Printer", "The printer is out of paper."),
    PrintProblem.PAPER_JAM: QT_TRANSLATE_NOOP("Printer", "The paper is stuck in the printer."),
    PrintProblem.DOOR_OPEN: QT_TRANSLATE_NOOP("Printer", "The printer's cover is open."),
    PrintProblem.OFFLINE: QT_TRANSLATE_NOOP(
        "Printer", "The printer is switched off or not connected."
    ),
    PrintProblem.STOPPED: QT_TRANSLATE_NOOP("Printer", "The printer has been stopped."),
    PrintProblem.TOO_SLOW: QT_TRANSLATE_NOOP(
        "Printer", "The printer is taking too long. Your paper may still come out."
    ),
    PrintProblem.BROKEN: QT_TRANSLATE_NOOP("Printer", "The printer is not working right now."),
}
KEEP_THE_NUMBER = QT_TRANSLATE_NOOP(
    "Printer", "Please take a photo of your number or write it down."
)


def problem_sentence(problem: PrintProblem) -> str:
    """The translated sentence for `problem`, e.g. "The printer is out of paper."."""
    return QCoreApplication.translate(CONTEXT, SENTENCES[problem])


def keep_the_number() -> str:
    return QCoreApplication.translate(CONTEXT, KEEP_THE_NUMBER)
