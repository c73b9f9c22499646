"""``python -m device.mrz IMAGE...``: read the MRZ of each image, one JSON object per line.

Each line holds ``file``, ``format`` (TD1, TD2, TD3, MRV-A, MRV-B or null), ``lines``
(the MRZ text lines, or null when none was read), ``valid`` (every check digit passes),
``accepted`` (what the kiosk would use from this image alone), ``fields`` (parsed, or
null), ``hint`` (what a person would be told) and ``ms`` (CPU milliseconds spent on
the image). An image that cannot be decoded gives ``"error": "unreadable"``. This is
a stable interface for evaluation; it prints personal data from the images by design,
so it is a tool for test images, never run on a kiosk's camera.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from typing import Any

import cv2
import numpy as np

from device.mrz.glyph_model import glyph_model
from device.mrz.reader import recognize


def read_file(path: str) -> dict[str, Any]:
    frame = cv2.imread(path, cv2.IMREAD_UNCHANGED)
    started = time.process_time()
    if frame is None:
        return {
            "file": path,
            "format": None,
            "lines": None,
            "valid": False,
            "accepted": False,
            "fields": None,
            "hint": None,
            "ms": 0.0,
            "error": "unreadable",
        }
    raw = np.asarray(frame)
    if raw.dtype == np.uint16:  # 16-bit PNG/TIFF: keep the top 8 bits
        raw = raw // 256
    recognition = recognize(np.asarray(raw, dtype=np.uint8))
    ms = (time.process_time() - started) * 1000
    result = recognition.result
    return {
        "file": path,
        "format": result.format.value if result else None,
        "lines": list(result.lines) if result else None,
        "valid": bool(result and result.valid),
        "accepted": recognition.accepted,
        "fields": result.fields.as_json() if result else None,
        "hint": recognition.hint.value,
        "ms": round(ms, 1),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m device.mrz",
        description="Read the machine-readable zone of ID cards and passports in images.",
    )
    parser.add_argument("images", nargs="+", metavar="IMAGE", help="image files (PNG, JPEG…)")
    args = parser.parse_args(argv)
    glyph_model()  # load (or train) the classifier before timing the first image
    for path in args.images:
        print(json.dumps(read_file(path), ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
