"""The paper a kiosk printer takes: till rolls (58 mm, 80 mm) or A4 sheets.

Sizes are in PostScript points (1/72 inch). A roll's page is as long as its
content; A4 pages are fixed and a long receipt goes on to a second page.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

MM = 72 / 25.4


class Paper(StrEnum):
    ROLL_58 = "58mm"
    ROLL_80 = "80mm"
    A4 = "A4"


@dataclass(frozen=True, slots=True)
class PaperSpec:
    width: float
    height: float | None  # None: fitted to the content (a roll)
    margin: float  # left/right (a roll's printers cannot print their edges)
    margin_y: float
    body: float  # font sizes
    small: float
    title: float
    headline: float
    qr: float  # side of the QR code


SPECS: dict[Paper, PaperSpec] = {
    Paper.ROLL_58: PaperSpec(58 * MM, None, 5 * MM, 4 * MM, 8.5, 7, 11, 17, 30 * MM),
    Paper.ROLL_80: PaperSpec(80 * MM, None, 4 * MM, 5 * MM, 9.5, 7.5, 12.5, 22, 34 * MM),
    Paper.A4: PaperSpec(210 * MM, 297 * MM, 22 * MM, 18 * MM, 11, 9, 17, 30, 45 * MM),
}
