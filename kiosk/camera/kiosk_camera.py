"""The kiosk's one camera and its users, built from the `[camera]` configuration.

The ID scan (:class:`~kiosk.camera.scan.CameraScan`, MRZ) and the status screen's
receipt QR scan (:class:`~device.qr.reader.QrScanner`) each get a handle on the same
:class:`~kiosk.camera.sharing.SharedCamera`, so the device is opened by one of them
at a time and only while someone scans.
"""

from __future__ import annotations

from device.qr.reader import QrScanner
from kiosk.camera.preview import PROVIDER_ID, CameraImageProvider, PreviewStore
from kiosk.camera.scan import CameraScan, Recognizer
from kiosk.camera.sharing import SharedCamera
from kiosk.camera.sources import FallbackSource, SimulatedCamera, frame_source_for
from kiosk.config import CameraSettings

DEFAULT_CAPTURE_FPS = 30


def mrz_reader() -> Recognizer:
    from device.mrz.reader import MrzReader

    return MrzReader()


class KioskCamera:
    provider_id = PROVIDER_ID

    def __init__(self, settings: CameraSettings, country: str = "RO") -> None:
        self.settings = settings
        self.preview = PreviewStore()
        source = frame_source_for(settings, country)
        self._source = source
        self.shared = SharedCamera(source) if source is not None else None
        self.id_scan: CameraScan | None = None
        self.qr_scanner: QrScanner | None = None
        if self.shared is not None:
            self.id_scan = CameraScan(
                self.shared.handle("id-scan"),
                self.preview,
                mrz_reader,
                capture_fps=settings.fps or DEFAULT_CAPTURE_FPS,
                mirror_preview=settings.mirror_preview,
                prepare=self.warm_up,
            )
            self.qr_scanner = QrScanner(self.shared.handle("qr"))

    def image_provider(self) -> CameraImageProvider:
        """A provider for one QML engine (the engine owns and deletes it)."""
        return CameraImageProvider(self.preview)

    def warm_up(self) -> None:
        """A scan is offered: the simulator (if it will be used) renders its cards now."""
        if isinstance(self._source, SimulatedCamera | FallbackSource):
            self._source.warm_up()

    def close(self) -> None:
        """The kiosk closes: stop scanning and let the camera and its threads go."""
        if self.id_scan is not None:
            self.id_scan.wipe()
        if self.qr_scanner is not None:
            self.qr_scanner.close()
