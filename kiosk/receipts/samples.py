"""Sample receipts: every kind, in every language, on every paper (`make sample-receipts`).

    python -m kiosk.receipts.samples [--out build/receipts] [--practice]

The texts are the journeys' own source strings translated with the compiled
catalogues, and made-up numbers; file names say kind, language and paper, e.g.
`submission-ro-80mm.pdf`. Used to look at the layouts and by the benchmark.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from kiosk.appointments import slip
from kiosk.config import DEMO_PATH, load_config
from kiosk.forms.personal_ids import mask_personal_id
from kiosk.i18n.languages import LANGUAGE_CODES
from kiosk.printing.receipt_pdf import PreparedReceipt, ReceiptStyle, prepare
from kiosk.printing.receipt_printer import PrintableReceipt, ReceiptKind
from kiosk.receipts.labels import CONTEXT as RECEIPT
from kiosk.receipts.paper import Paper
from kiosk.requests import outcome

Translate = Callable[[str, str], str]  # (context, English source) → text in one language

SAMPLE_MOMENT = datetime(2026, 3, 16, 10, 42)
STATUS_URL = "https://portal.example/s/2026-000123?code=K7P2QX"
SERVICE = {
    "ro": "Certificat de urbanism (informare) — Șoseaua Țării, nr. 5",
    "hu": "Településrendezési bizonyítvány — Ősz utca 5, Győr",
    "ru": "Справка о месте жительства — ул. Пушкина, 5",
    "uk": "Довідка про реєстрацію місця проживання — вул. Їжакова, 5, Ґалаґанівка, Єнакієве",
    "bg": "Удостоверение за постоянен адрес — ул. Цар Асен, 5",
    "en": "Certificate of residence — 5 Main Street",
}
NAME = {
    "ro": "Ștefan Țăranu",
    "hu": "Kőrösi Győző",
    "ru": "Ольга Кузнецова",
    "uk": "Їржі Ґудзенко-Єрмоленко",
    "bg": "Цветелина Жекова",
    "en": "Jane Smith",
}


def sample_receipt(kind: ReceiptKind, language: str, localized: Translate) -> PrintableReceipt:
    """A realistic receipt of `kind` with made-up data, texts in `language`."""
    masked = mask_personal_id("1800101200017")
    if kind in (ReceiptKind.SUBMISSION, ReceiptKind.PROVISIONAL):
        form = "FormJourney"
        provisional = kind is ReceiptKind.PROVISIONAL
        rows = [(localized(form, "Service"), SERVICE[language])]
        if not provisional:
            rows += [
                (localized(form, "Registration number"), "2026-000123"),
                (localized(form, "Access code"), "K7P-2QX"),
                (localized(form, "Answer by"), "15.04.2026"),
            ]
        rows += [
            (localized(form, "Reference"), "KSK-7F3A-91C2"),
            (localized(form, "Personal number"), masked),
        ]
        next_steps = outcome.NEXT_SAVED if provisional else outcome.NEXT_REGISTERED
        contact = localized("Confirmation", outcome.CONTACT)
        contact = contact.replace("{institution}", "Primăria Deva")
        return PrintableReceipt(
            kind=kind,
            language=language,
            title=localized(form, "Request receipt"),
            lines=tuple(rows),
            qr_text=STATUS_URL,
            notes=(localized("Confirmation", next_steps).replace("{date}", "15.04.2026"), contact),
            headline=len(rows) - 2 if provisional else 1,
        )
    if kind is ReceiptKind.APPOINTMENT:
        a = "Appointments"
        rows = [
            (localized(a, slip.SERVICE), SERVICE[language]),
            (localized(a, slip.DATE), "16.03.2026"),
            (localized(a, slip.TIME), "10:30"),
            (localized(a, slip.OFFICE), "Ghișeul unic, parter"),
            (localized(a, slip.ADDRESS), "Piața Unirii 4, Deva"),
            (localized(a, slip.NAME), NAME[language]),
            (localized(a, slip.PERSONAL_ID), masked),
            (localized(a, slip.NUMBER), "AP-20260316-0042"),
            (localized(a, slip.ACCESS_CODE), "4821"),
        ]
        return PrintableReceipt(
            kind=kind,
            language=language,
            title=localized(a, slip.TITLE),
            lines=tuple(rows),
            qr_text="https://portal.example/api/v1/appointments/AP-20260316-0042.ics",
            notes=(localized(a, slip.BRING_ID), localized(a, slip.TO_CANCEL)),
            headline=7,
            name_row=5,
        )
    if kind is ReceiptKind.PAYMENT_SLIP:
        t = "Taxes"
        rows = [
            (localized(t, "Order number"), "PO-2026-004711"),
            (localized(t, "Amount"), "1.234,50 lei"),
            (localized(t, "Personal number"), masked),
            (localized(t, "Valid until"), "31.03.2026"),
        ]
        return PrintableReceipt(
            kind=kind,
            language=language,
            title=localized(t, "Payment slip"),
            lines=tuple(rows),
            qr_text="https://pay.example/o/PO-2026-004711",
            notes=(
                "Impozit clădiri (2026): 850,00 lei",
                "Taxă salubrizare (2026-T1): 384,50 lei",
                localized(
                    t,
                    "To pay in person, show this slip at the town hall's cash desk, "
                    "a bank or a post office.",
                ),
                localized(t, "Or scan the code with your phone to pay online."),
            ),
            headline=0,
        )
    s = "StatusLookup"
    rows = [
        (localized(s, "Registration number"), "2026-000123"),
        (localized(s, "Service"), SERVICE[language]),
        (localized(s, "Status"), localized("StatusWords", "In progress")),
        (localized(s, "Expected by"), "15.04.2026"),
        (localized(s, "Checked on"), "16.03.2026 10:42"),
    ]
    return PrintableReceipt(
        kind=ReceiptKind.STATUS,
        language=language,
        title=localized(s, "Status of your request"),
        lines=tuple(rows),
        qr_text=STATUS_URL,
        notes=(
            "02.03.2026 · 09:15 · Registered",
            "05.03.2026 · 14:02 · Sent to the urban planning office",
        ),
        headline=0,
    )


def prepared_samples(
    style: ReceiptStyle, papers: tuple[Paper, ...] = tuple(Paper), practice: bool = False
) -> list[tuple[str, PreparedReceipt]]:
    """(file name, prepared receipt) for every kind × language × paper."""
    from kiosk.i18n.translators import Translators

    translators = Translators(LANGUAGE_CODES)
    found: list[tuple[str, PreparedReceipt]] = []
    for language in LANGUAGE_CODES:

        def localized(context: str, source: str, language: str = language) -> str:
            return translators.translate_in(language, context, source)

        for kind in ReceiptKind:
            receipt = sample_receipt(kind, language, localized)
            if practice:
                receipt = _practice(receipt)
            for paper in papers:
                prepared = prepare(
                    receipt,
                    _with_paper(style, paper),
                    SAMPLE_MOMENT,
                    translate=lambda text, loc=localized: loc(RECEIPT, text),  # type: ignore[misc]
                )
                suffix = "-practice" if practice else ""
                found.append((f"{kind.value}-{language}-{paper.value}{suffix}.pdf", prepared))
    return found


def _practice(receipt: PrintableReceipt) -> PrintableReceipt:
    from dataclasses import replace

    return replace(receipt, practice=True)


def _with_paper(style: ReceiptStyle, paper: Paper) -> ReceiptStyle:
    from dataclasses import replace

    return replace(style, paper=paper)


def demo_style() -> ReceiptStyle:
    config = load_config(DEMO_PATH)
    return ReceiptStyle(
        kiosk_id=config.kiosk_id,
        institution=config.institution_name,
        logo=config.printer.logo,
        print_name=config.printer.print_name,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kiosk.receipts.samples", description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("build/receipts"))
    parser.add_argument("--practice", action="store_true", help="also the PRACTICE versions")
    args = parser.parse_args(argv)
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance() or QCoreApplication([])  # noqa: F841 - QLocale, QTranslator
    args.out.mkdir(parents=True, exist_ok=True)
    style = demo_style()
    samples = prepared_samples(style)
    if args.practice:
        samples += prepared_samples(style, practice=True)
    for name, prepared in samples:
        (args.out / name).write_bytes(prepared.render())
    print(f"{len(samples)} receipts in {args.out}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
