"""Fixtures shared by the kiosk's test folders."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kiosk.portal.embedded import EmbeddedPortal
from tests.kiosk.portal_connection import reference_portal


@pytest.fixture(scope="session")
def journey_portal(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedPortal]:
    """The reference portal on loopback: seeded demo data, one enrolled kiosk, no rate limit."""
    with reference_portal(tmp_path_factory.mktemp("journey-portal")) as server:
        yield server
