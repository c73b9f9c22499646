"""The running kiosk's portal link: catalogue from the portal, cache when it is down, heartbeat."""

import asyncio
import json
import socket
from pathlib import Path

from kiosk.catalogue.model import Catalogue
from kiosk.portal.embedded import EmbeddedPortal
from kiosk.portal.settings import PortalSettings
from kiosk.portal_link import PortalLink, PortalTarget, start_embedded_portal
from kiosk.secrets import SecretStore


def _link(data_dir: Path, seen: list[tuple[str, Catalogue]]) -> PortalLink:
    return PortalLink(
        data_dir,
        profile="lobby",
        jurisdiction="RO",
        languages=("ro", "en"),
        on_catalogue=lambda c: seen.append(("update", c)),
    )


def test_catalogue_comes_from_the_portal_then_from_cache(
    session_bus: str, portal: EmbeddedPortal, tmp_path: Path
) -> None:
    store = SecretStore.open()
    assert store.uses_secret_service
    store.set_device_token(portal.token)
    settings = PortalSettings.from_mapping({"url": portal.url})
    seen: list[tuple[str, Catalogue]] = []

    async def online() -> dict[str, object]:
        link = _link(tmp_path, seen)
        await link.start(PortalTarget(settings), store)
        await link.beat()
        health = link.health()
        await link.stop()
        return health

    health = asyncio.run(online())
    assert seen, "the portal's catalogue reaches the home screen"
    catalogue = seen[-1][1]
    assert catalogue.services and {s.jurisdiction for s in catalogue.services} == {"RO"}
    assert set(catalogue.services[0].name) == {"ro", "en"}
    assert set(health) == {"app_version", "uptime_s", "outbox_pending", "profile"}

    # The portal is unreachable now: a fresh start still shows the cached catalogue.
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        dead_url = f"http://127.0.0.1:{probe.getsockname()[1]}"
    offline: list[tuple[str, Catalogue]] = []

    async def down() -> None:
        link = _link(tmp_path, offline)
        await link.start(
            PortalTarget(PortalSettings.from_mapping({"url": dead_url, "timeout_s": 2})), store
        )
        await link.stop()

    asyncio.run(down())
    assert offline and [s.code for s in offline[-1][1].services] == [
        s.code for s in catalogue.services
    ]


def test_demo_starts_its_own_portal_and_stops_it(session_bus: str, tmp_path: Path) -> None:
    store = SecretStore.open()
    target = start_embedded_portal(store)
    assert target.embedded is not None
    assert store.get_device_token() == target.embedded.token
    seen: list[tuple[str, Catalogue]] = []
    link = _link(tmp_path, seen)

    async def run() -> None:
        await link.start(target, store)
        await link.stop()

    asyncio.run(run())
    assert seen
    url = target.settings.url
    host, port = url.split("//", 1)[1].split("/", 1)[0].rsplit(":", 1)
    with socket.socket() as client:
        client.settimeout(2)
        assert client.connect_ex((host, int(port))) != 0, "the demo portal stops with the kiosk"
    assert json.dumps([s.code for s in seen[-1][1].services])
