"""On-screen enrolment against the real reference portal, token into a real gnome-keyring.

The token and the PIN must be nowhere else: not in any file the kiosk wrote (settings,
audit trail, exported logs, lockout) and not in the logs.
"""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import pytest
import qasync
from PySide6.QtGui import QGuiApplication

from kiosk.app import Kiosk
from kiosk.config import load_config
from kiosk.portal.client import PortalClient
from kiosk.portal.embedded import EmbeddedPortal
from kiosk.portal.settings import PortalSettings
from kiosk.secrets import SecretStore
from tests.kiosk.admin.conftest import TEST_PIN, enter_pin, start_admin_kiosk
from tests.kiosk.async_helpers import run, run_until
from tests.kiosk.qml_helpers import item, settle, tap, type_text

REPO = Path(__file__).resolve().parents[3]


def _enrolment_code(portal: EmbeddedPortal, name: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "portal", "enrollment-code", name, "--db", str(portal.db_path)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
        check=True,
    )
    return done.stdout.split()[-1]


def _type_into(kiosk: Kiosk, name: str, text: str) -> None:
    field = item(kiosk, name)
    field.setProperty("text", "")
    field.forceActiveFocus()
    type_text(kiosk.window, text)


def _enrol_on_screen(kiosk: Kiosk, loop: qasync.QEventLoop, address: str, code: str) -> str:
    kiosk.admin.keyCombination()
    enter_pin(kiosk)
    tap(kiosk.window, item(kiosk, "adminTile_admin-portal"))
    _type_into(kiosk, "enrolAddressInput", address)
    _type_into(kiosk, "enrolCodeInput", code)
    QGuiApplication.inputMethod().hide()  # the keyboard put away, as "Hide" on it does
    settle()
    tap(kiosk.window, item(kiosk, "enrolButton"))
    message = item(kiosk, "enrolMessage")
    run_until(
        loop,
        lambda: not kiosk.admin.diagnostics.property("portal")["enrolling"],
        what="the enrolment to finish",
    )
    return str(message.property("text"))


def test_admin_enrolment_stores_the_token_in_the_keyring_only(
    qasync_loop: qasync.QEventLoop,
    journey_portal: EmbeddedPortal,
    admin_keyring: SecretStore,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
) -> None:
    caplog.set_level(logging.INFO)
    kiosk = start_admin_kiosk(tmp_path, open_secrets=SecretStore.open)
    try:
        name = kiosk.config.kiosk_id
        message = _enrol_on_screen(
            kiosk, qasync_loop, journey_portal.url, _enrolment_code(journey_portal, name)
        )
        assert "enrolled with" in message
        token = admin_keyring.get_device_token()
        assert token
        # The portal knows this kiosk by that token.
        client = PortalClient(
            PortalSettings.from_mapping({"url": journey_portal.url}), SecretStore.open()
        )
        try:
            assert run(qasync_loop, client.discovery()).kiosk == name
        finally:
            run(qasync_loop, client.aclose())
        # The address (not the token) went into the settings file.
        saved = load_config(tmp_path / "kiosk.toml")
        assert saved.portal is not None and saved.portal.url == journey_portal.url
        # The code is spent: the field is empty again.
        assert item(kiosk, "enrolCodeInput").property("text") == ""
        # Export the logs too: one more file the kiosk writes.
        kiosk.admin.show("admin-logs")
        kiosk.admin.diagnostics.exportLogs(str(tmp_path / "exports"))
        assert list((tmp_path / "exports").glob("kiosk-logs-*.jsonl"))
    finally:
        kiosk.close()

    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert any(p.name == "admin-audit.jsonl" for p in written)
    for path in written:
        data = path.read_bytes()
        assert token.encode() not in data, path
        if path.name != "admin-pin":
            assert TEST_PIN.encode() not in data, path
    captured = capfd.readouterr()
    logs = caplog.text + captured.out + captured.err
    assert "enrolment" in (tmp_path / "admin-audit.jsonl").read_text()
    assert token not in logs
    assert TEST_PIN not in logs
    admin_keyring.delete_device_token()


def test_admin_enrolment_with_a_wrong_code_says_what_to_do(
    qasync_loop: qasync.QEventLoop,
    journey_portal: EmbeddedPortal,
    admin_keyring: SecretStore,
    tmp_path: Path,
) -> None:
    kiosk = start_admin_kiosk(tmp_path, open_secrets=SecretStore.open)
    try:
        message = _enrol_on_screen(kiosk, qasync_loop, journey_portal.url, "WRONGCODE1")
        assert "did not work" in message and "new one" in message
        assert admin_keyring.get_device_token() is None
        # What was typed stays, to be corrected.
        assert item(kiosk, "enrolAddressInput").property("text") == journey_portal.url
        assert load_config(tmp_path / "kiosk.toml").portal is None
    finally:
        kiosk.close()


def test_admin_enrolment_with_a_bad_address(
    qasync_loop: qasync.QEventLoop, admin_keyring: SecretStore, tmp_path: Path
) -> None:
    kiosk = start_admin_kiosk(tmp_path, open_secrets=SecretStore.open)
    try:
        message = _enrol_on_screen(kiosk, qasync_loop, "portal dot example", "ABC")
        assert "https://" in message
    finally:
        kiosk.close()
