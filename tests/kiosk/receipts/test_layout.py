"""Receipt PDFs without a printer: paper sizes, embedded fonts, every language's letters."""

from __future__ import annotations

import re
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from kiosk.printing.receipt_printer import PrintableReceipt, ReceiptKind
from kiosk.receipts.labels import ReceiptLabels
from kiosk.receipts.layout import ReceiptContext, render_receipt
from kiosk.receipts.paper import MM, Paper
from kiosk.receipts.samples import sample_receipt

CONTEXT = ReceiptContext("Primăria Municipiului Deva", "deva-lobby-1", "16.03.2026 10:42")
LETTERS = "ș ț ă â î ő ű і ї є ґ Ж Щ"


def receipt(**changes: object) -> PrintableReceipt:
    base = PrintableReceipt(
        kind=ReceiptKind.SUBMISSION,
        language="uk",
        title="Підтвердження заяви",
        lines=(
            ("Послуга", "Довідка — Șoseaua Țării, Győr, Їжакова вулиця, Ґалаґан"),
            ("Реєстраційний номер", "2026-000123"),
            ("Код доступу", "K7P-2QX"),
            ("Особистий номер", "•••••••••0017"),
        ),
        qr_text="https://portal.example/s/2026-000123?code=K7P2QX",
        notes=(f"Letters: {LETTERS}", "https://portal.example/a/very/long/address/" + "x" * 80),
        headline=1,
    )
    return replace(base, **changes)


def _write(tmp_path: Path, data: bytes, name: str = "r.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _page_size_mm(pdf: Path) -> tuple[float, float]:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    match = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info.stdout)
    assert match
    return float(match[1]) / MM, float(match[2]) / MM


@pytest.mark.parametrize(("paper", "width"), [(Paper.ROLL_58, 58), (Paper.ROLL_80, 80)])
def test_a_roll_receipt_is_as_wide_as_the_roll_and_as_long_as_its_content(
    tmp_path: Path, paper: Paper, width: int
) -> None:
    short = _write(tmp_path, render_receipt(receipt(notes=()), paper, CONTEXT, _labels()), "s.pdf")
    long = _write(tmp_path, render_receipt(receipt(), paper, CONTEXT, _labels()), "l.pdf")
    short_w, short_h = _page_size_mm(short)
    long_w, long_h = _page_size_mm(long)
    assert round(short_w) == round(long_w) == width
    assert 60 < short_h < long_h < 400


def test_an_a4_receipt_is_a4(tmp_path: Path) -> None:
    pdf = _write(tmp_path, render_receipt(receipt(), Paper.A4, CONTEXT, _labels()))
    assert tuple(round(v) for v in _page_size_mm(pdf)) == (210, 297)


def test_fonts_are_embedded_and_every_language_prints(tmp_path: Path) -> None:
    pdf = _write(tmp_path, render_receipt(receipt(), Paper.ROLL_80, CONTEXT, _labels()))
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
    rows = fonts.stdout.splitlines()[2:]
    assert rows and all(" yes yes " in row for row in rows), fonts.stdout
    assert all("DejaVu" in row for row in rows)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    for letter in LETTERS.split():
        assert letter in text
    assert "2026-000123" in text and "Primăria Municipiului Deva" in text


def test_nothing_runs_off_a_58mm_roll(tmp_path: Path) -> None:
    pdf = _write(tmp_path, render_receipt(receipt(), Paper.ROLL_58, CONTEXT, _labels()))
    html = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    right_edges = [float(x) for x in re.findall(r'xMax="([\d.]+)"', html)]
    assert right_edges and max(right_edges) <= 58 * MM - 2 * MM


def test_a_practice_receipt_says_practice_and_names_are_left_out_unless_wanted(
    tmp_path: Path,
) -> None:
    slip = sample_receipt(ReceiptKind.APPOINTMENT, "en", lambda context, text: text)
    practice = replace(slip, practice=True)
    plain_text = _text(tmp_path, render_receipt(slip, Paper.ROLL_80, CONTEXT, _labels()))
    assert "PRACTICE" not in plain_text and "Jane Smith" not in plain_text
    with_name = replace(CONTEXT, print_name=True)
    practice_text = _text(tmp_path, render_receipt(practice, Paper.ROLL_80, with_name, _labels()))
    assert "PRACTICE" in practice_text and "Jane Smith" in practice_text


def test_every_kind_renders_quickly_on_every_paper() -> None:
    for kind in ReceiptKind:
        sample = sample_receipt(kind, "ro", lambda context, text: text)
        for paper in Paper:
            data = render_receipt(sample, paper, CONTEXT, ReceiptLabels.english(kind))
            assert data.startswith(b"%PDF")


def _labels() -> ReceiptLabels:
    return ReceiptLabels.english(ReceiptKind.SUBMISSION)


def _text(tmp_path: Path, data: bytes) -> str:
    pdf = _write(tmp_path, data, "t.pdf")
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
