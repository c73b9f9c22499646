"""Fixtures shared by the kiosk's test folders."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kiosk.portal.embedded import EmbeddedPortal


@pytest.fixture(scope="session")
def journey_portal(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedPortal]:
    """The reference portal on loopback: seeded demo data, one enrolled kiosk, no rate limit."""
    server = EmbeddedPortal.start(
        workdir=tmp_path_factory.mktemp("journey-portal"), extra_serve_args=("--rate-limit", "0")
    )
    try:
        yield server
    finally:
        server.stop()
