"""Frame sources: the image-sequence simulator and OpenCV VideoCapture on a real video file."""

from __future__ import annotations

import asyncio
from pathlib import Path

import cv2
import numpy as np
import pytest

from device.camera.source import CameraError, FrameSource, ImageSequenceSource, VideoCaptureSource
from device.qr.reader import QrScanner
from tests.device.receipt_images import STATUS_LINK, busy_background, place, receipt

SIZE = (640, 480)


def _all_frames(source: FrameSource) -> list[np.ndarray]:
    frames = []
    while (frame := source.read()) is not None:
        frames.append(frame)
    return frames


def _write_video(path: Path, frames: list[np.ndarray]) -> None:
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), 10, SIZE)
    assert writer.isOpened()
    for frame in frames:
        writer.write(frame)
    writer.release()


def _video(tmp_path: Path) -> Path:
    desk = busy_background(SIZE[1], SIZE[0])
    with_code = place(receipt(), desk, 12)
    path = tmp_path / "scan.avi"
    _write_video(path, [desk] * 3 + [with_code] * 2)
    return path


def test_image_sequence_plays_in_order_then_ends(tmp_path: Path) -> None:
    paths = []
    for level in (10, 20, 30):
        path = tmp_path / f"{level}.png"
        cv2.imwrite(str(path), np.full((40, 60, 3), level, dtype=np.uint8))
        paths.append(path)
    source = ImageSequenceSource(paths)
    assert isinstance(source, FrameSource)
    with source:
        levels = [int(frame[0, 0, 0]) for frame in _all_frames(source)]
        assert source.read() is None
    assert levels == [10, 20, 30]


def test_image_sequence_loops_and_keeps_images_in_memory(tmp_path: Path) -> None:
    path = tmp_path / "one.png"
    cv2.imwrite(str(path), np.full((40, 60, 3), 77, dtype=np.uint8))
    with ImageSequenceSource([path], loop=True) as source:
        path.unlink()  # read once at open(): the file is no longer needed
        frames = [source.read() for _ in range(3)]
    assert all(f is not None and f.shape == (40, 60, 3) for f in frames)


def test_unreadable_images_are_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "not-an-image.png"
    bad.write_bytes(b"hello")
    with pytest.raises(CameraError):
        ImageSequenceSource([bad]).open()


def test_video_file_frames_come_through_opencv_capture(tmp_path: Path) -> None:
    with VideoCaptureSource(str(_video(tmp_path))) as source:
        frames = _all_frames(source)
    assert len(frames) == 5
    assert all(f.shape == (SIZE[1], SIZE[0], 3) and f.dtype == np.uint8 for f in frames)


def test_qr_scanner_finds_the_code_in_a_video(tmp_path: Path) -> None:
    scanner = QrScanner(VideoCaptureSource(str(_video(tmp_path))))
    try:
        assert asyncio.run(scanner.scan(timeout_s=10)) == STATUS_LINK
    finally:
        scanner.close()


def test_a_missing_camera_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(CameraError):
        VideoCaptureSource(str(tmp_path / "no-such-video.avi")).open()
