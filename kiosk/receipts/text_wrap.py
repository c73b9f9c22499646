"""Breaking text into lines that fit a width, in a given font.

Words wrap at spaces; a word longer than the line (a web address, a long
reference) is cut between characters rather than running off the paper.
"""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """`text` as lines no wider than `width` points; explicit newlines are kept."""
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        lines.extend(_wrap_paragraph(paragraph, font, size, width))
    return lines


def _wrap_paragraph(text: str, font: str, size: float, width: float) -> list[str]:
    words = text.split()
    if not words:
        return [""]
    lines: list[str] = []
    current = ""
    for word in words:
        candidate = f"{current} {word}" if current else word
        if stringWidth(candidate, font, size) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        if stringWidth(word, font, size) <= width:
            current = word
            continue
        pieces = _cut(word, font, size, width)
        lines.extend(pieces[:-1])
        current = pieces[-1]
    lines.append(current)
    return lines


def _cut(word: str, font: str, size: float, width: float) -> list[str]:
    pieces: list[str] = []
    current = ""
    for char in word:
        if current and stringWidth(current + char, font, size) > width:
            pieces.append(current)
            current = char
        else:
            current += char
    pieces.append(current)
    return pieces


def fit_size(text: str, font: str, size: float, width: float, smallest: float) -> float:
    """The largest size ≤ `size` (down to `smallest`) at which `text` fits on one line."""
    measured = float(stringWidth(text, font, size))
    if measured <= width:
        return size
    return max(smallest, size * width / measured)
