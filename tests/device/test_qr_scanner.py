"""QrScanner reads frames off the loop until a code shows up, time is up or it is cancelled."""

from __future__ import annotations

import asyncio
import threading
import time
from pathlib import Path

import cv2
import numpy as np

from device.camera.source import Frame, ImageSequenceSource
from device.qr.reader import QrScanner
from tests.device.receipt_images import STATUS_LINK, busy_background, place, receipt


class ThreadRecordingSource(ImageSequenceSource):
    """The real image-sequence simulator, noting which thread each call ran on."""

    def __init__(self, paths: list[Path], loop: bool = False) -> None:
        super().__init__(paths, loop=loop)
        self.threads: set[int] = set()
        self.reads = 0
        self.closed = 0

    def open(self) -> None:
        self.threads.add(threading.get_ident())
        super().open()

    def read(self) -> Frame | None:
        self.threads.add(threading.get_ident())
        self.reads += 1
        return super().read()

    def close(self) -> None:
        self.threads.add(threading.get_ident())
        self.closed += 1
        super().close()


def _write(path: Path, image: np.ndarray) -> Path:
    assert cv2.imwrite(str(path), image)
    return path


def _empty_then_code(tmp_path: Path) -> list[Path]:
    desk = busy_background(480, 640)
    empty = [
        _write(tmp_path / f"empty{i}.png", busy_background(480, 640, seed=i)) for i in range(3)
    ]
    return [*empty, _write(tmp_path / "code.png", place(receipt(), desk, 15))]


def test_scan_returns_the_code_after_empty_frames_and_works_off_the_loop(tmp_path: Path) -> None:
    source = ThreadRecordingSource(_empty_then_code(tmp_path))
    scanner = QrScanner(source)

    async def scan() -> tuple[str | None, int]:
        return await scanner.scan(timeout_s=10), threading.get_ident()

    try:
        text, loop_thread = asyncio.run(scan())
    finally:
        scanner.close()
    assert text == STATUS_LINK
    assert source.reads == 4
    assert loop_thread not in source.threads
    assert len(source.threads) == 1  # one worker thread does all camera work
    assert source.closed >= 1  # the camera is released after the scan


def test_scan_gives_up_after_the_timeout(tmp_path: Path) -> None:
    paths = [_write(tmp_path / "desk.png", busy_background(240, 320))]
    scanner = QrScanner(ImageSequenceSource(paths, loop=True))
    started = time.monotonic()
    try:
        text = asyncio.run(scanner.scan(timeout_s=0.5))
    finally:
        scanner.close()
    elapsed = time.monotonic() - started
    assert text is None
    assert 0.4 < elapsed < 3


def test_scan_stops_when_the_person_cancels(tmp_path: Path) -> None:
    paths = [_write(tmp_path / "desk.png", busy_background(240, 320))]
    scanner = QrScanner(ImageSequenceSource(paths, loop=True))

    async def scan_and_cancel() -> str | None:
        cancel = asyncio.Event()
        asyncio.get_running_loop().call_later(0.2, cancel.set)
        return await scanner.scan(timeout_s=30, cancel=cancel)

    started = time.monotonic()
    try:
        text = asyncio.run(scan_and_cancel())
    finally:
        scanner.close()
    assert text is None
    assert time.monotonic() - started < 3
