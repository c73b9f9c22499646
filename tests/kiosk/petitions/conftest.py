"""Two Open311 servers for the petition client: the reference portal and an independent one."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kiosk.portal.embedded import EmbeddedPortal
from tests.kiosk.petitions.tiny_open311 import TinyOpen311, running_tiny_open311
from tests.kiosk.portal_connection import reference_portal


@pytest.fixture(scope="session")
def open311_portal(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedPortal]:
    """The reference portal on loopback with demo data; its kiosk device token is the api_key."""
    with reference_portal(tmp_path_factory.mktemp("open311-portal")) as server:
        yield server


@pytest.fixture
def tiny_open311() -> Iterator[TinyOpen311]:
    with running_tiny_open311() as server:
        yield server
