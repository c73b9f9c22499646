"""Fixtures for the portal client tests: a real Secret Service, a real portal server."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kiosk.portal.embedded import EmbeddedPortal
from tests.kiosk.portal import secret_service


@pytest.fixture(scope="session")
def secret_service_bus() -> Iterator[str]:
    if not secret_service.available():
        # `make test` installs both; a skip here would hide a broken set-up.
        pytest.fail("gnome-keyring / dbus not installed (see packaging/apt-runtime.txt)")
    with secret_service.running_secret_service() as address:
        yield address


@pytest.fixture
def session_bus(secret_service_bus: str, monkeypatch: pytest.MonkeyPatch) -> str:
    """Point this test's D-Bus clients (secretstorage) at the private Secret Service."""
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", secret_service_bus)
    return secret_service_bus


@pytest.fixture(scope="session")
def portal(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedPortal]:
    """The reference portal on loopback (seeded demo data, one enrolled kiosk, no rate limit)."""
    server = EmbeddedPortal.start(
        workdir=tmp_path_factory.mktemp("portal"), extra_serve_args=("--rate-limit", "0")
    )
    try:
        yield server
    finally:
        server.stop()
