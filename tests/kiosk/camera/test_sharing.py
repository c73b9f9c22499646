"""One camera, two users (ID scan, receipt QR): never open at the same time."""

from pathlib import Path

import pytest

from device.camera.source import CameraError, ImageSequenceSource
from kiosk.camera import sharing
from kiosk.camera.sharing import SharedCamera
from tests.kiosk.camera.helpers import blank_frames


def test_the_camera_is_opened_by_one_user_at_a_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sharing, "HANDOVER_WAIT_S", 0.05)
    folder = blank_frames(tmp_path / "frames")
    camera = SharedCamera(ImageSequenceSource(sorted(folder.iterdir()), loop=True))
    id_scan, qr = camera.handle("id-scan"), camera.handle("qr")

    id_scan.open()
    assert id_scan.read() is not None
    with pytest.raises(CameraError):
        qr.open()
    assert camera.holder == "id-scan"

    id_scan.close()
    assert camera.holder is None
    with qr:
        assert qr.read() is not None
        assert camera.holder == "qr"
    assert camera.holder is None


def test_a_camera_that_fails_to_open_is_free_for_the_next_try(tmp_path: Path) -> None:
    camera = SharedCamera(ImageSequenceSource([tmp_path / "missing.png"]))
    handle = camera.handle("id-scan")
    with pytest.raises(CameraError):
        handle.open()
    assert camera.holder is None
    assert not handle.is_open
