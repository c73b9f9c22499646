"""Fixtures for the admin screen tests: a kiosk with a known PIN, a real Secret Service."""

from __future__ import annotations

import dataclasses
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from kiosk.admin.pin import AdminPin, PinFile
from kiosk.app import Kiosk, build_kiosk
from kiosk.config import DEMO_PATH, AdminSettings, KioskConfig
from kiosk.portal_access import PortalAccess
from kiosk.secrets import SecretStore
from kiosk.session.clock import ManualClock
from tests.kiosk.portal import secret_service
from tests.kiosk.qml_helpers import START, demo_config, settle

TEST_PIN = "48263917"


@pytest.fixture(scope="session")
def admin_secret_service_bus() -> Iterator[str]:
    with secret_service.required_secret_service() as address:
        yield address


@pytest.fixture
def admin_keyring(admin_secret_service_bus: str, monkeypatch: pytest.MonkeyPatch) -> SecretStore:
    """The real gnome-keyring on a private D-Bus session, with no device token in it yet."""
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", admin_secret_service_bus)
    store = SecretStore.open()
    store.delete_device_token()
    return store


def admin_config(tmp_path: Path, **admin: object) -> tuple[KioskConfig, Path]:
    """The demo configuration in `tmp_path` (data, PIN hash and a writable copy of the file)."""
    config_path = tmp_path / "kiosk.toml"
    if not config_path.exists():
        shutil.copy(DEMO_PATH, config_path)
    pin_file = tmp_path / "admin-pin"
    if not pin_file.exists():
        PinFile(pin_file).save(AdminPin(TEST_PIN))
    settings = AdminSettings(pin_file=pin_file, **admin)  # type: ignore[arg-type]
    return demo_config(tmp_path, admin=settings), config_path


def start_admin_kiosk(
    tmp_path: Path,
    *,
    clock: ManualClock | None = None,
    portal: PortalAccess | None = None,
    open_secrets: Callable[[], SecretStore] | None = None,
    restart: Callable[[], None] | None = None,
) -> Kiosk:
    config, config_path = admin_config(tmp_path)
    # The tests read the technician's messages in English (the source language).
    config = dataclasses.replace(config, default_language="en")
    kiosk = build_kiosk(
        config,
        clock=clock or ManualClock(START),
        portal=portal,
        config_path=config_path,
        open_secrets=open_secrets,
        restart=restart,
    )
    kiosk.window.show()
    settle()
    return kiosk


def enter_pin(kiosk: Kiosk, pin: str = TEST_PIN) -> None:
    for digit in pin:
        kiosk.admin.digit(digit)
    kiosk.admin.submitPin()
    settle()


@pytest.fixture
def admin_kiosk(tmp_path: Path) -> Iterator[Kiosk]:
    kiosk = start_admin_kiosk(tmp_path)
    try:
        yield kiosk
    finally:
        kiosk.session.end("test")
        kiosk.close()


@pytest.fixture(autouse=True)
def _qt_application(qapp: object) -> object:
    """Every admin test may build a kiosk window: the Qt application must exist first."""
    return qapp
