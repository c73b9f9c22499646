"""Where camera frames come from: one interface for the QR and MRZ readers.

A :class:`FrameSource` is opened, read frame by frame (BGR ``numpy`` arrays, or
None when no frame is available right now) and closed. Frames stay in memory;
nothing is written to disk. Sources are not thread-safe: each device uses one
source from its own single worker thread.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import Protocol, Self, runtime_checkable

import cv2
import numpy as np
import numpy.typing as npt

log = logging.getLogger("device.camera")

Frame = npt.NDArray[np.uint8]


class CameraError(RuntimeError):
    """The camera (or the image files standing in for it) cannot be used."""


@runtime_checkable
class FrameSource(Protocol):
    def open(self) -> None:
        """Acquire the device; raise :class:`CameraError` if it cannot be used."""

    def read(self) -> Frame | None:
        """The next BGR frame, or None when none is available (end of input, dropped frame)."""

    def close(self) -> None:
        """Release the device and drop buffered frames; safe to call twice."""

    def __enter__(self) -> Self: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...


class ContextManaged:
    """open() on entering a `with` block, close() on leaving it: the base of every source."""

    def open(self) -> None:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        self.open()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class ImageSequenceSource(ContextManaged):
    """The simulator: image files read once into memory, returned one per ``read()``.

    After the last image ``read()`` returns None, or starts over with ``loop=True``.
    A path that does not decode as an image yields a None frame in its place
    (like a dropped camera frame), so a reader never gets stuck on a bad file.
    """

    def __init__(self, paths: Sequence[str | Path], loop: bool = False) -> None:
        if not paths:
            raise ValueError("ImageSequenceSource needs at least one image path")
        self._paths = [Path(p) for p in paths]
        self._loop = loop
        self._frames: list[Frame | None] | None = None
        self._position = 0

    def open(self) -> None:
        if self._frames is None:
            self._frames = []
            for index, path in enumerate(self._paths):
                raw = cv2.imread(str(path), cv2.IMREAD_COLOR)
                if raw is None:
                    log.warning("camera.image_unreadable", extra={"index": index})
                self._frames.append(None if raw is None else np.asarray(raw, dtype=np.uint8))
            if all(f is None for f in self._frames):
                self._frames = None
                raise CameraError("none of the images could be read")
        self._position = 0

    def read(self) -> Frame | None:
        if self._frames is None:
            raise CameraError("read() before open()")
        if self._position >= len(self._frames):
            if not self._loop:
                return None
            self._position = 0
        frame = self._frames[self._position]
        self._position += 1
        return None if frame is None else frame.copy()

    def close(self) -> None:
        self._frames = None
        self._position = 0


# V4L2's auto-exposure menu as OpenCV's V4L2 backend passes it through.
V4L2_EXPOSURE_MANUAL = 1
V4L2_EXPOSURE_AUTO = 3


class VideoCaptureSource(ContextManaged):
    """OpenCV ``VideoCapture``: ``/dev/videoN`` by number (V4L2) or a video file / URL by path.

    Settings left at None keep the camera's own. ``exposure`` is "auto" or a V4L2
    exposure time (100 µs units); ``focus`` (0–255) applies with ``autofocus=False``.
    A camera that ignores a setting is logged, not refused: the picture still works.
    """

    def __init__(
        self,
        device: int | str,
        *,
        width: int | None = None,
        height: int | None = None,
        fps: int | None = None,
        autofocus: bool | None = None,
        focus: int | None = None,
        exposure: float | str | None = None,
    ) -> None:
        if isinstance(exposure, str) and exposure != "auto":
            raise ValueError('exposure must be "auto", a number or None')
        self._device = device
        self._size = (width, height)
        self._fps = fps
        self._autofocus = autofocus
        self._focus = focus
        self._exposure = exposure
        self._capture: cv2.VideoCapture | None = None

    def _settings(self) -> list[tuple[str, int, float]]:
        """(name, OpenCV property, value) in the order cameras expect them."""
        width, height = self._size
        wanted: list[tuple[str, int, float | None]] = [
            ("width", cv2.CAP_PROP_FRAME_WIDTH, width),
            ("height", cv2.CAP_PROP_FRAME_HEIGHT, height),
            ("fps", cv2.CAP_PROP_FPS, self._fps),
        ]
        if self._autofocus is not None:
            wanted.append(("autofocus", cv2.CAP_PROP_AUTOFOCUS, 1 if self._autofocus else 0))
        if self._focus is not None and self._autofocus is not True:
            wanted.append(("focus", cv2.CAP_PROP_FOCUS, self._focus))
        if self._exposure == "auto":
            wanted.append(("auto_exposure", cv2.CAP_PROP_AUTO_EXPOSURE, V4L2_EXPOSURE_AUTO))
        elif self._exposure is not None:
            wanted.append(("auto_exposure", cv2.CAP_PROP_AUTO_EXPOSURE, V4L2_EXPOSURE_MANUAL))
            wanted.append(("exposure", cv2.CAP_PROP_EXPOSURE, float(self._exposure)))
        return [(name, prop, float(value)) for name, prop, value in wanted if value is not None]

    def open(self) -> None:
        if self._capture is not None:
            return
        if isinstance(self._device, int):
            capture = cv2.VideoCapture(self._device, cv2.CAP_V4L2)
        else:
            capture = cv2.VideoCapture(str(self._device))
        if not capture.isOpened():
            capture.release()
            raise CameraError(f"cannot open camera {self._describe()}")
        if isinstance(self._device, int):
            for name, prop, value in self._settings():
                if not capture.set(prop, value):
                    log.info("camera.setting_ignored", extra={"setting": name})
        self._capture = capture
        log.info("camera.opened", extra={"device": self._describe()})

    def read(self) -> Frame | None:
        if self._capture is None:
            raise CameraError("read() before open()")
        ok, frame = self._capture.read()
        if not ok or frame is None:
            return None
        return np.asarray(frame, dtype=np.uint8)

    def close(self) -> None:
        if self._capture is not None:
            self._capture.release()
            self._capture = None
            log.info("camera.closed", extra={"device": self._describe()})

    def _describe(self) -> str:
        # A file path may name a person ("scan-popescu.avi"): log only its kind.
        return f"/dev/video{self._device}" if isinstance(self._device, int) else "video file"
