"""The running kiosk's connection to its portal: catalogue, outbox sender and heartbeat.

Start-up never waits for the network: the home screen shows the cached (or
bundled demo) catalogue at once, and the fresh one replaces it when the portal
answers. A portal that is down only means the cached catalogue stays on screen.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk import __version__
from kiosk.catalogue.model import Catalogue, CatalogueError, parse_catalogue
from kiosk.petitions.channel import Open311Petitions
from kiosk.petitions.open311_client import Open311Client
from kiosk.petitions.open311_settings import Open311Settings
from kiosk.portal.catalogue_cache import CatalogueCache
from kiosk.portal.client import PortalClient
from kiosk.portal.embedded import EmbeddedPortal
from kiosk.portal.outbox import Outbox, OutboxState
from kiosk.portal.sender import SubmissionSender
from kiosk.portal.settings import PortalSettings
from kiosk.secrets import SecretStore, SecretStoreError

log = logging.getLogger("kiosk.portal_link")

HEARTBEAT_S = 60.0


@dataclass(frozen=True, slots=True)
class PortalTarget:
    """Where the portal is; `embedded` is set when the kiosk runs the reference portal itself."""

    settings: PortalSettings
    embedded: EmbeddedPortal | None = None


def start_embedded_portal(store: SecretStore) -> PortalTarget:
    """The demo profile: the reference portal on loopback, enrolled, token in the keyring.

    Blocks for a second or two: call it from an executor, not the GUI thread.
    """
    # A fresh demo database in a temporary directory, removed when the portal stops.
    portal = EmbeddedPortal.start(kiosk_name="demo-kiosk")
    store.set_device_token(portal.token)
    settings = PortalSettings.from_mapping({"url": portal.url, "timeout_s": 10})
    log.info("embedded_portal_started")
    return PortalTarget(settings, portal)


def open311_channel(settings: PortalSettings, store: SecretStore) -> Open311Petitions | None:
    """Petitions to an Open311 server when `[portal] petitions_backend = "open311"`.

    The api_key lives in the keyring under `open311_api_key_name` (on the reference
    portal it is the kiosk's own device token, which is also the fallback).
    """
    if settings.petitions_backend != "open311" or settings.open311_url is None:
        return None
    key_name = settings.open311_api_key_name
    api_key = (store.get_secret(key_name) if key_name else None) or store.get_device_token()
    if not api_key:
        log.error("open311_api_key_missing")
        return None
    open311 = Open311Settings(url=settings.open311_url, api_key=api_key)
    log.info("petitions_via_open311")
    return Open311Petitions(Open311Client(open311))


class PortalLink:
    def __init__(
        self,
        data_dir: Path,
        *,
        profile: str,
        jurisdiction: str,
        languages: Sequence[str],
        on_catalogue: Callable[[Catalogue], None],
    ) -> None:
        self._data_dir = data_dir
        self._profile = profile
        self._jurisdiction = jurisdiction
        self._languages = tuple(languages)
        self._on_catalogue = on_catalogue
        self._started = time.monotonic()
        self.client: PortalClient | None = None
        self.outbox: Outbox | None = None
        self.sender: SubmissionSender | None = None
        self.petitions: Open311Petitions | None = None
        self._cache: CatalogueCache | None = None
        self._changeset: str | None = None
        self._heartbeat: asyncio.Task[None] | None = None
        self._target: PortalTarget | None = None
        self._connecting: asyncio.Task[None] | None = None
        self._health_figures: Callable[[], Mapping[str, Any]] | None = None

    def connect_in_background(self, settings: PortalSettings | None, *, demo: bool) -> None:
        """Open the keyring and reach the portal (or, demo, start one) without blocking."""
        self._connecting = asyncio.get_event_loop().create_task(self._connect(settings, demo))

    async def _connect(self, settings: PortalSettings | None, demo: bool) -> None:
        loop = asyncio.get_running_loop()
        try:
            store = await loop.run_in_executor(
                None,
                lambda: SecretStore.open(allow_file_backend=demo, file_backend_dir=self._data_dir),
            )
        except SecretStoreError as error:
            log.error("secret_store_unavailable", extra={"reason": str(error)[:200]})
            return
        if settings is not None:
            target = PortalTarget(settings)
        else:
            target = await loop.run_in_executor(None, start_embedded_portal, store)
        await self.start(target, store)

    async def start(self, target: PortalTarget, store: SecretStore) -> None:
        """Connect: cached catalogue first, then outbox sender, fresh catalogue, heartbeat."""
        self._target = target
        loop = asyncio.get_running_loop()
        self.client = PortalClient(target.settings, store)
        self._cache = CatalogueCache(self._data_dir / "cache", self.client)
        cached = self._cache.cached_catalogue(self._languages)
        if cached is not None:
            self._publish(cached, "cache")
        key = await loop.run_in_executor(None, store.get_or_create_outbox_key)
        self.outbox = Outbox(self._data_dir / "outbox", key)
        self.sender = SubmissionSender(self.client, self.outbox)
        self.sender.start()
        self.petitions = open311_channel(target.settings, store)
        await self.refresh_catalogue()
        self._heartbeat = asyncio.create_task(self._beat_forever())

    async def refresh_catalogue(self) -> None:
        assert self._cache is not None
        result = await self._cache.refresh_catalogue(self._languages)
        if result.error is not None:
            log.warning("catalogue_from_cache", extra={"code": result.error.code})
        self._changeset = result.changeset
        self._publish(result.catalogue, result.source)

    def _publish(self, document: dict[str, Any], source: str) -> None:
        try:
            catalogue = parse_catalogue(document).for_jurisdiction(self._jurisdiction)
        except CatalogueError as error:
            log.error("catalogue_unusable", extra={"source": source, "reason": str(error)[:200]})
            return
        log.info("catalogue_loaded", extra={"source": source, "services": len(catalogue.services)})
        self._on_catalogue(catalogue)

    def set_health_figures(self, figures: Callable[[], Mapping[str, Any]]) -> None:
        """Add the fleet-health figures (kiosk.appliance.metrics) to every heartbeat."""
        self._health_figures = figures

    def health(self) -> dict[str, Any]:
        """What the heartbeat reports: counts and versions, nothing personal."""
        counts = self.outbox.counts() if self.outbox is not None else {}
        figures = dict(self._health_figures()) if self._health_figures is not None else {}
        return figures | {
            "app_version": __version__,
            "uptime_s": int(time.monotonic() - self._started),
            "outbox_pending": counts.get(OutboxState.QUEUED, 0)
            + counts.get(OutboxState.SENDING, 0),
            "profile": self._profile,
        }

    async def beat(self) -> None:
        assert self.client is not None
        changeset = await self.client.heartbeat(self.health())
        if changeset is not None and changeset != self._changeset:
            await self.refresh_catalogue()

    async def _beat_forever(self) -> None:
        while True:
            with contextlib.suppress(Exception):
                # A missed heartbeat is only a gap in the fleet view; the next one follows.
                await self.beat()
            await asyncio.sleep(HEARTBEAT_S)

    def close_now(self) -> None:
        """At exit, without the event loop: the outbox is crash-safe, so just let go."""
        for task in (self._connecting, self._heartbeat):
            if task is not None:
                task.cancel()
        if self.outbox is not None:
            self.outbox.close()
        if self._target is not None and self._target.embedded is not None:
            self._target.embedded.stop()

    async def stop(self) -> None:
        if self._heartbeat is not None:
            self._heartbeat.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._heartbeat
        if self.sender is not None:
            await self.sender.stop()
        if self.client is not None:
            await self.client.aclose()
        if self.petitions is not None:
            await self.petitions.aclose()
        if self.outbox is not None:
            self.outbox.close()
        if self._target is not None and self._target.embedded is not None:
            self._target.embedded.stop()
