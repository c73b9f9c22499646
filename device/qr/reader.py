"""Reading a QR code (the receipt's status link) from camera frames with OpenCV.

:func:`decode_qr` tries a frame as it is, then a grayscale + adaptive-threshold
variant (uneven light, low contrast), then a 2× upscale (small codes far from the
lens). :class:`QrScanner` reads frames from a :class:`~device.camera.source.FrameSource`
in its own single worker thread until a code is found, the time is up or the
caller cancels: camera I/O and decoding never run on the event-loop thread.

The decoded text is returned, never logged: a link can carry an access code.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import cv2
import numpy as np

from device.camera.source import Frame, FrameSource

log = logging.getLogger("device.qr")

_IDLE_WAIT_S = 0.03  # when the source has no frame right now, do not spin
_MAX_SIDE = 2000  # bigger frames are shrunk first: the detector's time grows with area


def _gray(frame: Frame) -> Frame:
    if frame.ndim == 2:
        return frame
    if frame.shape[2] == 4:
        return np.asarray(cv2.cvtColor(frame, cv2.COLOR_BGRA2GRAY), dtype=np.uint8)
    return np.asarray(cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY), dtype=np.uint8)


def _variants(frame: Frame) -> Iterator[Frame]:
    side = max(frame.shape[:2])
    if side > _MAX_SIDE:
        scale = _MAX_SIDE / side
        frame = np.asarray(
            cv2.resize(frame, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA),
            dtype=np.uint8,
        )
    yield frame
    gray = _gray(frame)
    block = max(31, (min(gray.shape[:2]) // 20) | 1)
    yield np.asarray(
        cv2.adaptiveThreshold(
            cv2.GaussianBlur(gray, (3, 3), 0),
            255,
            cv2.ADAPTIVE_THRESH_GAUSSIAN_C,
            cv2.THRESH_BINARY,
            block,
            5,
        ),
        dtype=np.uint8,
    )
    if side * 2 <= _MAX_SIDE * 1.5:
        yield np.asarray(
            cv2.resize(gray, None, fx=2, fy=2, interpolation=cv2.INTER_CUBIC), dtype=np.uint8
        )


def decode_qr(frame: Frame | None) -> str | None:
    """The text of the QR code in ``frame``, or None when there is none that decodes."""
    if frame is None or frame.size == 0 or frame.ndim not in (2, 3):
        return None
    frame = np.ascontiguousarray(frame, dtype=np.uint8)
    detector = cv2.QRCodeDetector()
    for variant in _variants(frame):
        try:
            text, _points, _straight = detector.detectAndDecode(variant)
        except cv2.error:
            continue  # degenerate geometry in a noisy frame: try the next variant
        if text:
            return str(text)
    return None


class QrScanner:
    """Scans a frame source for a QR code from one worker thread.

    The source is opened at the start of each :meth:`scan` and closed at its end,
    so the camera is only in use while someone is scanning.
    """

    def __init__(
        self,
        source: FrameSource,
        executor: ThreadPoolExecutor | None = None,
    ) -> None:
        self._source = source
        self._owns_executor = executor is None
        self._executor = executor or ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="qr-camera"
        )
        self._closed = False

    async def scan(self, timeout_s: float, cancel: asyncio.Event | None = None) -> str | None:
        """The first code seen within ``timeout_s``; None on timeout or when ``cancel`` is set."""
        if self._closed:
            raise RuntimeError("QrScanner is closed")
        loop = asyncio.get_running_loop()
        deadline = time.monotonic() + timeout_s
        started = time.monotonic()
        frames = 0
        await loop.run_in_executor(self._executor, self._source.open)
        try:
            while time.monotonic() < deadline and not (cancel is not None and cancel.is_set()):
                got_frame, text = await loop.run_in_executor(self._executor, self._read_once)
                frames += got_frame
                if text is not None:
                    log.info(
                        "qr.found",
                        extra={"frames": frames, "ms": round((time.monotonic() - started) * 1000)},
                    )
                    return text
                if not got_frame:
                    await asyncio.sleep(_IDLE_WAIT_S)
            log.info(
                "qr.not_found",
                extra={"frames": frames, "cancelled": bool(cancel and cancel.is_set())},
            )
            return None
        finally:
            await asyncio.shield(loop.run_in_executor(self._executor, self._source.close))

    def _read_once(self) -> tuple[bool, str | None]:
        frame = self._source.read()
        if frame is None:
            return False, None
        # Decoded in the worker; the frame is dropped when this returns.
        return True, decode_qr(frame)

    def close(self) -> None:
        """Release the camera and the worker thread (if this scanner made it)."""
        if self._closed:
            return
        self._closed = True
        if self._owns_executor:
            self._executor.submit(self._source.close)
            self._executor.shutdown(wait=True)
        else:
            self._executor.submit(self._source.close).result()
