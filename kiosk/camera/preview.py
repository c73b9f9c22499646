"""The live camera picture for QML: ``Image { source: "image://camera/<n>" }``.

The capture worker shrinks each frame it shows (to ``PREVIEW_WIDTH``), converts it to a
``QImage`` and puts it in a :class:`PreviewStore`; QML asks the
:class:`CameraImageProvider` for it, with a new number in the URL for every frame.
Only the latest picture is kept, in memory; :meth:`PreviewStore.blank` forgets it.
"""

from __future__ import annotations

import threading

import cv2
import numpy as np
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage
from PySide6.QtQuick import QQuickImageProvider

from device.camera.source import Frame

PROVIDER_ID = "camera"
PREVIEW_WIDTH = 640


def preview_image(frame: Frame, width: int = PREVIEW_WIDTH, mirror: bool = False) -> QImage:
    """A ``width`` pixels wide RGB copy of a BGR (or grey) frame, mirrored if asked."""
    height, original_width = frame.shape[:2]
    if original_width > width:
        size = (width, max(1, round(height * width / original_width)))
        frame = np.asarray(cv2.resize(frame, size, interpolation=cv2.INTER_AREA), dtype=np.uint8)
    if mirror:
        frame = np.asarray(cv2.flip(frame, 1), dtype=np.uint8)
    if frame.ndim == 2:
        rgb = cv2.cvtColor(frame, cv2.COLOR_GRAY2RGB)
    elif frame.shape[2] == 4:
        rgb = cv2.cvtColor(frame, cv2.COLOR_BGRA2RGB)
    else:
        rgb = cv2.cvtColor(frame, cv2.COLOR_BGR2RGB)
    rgb = np.ascontiguousarray(rgb, dtype=np.uint8)
    h, w = rgb.shape[:2]
    # copy(): the QImage must own its pixels once the array is gone.
    return QImage(rgb.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()


class PreviewStore:
    """The latest preview picture, shared between the capture worker and the GUI thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._image: QImage | None = None

    def put(self, image: QImage) -> None:
        with self._lock:
            self._image = image

    def latest(self) -> QImage | None:
        with self._lock:
            return self._image

    def blank(self) -> None:
        with self._lock:
            self._image = None

    @property
    def empty(self) -> bool:
        with self._lock:
            return self._image is None


class CameraImageProvider(QQuickImageProvider):
    """``image://camera/…``: the store's latest picture, or a dark one when there is none.

    The engine owns (and deletes) the provider; the store outlives it.
    """

    def __init__(self, store: PreviewStore) -> None:
        super().__init__(QQuickImageProvider.ImageType.Image)
        self._store = store
        self.requests = 0

    def requestImage(self, id: str, size: QSize, requested_size: QSize) -> QImage:
        self.requests += 1
        image = self._store.latest()
        if image is None:
            image = QImage(16, 10, QImage.Format.Format_RGB888)
            image.fill(QColor("#202020"))
        size.setWidth(image.width())
        size.setHeight(image.height())
        return image
