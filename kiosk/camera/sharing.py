"""One camera, several users (the ID scan, the receipt's QR scan): one at a time.

:class:`SharedCamera` hands out :class:`CameraHandle` frame sources over the same
device. Opening a handle takes the camera; a second handle's ``open()`` waits a
moment for the first to let go (its worker may still be closing it) and then fails
with :class:`~device.camera.source.CameraError`, which every user already treats as
"the camera is not working".
"""

from __future__ import annotations

import logging
import threading

from device.camera.source import CameraError, ContextManaged, Frame, FrameSource

log = logging.getLogger("kiosk.camera")

HANDOVER_WAIT_S = 2.0


class SharedCamera:
    def __init__(self, source: FrameSource) -> None:
        self._source = source
        self._lock = threading.Lock()
        self._holder: str | None = None

    @property
    def holder(self) -> str | None:
        """Who has the camera open now (a handle's name), or None."""
        return self._holder

    def handle(self, name: str) -> CameraHandle:
        return CameraHandle(self, name)

    def _take(self, name: str) -> None:
        if not self._lock.acquire(timeout=HANDOVER_WAIT_S):
            log.warning("camera.busy", extra={"wanted_by": name, "held_by": self._holder})
            raise CameraError("the camera is in use")
        self._holder = name
        try:
            self._source.open()
        except BaseException:
            self._holder = None
            self._lock.release()
            raise

    def _read(self) -> Frame | None:
        return self._source.read()

    def _give_back(self) -> None:
        try:
            self._source.close()
        finally:
            self._holder = None
            self._lock.release()


class CameraHandle(ContextManaged):
    """A :class:`FrameSource` over a :class:`SharedCamera`, for one user."""

    def __init__(self, camera: SharedCamera, name: str) -> None:
        self._camera = camera
        self.name = name
        self._open = False

    @property
    def is_open(self) -> bool:
        return self._open

    def open(self) -> None:
        if self._open:
            return
        self._camera._take(self.name)
        self._open = True

    def read(self) -> Frame | None:
        if not self._open:
            raise CameraError("read() before open()")
        return self._camera._read()

    def close(self) -> None:
        if self._open:
            self._open = False
            self._camera._give_back()
