"""Turning a PrintableReceipt into a PDF file that exists only while it is needed.

The PDF holds a name and numbers, so it is written into a private folder (0700,
file 0600) under the system temp dir and deleted as soon as the printer has it.
The words the layout adds and the date are resolved here, on the caller's (GUI)
thread; drawing the PDF is left to the printer's worker thread.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from kiosk.i18n.languages import BY_CODE
from kiosk.printing.receipt_printer import PrintableReceipt
from kiosk.receipts.labels import CONTEXT, ReceiptLabels
from kiosk.receipts.layout import ReceiptContext, render_receipt
from kiosk.receipts.paper import Paper


@dataclass(frozen=True, slots=True)
class ReceiptStyle:
    """How this kiosk's receipts look: paper, logo, who issued them, whether names print."""

    paper: Paper = Paper.ROLL_80
    logo: Path | None = None
    kiosk_id: str = "kiosk"
    print_name: bool = False
    institution: Callable[[str], str] = lambda language: ""


def _translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def format_moment(moment: datetime, language: str) -> str:
    """Date and time as the person's language writes them (short format)."""
    locale = QLocale(BY_CODE[language].locale if language in BY_CODE else "en_GB")
    short = QLocale.FormatType.ShortFormat
    day = locale.toString(QDate(moment.year, moment.month, moment.day), short)
    return f"{day} {locale.toString(QTime(moment.hour, moment.minute), short)}"


@dataclass(frozen=True, slots=True)
class PreparedReceipt:
    """Everything to draw one receipt, all strings resolved (safe to hand to a thread)."""

    receipt: PrintableReceipt
    paper: Paper
    context: ReceiptContext
    labels: ReceiptLabels

    def render(self) -> bytes:
        return render_receipt(self.receipt, self.paper, self.context, self.labels)

    def __repr__(self) -> str:
        return f"PreparedReceipt({self.receipt!r}, paper={self.paper.value})"


def prepare(
    receipt: PrintableReceipt,
    style: ReceiptStyle,
    now: datetime,
    translate: Callable[[str], str] = _translate,
) -> PreparedReceipt:
    """On the GUI thread: the labels in the active language, the date, the header."""
    context = ReceiptContext(
        institution=style.institution(receipt.language),
        kiosk_id=style.kiosk_id,
        printed_at=format_moment(now, receipt.language),
        logo=style.logo,
        print_name=style.print_name,
    )
    labels = ReceiptLabels.for_kind(receipt.kind, translate)
    return PreparedReceipt(receipt, style.paper, context, labels)


@contextmanager
def private_pdf(data: bytes) -> Iterator[Path]:
    """`data` in a file only this user can read, deleted (with its folder) on exit."""
    folder = Path(tempfile.mkdtemp(prefix="kiosk-receipt-"))  # mkdtemp makes it 0700
    path = folder / "receipt.pdf"
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as file:
            file.write(data)
        yield path
    finally:
        shutil.rmtree(folder, ignore_errors=True)
