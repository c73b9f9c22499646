"""A screen's print state: one print at a time, what to say after it, the printer's reason."""

from __future__ import annotations

import asyncio
import logging

import pytest

from kiosk.printing.print_state import PrintState
from kiosk.printing.receipt_printer import (
    PrintableReceipt,
    PrintOutcome,
    PrintProblem,
    ReceiptKind,
)

log = logging.getLogger("tests.print_state")

RECEIPT = PrintableReceipt(ReceiptKind.STATUS, "en", "Status", (("Number", "2026/000001"),))


class Tray:
    """A printer that answers with the outcomes it is given, in turn, and says why not."""

    def __init__(self, *outcomes: PrintOutcome, problem: PrintProblem | None = None) -> None:
        self.outcomes = list(outcomes)
        self.last_problem = problem
        self.seen: list[PrintableReceipt] = []

    async def print_receipt(self, receipt: PrintableReceipt) -> PrintOutcome:
        self.seen.append(receipt)
        return self.outcomes.pop(0)


class Jammed:
    async def print_receipt(self, receipt: PrintableReceipt) -> PrintOutcome:
        raise OSError("the driver fell over")


def test_a_second_press_while_printing_does_nothing() -> None:
    state = PrintState(Tray(PrintOutcome.PRINTED))
    assert state.begin()
    assert state.printing
    assert not state.begin()


def test_printed_says_so_and_stays_printed_after_a_later_failure() -> None:
    tray = Tray(PrintOutcome.PRINTED, PrintOutcome.UNAVAILABLE, problem=PrintProblem.OUT_OF_PAPER)
    state = PrintState(tray)
    assert state.said("Printed.", "Not printed.") == ""
    state.begin()
    assert asyncio.run(state.print(RECEIPT, log, "status")) is PrintOutcome.PRINTED
    assert not state.printing
    assert state.said("Printed.", "Not printed.") == "Printed."
    assert state.problem is None
    state.begin()
    assert state.said("Printed.", "Not printed.") == "", "nothing said while printing again"
    asyncio.run(state.print(RECEIPT, log, "status"))
    assert state.said("Printed.", "Not printed.") == "Not printed."
    assert state.problem is PrintProblem.OUT_OF_PAPER
    assert state.printed, "the first copy did come out"
    assert tray.seen == [RECEIPT, RECEIPT]


def test_a_new_paper_forgets_what_was_printed() -> None:
    state = PrintState(Tray(PrintOutcome.PRINTED))
    state.begin()
    asyncio.run(state.print(RECEIPT, log, "status"))
    state.new_paper()
    assert not state.printed
    assert state.said("Printed.", "Not printed.") == ""


def test_a_printer_that_raises_is_a_failed_print_not_a_spinner(
    caplog: pytest.LogCaptureFixture,
) -> None:
    state = PrintState(Jammed())
    state.begin()
    with caplog.at_level(logging.INFO, logger=log.name):
        outcome = asyncio.run(state.print(RECEIPT, log, "payment_slip"))
    assert outcome is PrintOutcome.FAILED
    assert not state.printing
    assert state.said("Printed.", "Not printed.") == "Not printed."
    assert [r.getMessage() for r in caplog.records] == [
        "payment_slip_print_failed",
        "payment_slip_printed",
    ]
