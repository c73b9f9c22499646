"""The kiosk's secrets (portal device token, outbox encryption key) in the system keyring.

Secrets are kept by a real Secret Service (gnome-keyring on the appliance, or a
private one started by ``packaging/with-secret-service.sh``) through ``keyring``.
There is deliberately no silent fallback: when no Secret Service answers,
:meth:`SecretStore.open` raises :class:`SecretStoreUnavailable` unless the caller
explicitly allows the plain-file store, which only the demo profile does; that
choice is logged as a warning event so it never goes unnoticed on an appliance.

Secret values are never logged and never written to config files. The calls are
blocking D-Bus round trips (milliseconds); call them at start-up or from an
executor, not in a hot path on the GUI thread.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
import logging
import os
import secrets
import tempfile
from pathlib import Path
from typing import Protocol

import keyring.errors
import secretstorage
import secretstorage.exceptions
from keyring.backends import SecretService

log = logging.getLogger("kiosk.secrets")

SERVICE_NAME = "eservices-kiosk"
DEVICE_TOKEN = "portal-device-token"
OUTBOX_KEY = "outbox-key"
OUTBOX_KEY_BYTES = 32  # AES-256-GCM
FILE_STORE_NAME = "demo-secrets.json"


class SecretStoreError(RuntimeError):
    """A secret could not be read or written."""


class SecretStoreUnavailable(SecretStoreError):
    """No usable Secret Service, and the plain-file store was not allowed."""


class _Backend(Protocol):
    """The three ``keyring`` backend calls this module needs."""

    def get_password(self, service: str, username: str) -> str | None: ...

    def set_password(self, service: str, username: str, password: str) -> None: ...

    def delete_password(self, service: str, username: str) -> None: ...


class SecretStore:
    """Named secrets of this kiosk under the keyring service ``eservices-kiosk``."""

    def __init__(self, backend: _Backend, *, uses_secret_service: bool) -> None:
        self._backend = backend
        self._uses_secret_service = uses_secret_service

    @classmethod
    def open(
        cls, *, allow_file_backend: bool = False, file_backend_dir: Path | None = None
    ) -> SecretStore:
        """Connect to the Secret Service, or (demo only) to a file in ``file_backend_dir``.

        Raises :class:`SecretStoreUnavailable` with the reason when the Secret Service
        is missing or its default collection is locked and the file store is not allowed.
        """
        try:
            _probe_secret_service()
        except SecretStoreUnavailable as reason:
            if not allow_file_backend:
                raise
            if file_backend_dir is None:
                raise SecretStoreUnavailable(
                    f"{reason}; the file store was allowed but no directory was given"
                ) from None
            log.warning(
                "secrets.file_backend_in_use",
                extra={"reason": str(reason)},
            )
            return cls(_FileBackend(file_backend_dir / FILE_STORE_NAME), uses_secret_service=False)
        # keyring's backend constructor carries no annotations.
        backend: _Backend = SecretService.Keyring()  # type: ignore[no-untyped-call]
        return cls(backend, uses_secret_service=True)

    @property
    def uses_secret_service(self) -> bool:
        """True when secrets live in a real Secret Service (False only in the demo)."""
        return self._uses_secret_service

    # Device token (issued by the portal at enrolment).

    def get_device_token(self) -> str | None:
        return self.get_secret(DEVICE_TOKEN)

    def set_device_token(self, token: str) -> None:
        if not token:
            raise ValueError("the device token must not be empty")
        self.set_secret(DEVICE_TOKEN, token)

    def delete_device_token(self) -> None:
        self.delete_secret(DEVICE_TOKEN)

    # Outbox key (random, made once per kiosk; losing it makes queued rows unreadable).

    def get_outbox_key(self) -> bytes | None:
        encoded = self.get_secret(OUTBOX_KEY)
        if encoded is None:
            return None
        try:
            key = base64.b64decode(encoded, validate=True)
        except binascii.Error:
            raise SecretStoreError("the stored outbox key is not valid base64") from None
        if len(key) != OUTBOX_KEY_BYTES:
            raise SecretStoreError("the stored outbox key has the wrong length")
        return key

    def get_or_create_outbox_key(self) -> bytes:
        key = self.get_outbox_key()
        if key is None:
            key = secrets.token_bytes(OUTBOX_KEY_BYTES)
            self.set_secret(OUTBOX_KEY, base64.b64encode(key).decode("ascii"))
            log.info("secrets.outbox_key_created")
        return key

    def delete_outbox_key(self) -> None:
        self.delete_secret(OUTBOX_KEY)

    # Any other named secret (e.g. the Open311 api_key named in the config).

    def get_secret(self, name: str) -> str | None:
        try:
            return self._backend.get_password(SERVICE_NAME, name)
        except Exception as error:
            raise _failure("read", name, error) from error

    def set_secret(self, name: str, value: str) -> None:
        try:
            self._backend.set_password(SERVICE_NAME, name, value)
        except Exception as error:
            raise _failure("write", name, error) from error

    def delete_secret(self, name: str) -> None:
        """Delete ``name``; deleting a secret that does not exist is not an error."""
        try:
            self._backend.delete_password(SERVICE_NAME, name)
        except keyring.errors.PasswordDeleteError:
            return
        except Exception as error:
            raise _failure("delete", name, error) from error


def _failure(action: str, name: str, error: Exception) -> SecretStoreError:
    if isinstance(error, SecretStoreError):
        return error
    # Backend exceptions may carry D-Bus details; our message names only the secret's
    # *name* and the exception type, never a value.
    return SecretStoreError(f"cannot {action} secret {name!r}: {type(error).__name__}")


def _probe_secret_service() -> None:
    """Raise SecretStoreUnavailable unless a Secret Service answers with an unlocked collection.

    Checked here rather than left to ``keyring``: its backend would ask the daemon to
    unlock a locked collection (or create a missing one), which prompts, and on a kiosk
    with no prompter that waits forever.
    """
    try:
        connection = secretstorage.dbus_init()
    except (secretstorage.exceptions.SecretServiceNotAvailableException, OSError) as error:
        # secretstorage wraps only some connection failures; a missing socket is an OSError.
        raise SecretStoreUnavailable(f"no D-Bus session bus ({error})") from None
    try:
        if not secretstorage.check_service_availability(connection):
            raise SecretStoreUnavailable("no Secret Service on the session bus")
        try:
            # Not get_default_collection(): that would create one, which prompts.
            collection = secretstorage.Collection(connection)
        except secretstorage.exceptions.SecretStorageException as error:
            raise SecretStoreUnavailable(f"no default keyring collection ({error})") from None
        if collection.is_locked():
            raise SecretStoreUnavailable("the default keyring collection is locked")
    finally:
        connection.close()


class _FileBackend:
    """Demo-only store: a JSON file readable by this user alone. Not encrypted."""

    def __init__(self, path: Path) -> None:
        self._path = path

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        entries = self._load()
        entries[f"{service}/{username}"] = password
        self._save(entries)

    def delete_password(self, service: str, username: str) -> None:
        entries = self._load()
        if entries.pop(f"{service}/{username}", None) is None:
            raise keyring.errors.PasswordDeleteError("no such secret")
        self._save(entries)

    def _load(self) -> dict[str, str]:
        try:
            raw = self._path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return {}
        loaded = json.loads(raw)
        if not isinstance(loaded, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in loaded.items()
        ):
            raise SecretStoreError(f"{self._path} is not a secrets file")
        return loaded

    def _save(self, entries: dict[str, str]) -> None:
        self._path.parent.mkdir(parents=True, exist_ok=True)
        # Written next to the target and renamed, so a crash never leaves half a file;
        # mkstemp creates it 0600 before any secret is written.
        fd, tmp = tempfile.mkstemp(prefix=".secrets-", dir=self._path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(entries, handle)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self._path)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
            raise
