"""The frame source the `[camera]` configuration asks for.

"auto" tries the real camera when a scan starts and falls back to the simulated one
(fictional sample ID cards) if it does not open; nothing is opened at start-up. A
source that cannot work (no images in the folder, no such device) still exists: its
``open()`` fails, and the scan screen says the camera is not working.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from device.camera.source import (
    CameraError,
    ContextManaged,
    Frame,
    FrameSource,
    ImageSequenceSource,
    VideoCaptureSource,
)
from kiosk.config import CameraSettings

log = logging.getLogger("kiosk.camera")


# The simulator shows sample cards of the kiosk's country.
_CARD_COUNTRY = {"RO": "ROU", "MD": "MDA", "BG": "BGR", "UA": "UKR"}


def frame_source_for(settings: CameraSettings, country: str = "RO") -> FrameSource | None:
    """The configured source, not yet opened; None when the kiosk has no camera."""
    if settings.source == "none":
        return None
    if settings.source == "images":
        return _image_folder(Path(settings.path))
    if settings.source == "file":
        return VideoCaptureSource(settings.path)
    simulated = simulated_camera(_CARD_COUNTRY.get(country))
    if settings.source == "simulated":
        return simulated
    device = _device(settings)
    if settings.source == "device":
        return device
    # Without the device node the simulator will be needed: it may get ready in advance.
    missing = not Path(f"/dev/video{settings.device}").exists()
    return FallbackSource(device, simulated, warm_up_fallback=missing)


def _device(settings: CameraSettings) -> VideoCaptureSource:
    return VideoCaptureSource(
        settings.device,
        width=settings.width,
        height=settings.height,
        fps=settings.fps,
        autofocus=settings.autofocus,
        focus=settings.focus,
        exposure=settings.exposure,
    )


_simulators: dict[str | None, SimulatedCamera] = {}


def simulated_camera(country: str | None) -> SimulatedCamera:
    """One simulator per card country and process: its cards are rendered only once."""
    if country not in _simulators:
        _simulators[country] = SimulatedCamera(lambda: _simulated(country))
    return _simulators[country]


def _simulated(country: str | None) -> FrameSource:
    from device.camera.simulated import SampleCardSource

    # fps=None: a frame on every read; the capture worker keeps the camera's pace.
    return SampleCardSource(country=country, fps=None)


def _image_folder(path: Path) -> FrameSource:
    files = sorted(p for p in path.iterdir() if p.is_file()) if path.is_dir() else [path]
    if not files or not all(f.exists() for f in files):
        return UnusableSource("no images at the configured path")
    return ImageSequenceSource(files, loop=True)


class UnusableSource(ContextManaged):
    """A configured camera that cannot work: every ``open()`` fails with the reason."""

    def __init__(self, reason: str) -> None:
        self._reason = reason

    def open(self) -> None:
        raise CameraError(self._reason)

    def read(self) -> Frame | None:
        raise CameraError(self._reason)

    def close(self) -> None:
        pass


class SimulatedCamera(ContextManaged):
    """The simulator, rendered once and kept between scans.

    Rendering the sample cards takes seconds, so it happens once: in the background
    after :meth:`warm_up` (when the scan is offered), or at the first ``open()``. Its
    frames are fictional cards, not anybody's data, so ``close()`` keeps them for the
    next scan (and the next kiosk in the same process); :meth:`release` frees them.
    """

    def __init__(self, make: Callable[[], FrameSource]) -> None:
        self._make = make
        self._source: FrameSource | None = None
        self._lock = threading.Lock()
        self._warming: threading.Thread | None = None

    def warm_up(self) -> None:
        if self._source is None and self._warming is None:
            self._warming = threading.Thread(
                target=self._ready, name="camera-simulator", daemon=True
            )
            self._warming.start()

    def _ready(self) -> FrameSource:
        with self._lock:
            if self._source is None:
                source = self._make()
                source.open()
                self._source = source
            return self._source

    def open(self) -> None:
        self._ready().open()  # again: from the first frame

    def read(self) -> Frame | None:
        if self._source is None:
            raise CameraError("read() before open()")
        return self._source.read()

    def close(self) -> None:
        pass  # fictional frames, kept for the next scan (see the class docstring)

    def release(self) -> None:
        with self._lock:
            if self._source is not None:
                self._source.close()
                self._source = None


class FallbackSource(ContextManaged):
    """The first source if it opens, else the simulator (the first is tried at every open)."""

    def __init__(
        self, first: FrameSource, fallback: SimulatedCamera, *, warm_up_fallback: bool = False
    ) -> None:
        self._first = first
        self._fallback = fallback
        self._warm_up_fallback = warm_up_fallback
        self._active: FrameSource | None = None

    def warm_up(self) -> None:
        if self._warm_up_fallback:
            self._fallback.warm_up()

    @property
    def using_fallback(self) -> bool:
        return self._active is not None and self._active is not self._first

    def open(self) -> None:
        if self._active is not None:
            return
        try:
            self._first.open()
            self._active = self._first
        except CameraError:
            log.info("camera.simulated_instead")
            self._fallback.open()
            self._active = self._fallback

    def read(self) -> Frame | None:
        if self._active is None:
            raise CameraError("read() before open()")
        return self._active.read()

    def close(self) -> None:
        if self._active is not None:
            active, self._active = self._active, None
            active.close()
