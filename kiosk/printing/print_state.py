"""What a screen knows about printing its paper: one print at a time, and how it went.

The status printout, the payment slip and the appointment slip are printed alike:
the button does nothing while a print is under way; once it is done the screen
says "printed" or "not printed" in its own words, adds the printer's reason if it
gives one (:func:`~kiosk.printing.receipt_printer.problem_of`), and remembers
that the paper came out at least once. A printer that raises counts as a failed
print: the person is never left waiting on a spinner.
"""

from __future__ import annotations

import logging

from kiosk.printing.receipt_printer import (
    PrintableReceipt,
    PrintOutcome,
    PrintProblem,
    ReceiptPrinter,
    problem_of,
)


class PrintState:
    def __init__(self, printer: ReceiptPrinter) -> None:
        self._printer = printer
        self.printing = False
        self.printed = False  # at least once, for the paper now on screen
        self.outcome: PrintOutcome | None = None  # of the last print, None before or during one
        self.problem: PrintProblem | None = None  # the printer's reason, if it did not print

    def new_paper(self) -> None:
        """Another paper is on screen (a new lookup, a new order): nothing printed of it yet."""
        self.printed = False
        self.outcome = None
        self.problem = None

    def begin(self) -> bool:
        """The print button: False while a print is under way, else the last outcome is cleared."""
        if self.printing:
            return False
        self.printing = True
        self.outcome = None
        self.problem = None
        return True

    def said(self, printed: str, not_printed: str) -> str:
        """Which of the screen's two sentences the last print calls for ("" before any)."""
        if self.outcome is None:
            return ""
        return printed if self.outcome is PrintOutcome.PRINTED else not_printed

    async def print(
        self, receipt: PrintableReceipt, log: logging.Logger, event: str
    ) -> PrintOutcome:
        """Print after :meth:`begin`; logs ``<event>_printed`` (or ``<event>_print_failed``)."""
        try:
            outcome = await self._printer.print_receipt(receipt)
        except Exception as error:  # a printer fault must not strand the person
            log.warning(f"{event}_print_failed", extra={"error": type(error).__name__})
            outcome = PrintOutcome.FAILED
        finally:
            self.printing = False
        log.info(f"{event}_printed", extra={"outcome": outcome.value})
        printed = outcome is PrintOutcome.PRINTED
        self.outcome = outcome
        self.printed = self.printed or printed
        self.problem = None if printed else problem_of(self._printer)
        return outcome
