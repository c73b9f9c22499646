"""DejaVu Sans for receipts: Latin with ș ț ă â î ő ű, and Cyrillic with і ї є ґ.

Registered with reportlab once per process from Debian's fonts-dejavu-core; the
PDF embeds the subset each receipt uses, so the printer needs no fonts of its own.
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
from reportlab.pdfbase.ttfonts import TTFont  # type: ignore[import-untyped]

DEJAVU_DIR = Path("/usr/share/fonts/truetype/dejavu")
REGULAR = "KioskDejaVuSans"
BOLD = "KioskDejaVuSans-Bold"

_lock = threading.Lock()
_registered = False


class FontsMissing(RuntimeError):
    """fonts-dejavu-core is not installed."""


def register_fonts() -> None:
    global _registered
    with _lock:
        if _registered:
            return
        regular, bold = DEJAVU_DIR / "DejaVuSans.ttf", DEJAVU_DIR / "DejaVuSans-Bold.ttf"
        for path in (regular, bold):
            if not path.exists():
                raise FontsMissing(f"{path} is missing: apt-get install fonts-dejavu-core")
        pdfmetrics.registerFont(TTFont(REGULAR, str(regular)))
        pdfmetrics.registerFont(TTFont(BOLD, str(bold)))
        pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD)
        _registered = True
