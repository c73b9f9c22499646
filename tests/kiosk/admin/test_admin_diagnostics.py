"""Diagnostics pages: outbox counts and "Send now", printer, card reader, portal check, logs."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
import qasync

from kiosk.admin.log_export import redact_line
from kiosk.app import Kiosk
from kiosk.portal.embedded import EmbeddedPortal
from tests.kiosk.admin.conftest import enter_pin, start_admin_kiosk
from tests.kiosk.async_helpers import run, run_until
from tests.kiosk.portal_connection import connect
from tests.kiosk.qml_helpers import item, tap


def _open(kiosk: Kiosk, tile: str) -> None:
    kiosk.admin.keyCombination()
    enter_pin(kiosk)
    tap(kiosk.window, item(kiosk, f"adminTile_{tile}"))


def test_admin_outbox_counts_and_send_now(
    qasync_loop: qasync.QEventLoop, journey_portal: EmbeddedPortal, tmp_path: Path
) -> None:
    portal = run(qasync_loop, connect(journey_portal.url, journey_portal.token, tmp_path))
    kiosk = start_admin_kiosk(tmp_path, portal=portal)
    try:
        _open(kiosk, "admin-outbox")
        for state in ("queued", "sending", "failed_final", "delivered"):
            assert item(kiosk, f"outboxCount_{state}").property("text") == "0"
        tap(kiosk.window, item(kiosk, "retryOutboxButton"))
        assert "Sending now" in item(kiosk, "outboxMessage").property("text")

        # The portal check on the same connection: reachable, enrolled, clock close.
        kiosk.admin.show("admin-portal")
        tap(kiosk.window, item(kiosk, "checkPortalButton"))
        run_until(
            qasync_loop,
            lambda: bool(kiosk.admin.diagnostics.property("portal")["rows"]),
            what="the portal check",
        )
        rows = {r["label"]: r for r in kiosk.admin.diagnostics.property("portal")["rows"]}
        assert rows["Portal reachable"]["ok"]
        assert rows["This kiosk is enrolled"]["ok"]
        assert not rows["Secure connection (TLS)"]["ok"]  # loopback http: said plainly
    finally:
        kiosk.close()
        assert portal.sender is not None and portal.client is not None and portal.outbox
        run(qasync_loop, portal.sender.stop())
        run(qasync_loop, portal.client.aclose())
        portal.outbox.close()
    assert "outbox_retry" in (tmp_path / "admin-audit.jsonl").read_text()


def test_admin_printer_and_card_reader_say_when_none_is_set_up(
    qasync_loop: qasync.QEventLoop, admin_kiosk: Kiosk
) -> None:
    _open(admin_kiosk, "admin-printer")
    assert item(admin_kiosk, "printerReason").property("text") == "No printer is set up"
    tap(admin_kiosk.window, item(admin_kiosk, "printTestButton"))
    run_until(
        qasync_loop,
        lambda: "not available" in str(item(admin_kiosk, "printerMessage").property("text")),
        what="the test print",
    )
    admin_kiosk.admin.show("admin-devices")
    assert "No card reader" in item(admin_kiosk, "cardReaderState").property("text")


def test_admin_camera_test_read_shows_no_personal_data(
    qasync_loop: qasync.QEventLoop, admin_kiosk: Kiosk
) -> None:
    _open(admin_kiosk, "admin-devices")
    tap(admin_kiosk.window, item(admin_kiosk, "cameraTestButton"))
    diagnostics = admin_kiosk.admin.diagnostics
    run_until(
        qasync_loop,
        lambda: diagnostics.property("camera")["state"] != "running",
        timeout=40,
        what="a test read from the demo camera",
    )
    camera = diagnostics.property("camera")
    assert camera["state"] == "read", camera["message"]
    assert "check digits are right" in item(admin_kiosk, "cameraMessage").property("text")
    # Leaving the page lets the camera go.
    admin_kiosk.admin.close()
    assert not admin_kiosk.camera.id_scan.running  # type: ignore[union-attr]


def test_admin_log_export_is_redacted(
    admin_kiosk: Kiosk, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)  # as the app's logging set-up does
    logging.getLogger("kiosk.test").info(
        "admin_export_probe", extra={"cnp": "1800101200017", "device_token": "tok-secret-1"}
    )
    _open(admin_kiosk, "admin-logs")
    target = tmp_path / "exports"
    admin_kiosk.admin.diagnostics.exportLogs(str(target))
    assert "Saved as" in item(admin_kiosk, "logsMessage").property("text")
    (exported,) = target.glob("kiosk-logs-deva-lobby-1-*.jsonl")
    text = exported.read_text()
    assert "admin_export_probe" in text
    assert "1800101200017" not in text and "tok-secret-1" not in text
    assert "pin_accepted" in text  # the audit trail goes with it
    assert "T10:30:00" in text
    # Only the offered places: not any path typed in from QML.
    admin_kiosk.admin.diagnostics.exportLogs("/etc")
    assert not list(Path("/etc").glob("kiosk-logs-*"))


def test_admin_redact_line_drops_secret_fields() -> None:
    line = json.dumps(
        {"event": "x", "token": "abc", "pin": "1234", "status_code": 200, "note": "call 0722123456"}
    )
    cleaned = json.loads(redact_line(line) or "{}")
    assert cleaned == {"event": "x", "status_code": 200, "note": "call <digits>"}
