"""The face from the chip for QML (``image://chipface/<n>``), in memory only.

Shown to the citizen on the id-scan screen and nowhere else; :meth:`FaceStore.blank`
(called by the session wipe) forgets it. It is never written anywhere.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage
from PySide6.QtQuick import QQuickImageProvider

from device.emrtd.lds import FaceImage, decode_face
from kiosk.camera.preview import PreviewStore, preview_image

PROVIDER_ID = "chipface"
# Chip portraits are small (ICAO suggests 240 × 320); never scale one down.
FACE_MAX_WIDTH = 4096


def face_qimage(face: FaceImage) -> QImage:
    return preview_image(np.asarray(decode_face(face), dtype=np.uint8), width=FACE_MAX_WIDTH)


class FaceStore(PreviewStore):
    """The face read from the chip; ``put(None)`` when the chip had none."""

    def put(self, image: QImage | None) -> None:
        if image is None:
            self.blank()
        else:
            super().put(image)


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
