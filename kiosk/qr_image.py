"""QR codes for the screen, as PNG data URIs: QML shows them and nothing is written to disk."""

from __future__ import annotations

import segno


def qr_data_uri(text: str, *, scale: int = 8) -> str:
    """A PNG data URI of `text` with error correction M and a 4-module quiet zone."""
    if not text:
        return ""
    code = segno.make(text, error="m", micro=False)
    return str(code.png_data_uri(scale=scale, border=4))
