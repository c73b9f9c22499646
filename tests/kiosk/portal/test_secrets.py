"""SecretStore against a real gnome-keyring on a private D-Bus session."""

from __future__ import annotations

import logging
import uuid
from pathlib import Path

import pytest

from kiosk.secrets import OUTBOX_KEY_BYTES, SecretStore, SecretStoreUnavailable


def test_device_token_round_trip(session_bus: str) -> None:
    store = SecretStore.open()
    assert store.uses_secret_service
    token = f"tok-{uuid.uuid4()}"
    store.set_device_token(token)
    # A second store (new D-Bus connection) sees what the first one wrote.
    assert SecretStore.open().get_device_token() == token
    store.delete_device_token()
    assert store.get_device_token() is None
    store.delete_device_token()  # deleting twice is fine


def test_outbox_key_is_created_once_and_kept(session_bus: str) -> None:
    store = SecretStore.open()
    store.delete_outbox_key()
    assert store.get_outbox_key() is None
    key = store.get_or_create_outbox_key()
    assert len(key) == OUTBOX_KEY_BYTES
    assert SecretStore.open().get_or_create_outbox_key() == key
    store.delete_outbox_key()


def test_named_secrets_are_independent(session_bus: str) -> None:
    store = SecretStore.open()
    store.set_secret("open311-api-key", "k1")
    store.set_device_token("t1")
    assert store.get_secret("open311-api-key") == "k1"
    assert store.get_device_token() == "t1"
    store.delete_secret("open311-api-key")
    store.delete_device_token()


def test_no_secret_service_is_an_error_not_a_fallback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path / 'no-bus'}")
    with pytest.raises(SecretStoreUnavailable, match="D-Bus"):
        SecretStore.open()
    with pytest.raises(SecretStoreUnavailable, match="no directory"):
        SecretStore.open(allow_file_backend=True)
    assert not list(tmp_path.iterdir())


def test_file_backend_only_when_allowed_and_loudly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path / 'no-bus'}")
    with caplog.at_level(logging.WARNING, logger="kiosk.secrets"):
        store = SecretStore.open(allow_file_backend=True, file_backend_dir=tmp_path / "data")
    assert not store.uses_secret_service
    assert [r.getMessage() for r in caplog.records] == ["secrets.file_backend_in_use"]
    store.set_device_token("demo-token")
    again = SecretStore.open(allow_file_backend=True, file_backend_dir=tmp_path / "data")
    assert again.get_device_token() == "demo-token"
    files = list((tmp_path / "data").iterdir())
    assert len(files) == 1
    assert files[0].stat().st_mode & 0o077 == 0
    assert "demo-token" not in caplog.text
