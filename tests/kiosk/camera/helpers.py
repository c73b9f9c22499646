"""Frame folders for camera tests: files a camera folder source reads (written per test)."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np


def blank_frames(folder: Path, count: int = 3) -> Path:
    """Grey 1280×720 pictures with no card in them."""
    folder.mkdir(parents=True, exist_ok=True)
    for index in range(count):
        frame = np.full((720, 1280, 3), 90 + 10 * index, dtype=np.uint8)
        cv2.imwrite(str(folder / f"{index:02}.png"), frame)
    return folder


def not_images(folder: Path) -> Path:
    """A folder of files that are not pictures."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("notes.txt", "frame.jpg"):
        (folder / name).write_text("not a picture", encoding="utf-8")
    return folder
