"""Reads what a thermal printer would: ESC/POS raster bit images (GS v 0) back into a picture."""

from __future__ import annotations

import struct
from dataclasses import dataclass

import numpy as np


@dataclass
class PrintedReceipts:
    pages: list[np.ndarray]  # one uint8 image per cut, 255 = paper, 0 = burnt dot
    cuts: int


def decode(data: bytes) -> PrintedReceipts:
    pages: list[np.ndarray] = []
    rows: list[bytes] = []
    width = 0
    cuts = 0
    i = 0
    while i < len(data):
        if data[i : i + 2] == b"\x1b\x40":  # ESC @ initialise
            i += 2
        elif data[i : i + 4] == b"\x1d\x76\x30\x00":  # GS v 0: raster bit image
            width, height = struct.unpack_from("<HH", data, i + 4)
            i += 8
            for _ in range(height):
                rows.append(data[i : i + width])
                i += width
        elif data[i : i + 2] == b"\x1b\x64":  # ESC d n: feed n lines
            i += 3
        elif data[i : i + 4] == b"\x1d\x56\x42\x00":  # GS V 66 0: feed and cut
            i += 4
            cuts += 1
            bits = np.unpackbits(np.frombuffer(b"".join(rows), dtype=np.uint8))
            pages.append((255 - bits.reshape(len(rows), width * 8) * 255).astype(np.uint8))
            rows = []
        else:
            raise ValueError(f"not ESC/POS this decoder knows at byte {i}: {data[i : i + 4]!r}")
    return PrintedReceipts(pages, cuts)
