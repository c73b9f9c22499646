"""A receipt drawn as a PDF: header, the number in large type, details, QR code, footer.

The layout is a column of blocks measured before drawing, so a till roll's page
is exactly as long as its content and an A4 receipt breaks between blocks. Text
is wrapped to the paper (nothing runs off a 58 mm roll). Everything drawn is
already in the person's language: the journey's texts in the PrintableReceipt,
the layout's own words in :class:`ReceiptLabels`.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import segno
from reportlab.lib.utils import ImageReader  # type: ignore[import-untyped]
from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

from kiosk.printing.receipt_printer import PrintableReceipt
from kiosk.receipts.fonts import BOLD, REGULAR, register_fonts
from kiosk.receipts.labels import ReceiptLabels
from kiosk.receipts.paper import MM, SPECS, Paper, PaperSpec
from kiosk.receipts.text_wrap import fit_size, wrap

LEADING = 1.25  # line height as a multiple of the font size
WATERMARK_GREY = 0.82


@dataclass(frozen=True, slots=True)
class ReceiptContext:
    """What the kiosk adds to every receipt: who issued it, where, when."""

    institution: str
    kiosk_id: str
    printed_at: str  # already formatted for the person's language
    logo: Path | None = None
    print_name: bool = False  # the institution wants the person's name on receipts

    def __repr__(self) -> str:
        return f"ReceiptContext(kiosk_id={self.kiosk_id!r})"


Draw = Callable[[Canvas, float], None]  # draws a block whose top edge is at y


@dataclass(slots=True)
class _Block:
    height: float
    draw: Draw


@dataclass(slots=True)
class _Column:
    spec: PaperSpec
    left: float
    width: float
    blocks: list[_Block] = field(default_factory=list)

    def gap(self, height: float) -> None:
        self.blocks.append(_Block(height, lambda canvas, y: None))

    def text(
        self,
        text: str,
        *,
        size: float | None = None,
        bold: bool = False,
        center: bool = False,
        after: float = 0.0,
    ) -> None:
        size = size or self.spec.body
        font = BOLD if bold else REGULAR
        for line in wrap(text, font, size, self.width):
            self._line(line, font, size, center)
        if after:
            self.gap(after)

    def _line(self, line: str, font: str, size: float, center: bool) -> None:
        left, width = self.left, self.width

        def draw(canvas: Canvas, y: float) -> None:
            canvas.setFont(font, size)
            baseline = y - size
            if center:
                canvas.drawCentredString(left + width / 2, baseline, line)
            else:
                canvas.drawString(left, baseline, line)

        self.blocks.append(_Block(size * LEADING, draw))

    def pair(self, label: str, value: str) -> None:
        """A detail: label and value side by side on A4, stacked on a roll."""
        spec = self.spec
        if spec.height is None:
            self.text(label, size=spec.small)
            self.text(value, bold=True, after=spec.small * 0.5)
            return
        label_width = self.width * 0.38
        value_width = self.width - label_width - 4 * MM
        label_lines = wrap(label, REGULAR, spec.small, label_width)
        value_lines = wrap(value, BOLD, spec.body, value_width)
        for index in range(max(len(label_lines), len(value_lines))):
            left_text = label_lines[index] if index < len(label_lines) else ""
            right_text = value_lines[index] if index < len(value_lines) else ""
            self._pair_line(left_text, right_text, self.left + label_width + 4 * MM)
        self.gap(spec.small * 0.5)

    def _pair_line(self, label: str, value: str, value_left: float) -> None:
        spec, left = self.spec, self.left

        def draw(canvas: Canvas, y: float) -> None:
            baseline = y - spec.body
            canvas.setFont(REGULAR, spec.small)
            canvas.drawString(left, baseline, label)
            canvas.setFont(BOLD, spec.body)
            canvas.drawString(value_left, baseline, value)

        self.blocks.append(_Block(spec.body * LEADING, draw))

    def headline(self, label: str, value: str) -> None:
        spec = self.spec
        self.text(label, size=spec.small, center=True)
        size = fit_size(value, BOLD, spec.headline, self.width, spec.body)
        lines = wrap(value, BOLD, size, self.width)
        for line in lines:
            self._line(line, BOLD, size, center=True)
        self.gap(spec.small * 0.6)

    def rule(self) -> None:
        left, width = self.left, self.width

        def draw(canvas: Canvas, y: float) -> None:
            canvas.setLineWidth(0.6)
            canvas.line(left, y - 3, left + width, y - 3)

        self.blocks.append(_Block(6, draw))

    def qr(self, text: str, side: float) -> None:
        side = min(side, self.width)
        matrix = segno.make(text, error="m", micro=False).matrix
        modules = len(matrix) + 8  # with the four-module quiet zone each side
        unit = side / modules
        left = self.left + (self.width - side) / 2

        def draw(canvas: Canvas, y: float) -> None:
            # White under the whole code: a PRACTICE watermark must not reach the modules.
            canvas.setFillGray(1)
            canvas.rect(left, y - side, side, side, stroke=0, fill=1)
            canvas.setFillGray(0)
            for row, cells in enumerate(matrix):
                top = y - (row + 4) * unit
                column = 0
                while column < len(cells):
                    if not cells[column]:
                        column += 1
                        continue
                    run = column
                    while run < len(cells) and cells[run]:
                        run += 1
                    x = left + (column + 4) * unit
                    canvas.rect(x, top - unit, (run - column) * unit, unit, stroke=0, fill=1)
                    column = run

        self.blocks.append(_Block(side, draw))

    def image(self, path: Path, max_height: float) -> None:
        reader = _image(path)
        if reader is None:
            return
        width, height = reader.getSize()
        scale = min(self.width * 0.6 / width, max_height / height)
        shown_w, shown_h = width * scale, height * scale
        left = self.left + (self.width - shown_w) / 2

        def draw(canvas: Canvas, y: float) -> None:
            canvas.drawImage(reader, left, y - shown_h, shown_w, shown_h, mask="auto")

        self.blocks.append(_Block(shown_h + 2 * MM, draw))

    def banner(self, heading: str, note: str) -> None:
        """A framed notice (the PRACTICE mark at the top)."""
        spec = self.spec
        pad = 2 * MM
        inner = self.width - 2 * pad
        heading_lines = wrap(heading, BOLD, spec.title, inner)
        note_lines = wrap(note, REGULAR, spec.small, inner)
        height = (
            2 * pad
            + len(heading_lines) * spec.title * LEADING
            + len(note_lines) * spec.small * LEADING
        )
        left, width = self.left, self.width

        def draw(canvas: Canvas, y: float) -> None:
            canvas.setLineWidth(1.5)
            canvas.rect(left, y - height, width, height, stroke=1, fill=0)
            line_top = y - pad
            for line in heading_lines:
                canvas.setFont(BOLD, spec.title)
                canvas.drawCentredString(left + width / 2, line_top - spec.title, line)
                line_top -= spec.title * LEADING
            for line in note_lines:
                canvas.setFont(REGULAR, spec.small)
                canvas.drawCentredString(left + width / 2, line_top - spec.small, line)
                line_top -= spec.small * LEADING

        self.blocks.append(_Block(height + 2 * MM, draw))


_images: dict[Path, ImageReader | None] = {}
_images_lock = threading.Lock()


def _image(path: Path) -> ImageReader | None:
    with _images_lock:
        if path not in _images:
            try:
                _images[path] = ImageReader(str(path))
            except (OSError, ValueError):
                _images[path] = None  # a missing logo must not stop a receipt
        return _images[path]


def _compose(
    receipt: PrintableReceipt, spec: PaperSpec, context: ReceiptContext, labels: ReceiptLabels
) -> _Column:
    column = _Column(spec, spec.margin, spec.width - 2 * spec.margin)
    if context.logo is not None:
        column.image(context.logo, 16 * MM if spec.height is None else 22 * MM)
    if context.institution:
        column.text(context.institution, bold=True, center=True, after=spec.small * 0.4)
    column.rule()
    if receipt.practice:
        column.gap(spec.small * 0.5)
        column.banner(labels.practice, labels.practice_note)
    column.text(receipt.title, size=spec.title, bold=True, center=True, after=spec.small * 0.6)

    rows = list(enumerate(receipt.lines))
    if receipt.headline is not None and 0 <= receipt.headline < len(receipt.lines):
        label, value = receipt.lines[receipt.headline]
        column.headline(label, value)
    for index, (label, value) in rows:
        if index == receipt.headline or not value:
            continue
        if index == receipt.name_row and not context.print_name:
            continue
        column.pair(label, value)

    notes = [note for note in receipt.notes if note.strip()]
    if notes:
        column.rule()
        for note in notes:
            column.text(note, after=spec.small * 0.5)
    if receipt.qr_text:
        column.gap(spec.small * 0.5)
        column.qr(receipt.qr_text, spec.qr)
        column.gap(spec.small * 0.3)
        column.text(labels.scan, size=spec.small, center=True)
    column.rule()
    column.text(labels.keep, bold=True, center=True)
    stamp = labels.printed_at.replace("%1", context.printed_at)
    kiosk = labels.kiosk.replace("%1", context.kiosk_id)
    column.text(f"{stamp} · {kiosk}", size=spec.small, center=True)
    return column


def _watermark(canvas: Canvas, spec: PaperSpec, height: float, word: str) -> None:
    """PRACTICE across the page, light enough to read the receipt through it."""
    canvas.saveState()
    canvas.setFillGray(WATERMARK_GREY)
    size = spec.width / max(4, len(word)) * 1.1
    step = max(spec.width * 1.1, 40 * MM)
    canvas.setFont(BOLD, size)
    y = step / 2
    while y < height:
        canvas.saveState()
        canvas.translate(spec.width / 2, y)
        canvas.rotate(35)
        canvas.drawCentredString(0, -size / 3, word)
        canvas.restoreState()
        y += step
    canvas.restoreState()


def render_receipt(
    receipt: PrintableReceipt,
    paper: Paper,
    context: ReceiptContext,
    labels: ReceiptLabels,
) -> bytes:
    """The receipt as PDF bytes (fonts embedded). Safe to call from a worker thread."""
    register_fonts()
    spec = SPECS[paper]
    column = _compose(receipt, spec, context, labels)
    content = sum(block.height for block in column.blocks)
    buffer = io.BytesIO()
    if spec.height is None:
        page_height = content + 2 * spec.margin_y
        pages = [column.blocks]
    else:
        page_height = spec.height
        pages = _paginate(column.blocks, spec.height - 2 * spec.margin_y)
    canvas = Canvas(
        buffer, pagesize=(spec.width, page_height), pageCompression=1, initialFontName=REGULAR
    )
    # The title is visible in print queues: the kind only, nothing personal.
    canvas.setTitle(f"Receipt ({receipt.kind.value})")
    canvas.setCreator("kiosk")
    for blocks in pages:
        if receipt.practice:
            _watermark(canvas, spec, page_height, labels.practice)
        canvas.setFillGray(0)
        canvas.setStrokeGray(0)
        y = page_height - spec.margin_y
        for block in blocks:
            block.draw(canvas, y)
            y -= block.height
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _paginate(blocks: list[_Block], usable: float) -> list[list[_Block]]:
    pages: list[list[_Block]] = [[]]
    used = 0.0
    for block in blocks:
        if pages[-1] and used + block.height > usable:
            pages.append([])
            used = 0.0
        pages[-1].append(block)
        used += block.height
    return pages


def text_width(text: str, bold: bool, size: float) -> float:
    """Width of `text` in the receipt font (for tests and tools)."""
    register_fonts()
    return float(stringWidth(text, BOLD if bold else REGULAR, size))
