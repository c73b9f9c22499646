"""The face from the chip for QML (``image://chipface/<n>``), in memory only.

Shown to the citizen on the id-scan screen and nowhere else; :meth:`FaceStore.blank`
(called by the session wipe) forgets it. It is never written anywhere.
"""

from __future__ import annotations

import threading

import cv2
import numpy as np
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage
from PySide6.QtQuick import QQuickImageProvider

from device.emrtd.lds import FaceImage, decode_face

PROVIDER_ID = "chipface"


def face_qimage(face: FaceImage) -> QImage:
    pixels = np.asarray(decode_face(face), dtype=np.uint8)
    rgb = np.ascontiguousarray(cv2.cvtColor(pixels, cv2.COLOR_BGR2RGB), dtype=np.uint8)
    height, width = rgb.shape[:2]
    return QImage(rgb.data, width, height, 3 * width, QImage.Format.Format_RGB888).copy()


class FaceStore:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._image: QImage | None = None

    def put(self, image: QImage | None) -> None:
        with self._lock:
            self._image = image

    def latest(self) -> QImage | None:
        with self._lock:
            return self._image

    def blank(self) -> None:
        self.put(None)


class FaceImageProvider(QQuickImageProvider):
    def __init__(self, store: FaceStore) -> None:
        super().__init__(QQuickImageProvider.ImageType.Image)
        self._store = store

    def requestImage(self, id: str, size: QSize, requested_size: QSize) -> QImage:
        image = self._store.latest()
        if image is None:
            image = QImage(12, 16, QImage.Format.Format_RGB888)
            image.fill(QColor("#d0d0d0"))
        size.setWidth(image.width())
        size.setHeight(image.height())
        return image
