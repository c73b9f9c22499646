"""Fixtures for the portal client tests: a real Secret Service, a real portal server."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kiosk.portal.embedded import EmbeddedPortal
from tests.kiosk.portal import secret_service
from tests.kiosk.portal_connection import reference_portal


@pytest.fixture(scope="session")
def secret_service_bus() -> Iterator[str]:
    with secret_service.required_secret_service() as address:
        yield address


@pytest.fixture
def session_bus(secret_service_bus: str, monkeypatch: pytest.MonkeyPatch) -> str:
    """Point this test's D-Bus clients (secretstorage) at the private Secret Service."""
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", secret_service_bus)
    return secret_service_bus


@pytest.fixture(scope="session")
def portal(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedPortal]:
    """The reference portal on loopback (seeded demo data, one enrolled kiosk, no rate limit)."""
    with reference_portal(tmp_path_factory.mktemp("portal")) as server:
        yield server
