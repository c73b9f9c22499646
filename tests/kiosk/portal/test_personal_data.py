"""Personal data stays out of logs, and out of the outbox files in plaintext."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from kiosk.portal.client import PortalClient
from kiosk.portal.embedded import EmbeddedPortal
from kiosk.portal.errors import PortalValidationError
from kiosk.portal.outbox import Outbox, OutboxState
from kiosk.portal.sender import SubmissionSender
from kiosk.portal.settings import PortalSettings
from kiosk.secrets import SecretStore
from tests.kiosk.portal.fakes import CANARIES, StaticToken, canary_request, free_port, run


def test_logs_carry_no_personal_data(
    portal: EmbeddedPortal, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    async def scenario() -> None:
        settings = PortalSettings(url=portal.url, timeout_s=10)
        async with PortalClient(settings, StaticToken(portal.token)) as client:
            sender = SubmissionSender(client, Outbox(tmp_path / "a", bytes(32)))
            await sender.submit(canary_request("logs"))
            with pytest.raises(PortalValidationError):
                await sender.submit(canary_request(description="too short"))
            await sender.stop()
        down = PortalSettings(url=f"http://127.0.0.1:{free_port()}", timeout_s=2)
        async with PortalClient(down, StaticToken(portal.token)) as client:
            sender = SubmissionSender(client, Outbox(tmp_path / "b", bytes(32)))
            await sender.submit(canary_request("offline"))
            await sender.stop()

    with caplog.at_level(logging.DEBUG):
        run(scenario())
    text = caplog.text + " ".join(str(r.__dict__) for r in caplog.records)
    assert "portal.request" in text and "outbox.enqueued" in text
    for canary in (*CANARIES, portal.token):
        assert canary not in text


def test_queued_outbox_files_hold_no_plaintext_canaries(tmp_path: Path) -> None:
    async def scenario() -> Outbox:
        outbox = Outbox(tmp_path, bytes(range(32)))
        down = PortalSettings(url=f"http://127.0.0.1:{free_port()}", timeout_s=2)
        async with PortalClient(down, StaticToken("t")) as client:
            sender = SubmissionSender(client, outbox)
            for n in range(10):
                await sender.submit(canary_request(f"disk-{n}"), attempt_now=n % 2 == 0)
            await sender.stop()
        return outbox

    outbox = run(scenario())
    assert outbox.counts()[OutboxState.QUEUED] == 10
    files = sorted(tmp_path.glob("outbox.sqlite3*"))
    assert any(p.name.endswith("-wal") for p in files)
    for path in files:
        data = path.read_bytes()
        for canary in CANARIES:
            assert canary.encode() not in data, (path.name, canary)
    outbox.close()


def test_secret_store_token_drives_the_client(
    session_bus: str, portal: EmbeddedPortal, tmp_path: Path
) -> None:
    """The real chain: keyring (Secret Service) → bearer token → portal → outbox key."""
    store = SecretStore.open()
    store.set_device_token(portal.token)
    try:

        async def scenario() -> str:
            settings = PortalSettings(url=portal.url, timeout_s=10)
            async with PortalClient(settings, store) as client:
                outbox = Outbox(tmp_path, store.get_or_create_outbox_key())
                sender = SubmissionSender(client, outbox)
                outcome = await sender.submit(canary_request("keyring"))
                await sender.stop()
                return type(outcome).__name__

        assert run(scenario()) == "SubmissionConfirmed"
    finally:
        store.delete_device_token()
        store.delete_outbox_key()
