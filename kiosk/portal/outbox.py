"""The outbox: submissions waiting for the portal, durable across crashes and power cuts.

One SQLite file in the kiosk data directory (WAL, ``synchronous=FULL``: a row the
citizen was told about survives a power cut). A submission is written together
with its idempotency key *before* the first attempt, so after any crash it is
re-sent with the same key and the portal replays instead of registering twice.

Rows (table ``pending``) move through::

    queued ──claim──▶ sending ──▶ (delivered: row deleted, delivery record kept)
      ▲                  │  └────▶ failed_final (400/401/403/404/422, or unreadable)
      └── transient ─────┘
    sending ──(process died)──▶ queued   (on open)

The request body (applicant, form data, contact: everything personal) is sealed
with AES-256-GCM under a key from the system keyring; identifiers, the service
code, states, attempt counts and HTTP statuses are in clear for the admin screen.

Retention, chosen so personal data stays on disk no longer than it is useful:

* delivered rows are deleted in the same transaction that records the delivery;
* the delivery record (client reference → registration number, access code,
  status; nothing personal) is kept :data:`DELIVERY_RETENTION_S` (30 days), so a
  citizen holding a provisional slip can look up the status at the kiosk;
* failed_final rows keep their sealed body :data:`FAILED_RETENTION_S` (7 days,
  the portal's minimum idempotency-key lifetime), so staff can re-queue them,
  e.g. after re-enrolling a revoked kiosk, without risking a duplicate; then they
  are purged.

The class is synchronous and thread-safe (one connection behind a lock); async
callers run it on a single-worker executor so the GUI thread never waits on fsync.
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from kiosk.portal.payload_seal import PayloadSeal, PayloadUnreadable

log = logging.getLogger("kiosk.portal.outbox")

DB_NAME = "outbox.sqlite3"
DELIVERY_RETENTION_S = 30 * 24 * 3600.0
FAILED_RETENTION_S = 7 * 24 * 3600.0
UNREADABLE_CODE = "outbox.unreadable"

# Crockford base32 without I, L, O, U: a reference read aloud over the phone
# or typed back from a paper slip survives 0/O and 1/I confusions.
_REFERENCE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS pending (
    client_reference TEXT PRIMARY KEY,
    idempotency_key  TEXT NOT NULL UNIQUE,
    service_code     TEXT NOT NULL,
    state            TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'failed_final')),
    attempts         INTEGER NOT NULL DEFAULT 0,
    created_at       REAL NOT NULL,
    next_attempt_at  REAL NOT NULL,
    updated_at       REAL NOT NULL,
    last_status      INTEGER,
    last_error_code  TEXT,
    sealed_body      BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS pending_due ON pending (state, next_attempt_at);
CREATE TABLE IF NOT EXISTS delivered (
    client_reference    TEXT PRIMARY KEY,
    service_code        TEXT NOT NULL,
    registration_number TEXT,
    access_code         TEXT,
    status              TEXT NOT NULL,
    delivered_at        REAL NOT NULL
);
"""


class AlreadyQueued(ValueError):
    """This client reference is already in the outbox (pending or delivered)."""


class OutboxState(StrEnum):
    QUEUED = "queued"
    SENDING = "sending"
    FAILED_FINAL = "failed_final"
    DELIVERED = "delivered"


@dataclass(frozen=True)
class OutboxEntry:
    """A pending row without its (sealed) body: safe to show and log."""

    client_reference: str
    idempotency_key: str
    service_code: str
    state: OutboxState
    attempts: int
    created_at: float
    next_attempt_at: float
    last_status: int | None
    last_error_code: str | None


@dataclass(frozen=True)
class ClaimedSubmission:
    """A row claimed for sending, with the exact request body to send."""

    entry: OutboxEntry
    body: bytes


@dataclass(frozen=True)
class DeliveryRecord:
    """What the portal answered for a delivered submission; nothing personal."""

    client_reference: str
    service_code: str
    registration_number: str | None
    access_code: str | None
    status: str
    delivered_at: float


def new_client_reference() -> str:
    """A short reference for the provisional slip, e.g. ``7KQ2-M9XD-3FPA`` (60 random bits)."""
    chars = "".join(secrets.choice(_REFERENCE_ALPHABET) for _ in range(12))
    return f"{chars[0:4]}-{chars[4:8]}-{chars[8:12]}"


def new_idempotency_key() -> str:
    return str(uuid.uuid4())


class Outbox:
    def __init__(
        self, data_dir: Path, key: bytes, *, clock: Callable[[], float] = time.time
    ) -> None:
        self._seal = PayloadSeal(key)
        self._clock = clock
        self._lock = threading.Lock()
        data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.path = data_dir / DB_NAME
        # The file is created 0600 before SQLite writes anything into it; SQLite gives
        # the -wal and -shm files the same mode.
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        os.close(fd)
        # Autocommit mode with explicit BEGIN IMMEDIATE: every state change is its own
        # durable transaction, and a writer never upgrades a read lock (no SQLITE_BUSY).
        self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        # Freed pages are zeroed: deleted rows leave no sealed bodies behind in the file.
        self._db.execute("PRAGMA secure_delete=ON")
        self._db.execute("PRAGMA busy_timeout=5000")
        self._db.executescript(_SCHEMA)
        recovered = self._recover_interrupted()
        if recovered:
            log.info("outbox.recovered", extra={"count": recovered})

    def close(self) -> None:
        with self._lock:
            self._db.close()

    # Writing a new submission.

    def enqueue(
        self, client_reference: str, service_code: str, body: bytes, idempotency_key: str
    ) -> OutboxEntry:
        """Persist a submission (durably) before anything is sent.

        Raises :class:`AlreadyQueued` if the reference is pending or was delivered: a
        reference names one submission, for ever (the portal would refuse it anyway).
        """
        now = self._clock()
        sealed = self._seal.seal(body, _associated_data(client_reference, idempotency_key))
        with self._transaction() as db:
            known = db.execute(
                "SELECT 1 FROM pending WHERE client_reference = ?"
                " UNION ALL SELECT 1 FROM delivered WHERE client_reference = ?",
                (client_reference, client_reference),
            ).fetchone()
            if known is not None:
                raise AlreadyQueued(client_reference)
            db.execute(
                "INSERT INTO pending (client_reference, idempotency_key, service_code, state,"
                " created_at, next_attempt_at, updated_at, sealed_body)"
                " VALUES (?, ?, ?, 'queued', ?, ?, ?, ?)",
                (client_reference, idempotency_key, service_code, now, now, now, sealed),
            )
        log.info("outbox.enqueued", extra={"service": service_code})
        entry = self.entry(client_reference)
        assert entry is not None
        return entry

    # The sender's side.

    def due(self, limit: int = 100) -> list[OutboxEntry]:
        """Queued rows whose retry time has come, oldest first."""
        return self._entries(
            "WHERE state = 'queued' AND next_attempt_at <= ? ORDER BY next_attempt_at, created_at"
            " LIMIT ?",
            (self._clock(), limit),
        )

    def next_attempt_at(self) -> float | None:
        """When the earliest queued row becomes due (None when nothing is queued)."""
        with self._lock:
            row = self._db.execute(
                "SELECT MIN(next_attempt_at) FROM pending WHERE state = 'queued'"
            ).fetchone()
        return None if row[0] is None else float(row[0])

    def claim(self, client_reference: str) -> ClaimedSubmission | None:
        """Mark a queued row as sending and return its body; None if it is not queued.

        A row whose body cannot be opened (the keyring lost the key) becomes
        failed_final with :data:`UNREADABLE_CODE` and its body is dropped: it can
        never be sent, and keeping undecryptable personal data helps no one.
        """
        now = self._clock()
        with self._transaction() as db:
            row = db.execute(
                "SELECT idempotency_key, sealed_body FROM pending"
                " WHERE client_reference = ? AND state = 'queued'",
                (client_reference,),
            ).fetchone()
            if row is None:
                return None
            key, sealed = str(row[0]), bytes(row[1])
            try:
                body = self._seal.open(sealed, _associated_data(client_reference, key))
            except PayloadUnreadable:
                db.execute(
                    "UPDATE pending SET state = 'failed_final', last_error_code = ?,"
                    " sealed_body = x'', updated_at = ? WHERE client_reference = ?",
                    (UNREADABLE_CODE, now, client_reference),
                )
                log.error("outbox.unreadable")
                return None
            db.execute(
                "UPDATE pending SET state = 'sending', attempts = attempts + 1, updated_at = ?"
                " WHERE client_reference = ?",
                (now, client_reference),
            )
        entry = self.entry(client_reference)
        assert entry is not None
        return ClaimedSubmission(entry, body)

    def mark_delivered(
        self,
        client_reference: str,
        *,
        registration_number: str | None,
        access_code: str | None,
        status: str,
    ) -> DeliveryRecord:
        """Replace the pending row by its delivery record, in one transaction."""
        now = self._clock()
        with self._transaction() as db:
            row = db.execute(
                "SELECT service_code FROM pending WHERE client_reference = ?", (client_reference,)
            ).fetchone()
            if row is None:
                raise KeyError(client_reference)
            db.execute(
                "INSERT OR REPLACE INTO delivered (client_reference, service_code,"
                " registration_number, access_code, status, delivered_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (client_reference, row[0], registration_number, access_code, status, now),
            )
            db.execute("DELETE FROM pending WHERE client_reference = ?", (client_reference,))
        return DeliveryRecord(
            client_reference, str(row[0]), registration_number, access_code, status, now
        )

    def mark_retry(
        self,
        client_reference: str,
        *,
        next_attempt_at: float,
        last_status: int | None,
        last_error_code: str | None,
    ) -> None:
        with self._transaction() as db:
            db.execute(
                "UPDATE pending SET state = 'queued', next_attempt_at = ?, last_status = ?,"
                " last_error_code = ?, updated_at = ? WHERE client_reference = ?",
                (next_attempt_at, last_status, last_error_code, self._clock(), client_reference),
            )

    def mark_failed_final(
        self, client_reference: str, *, last_status: int | None, last_error_code: str | None
    ) -> None:
        with self._transaction() as db:
            db.execute(
                "UPDATE pending SET state = 'failed_final', last_status = ?,"
                " last_error_code = ?, updated_at = ? WHERE client_reference = ?",
                (last_status, last_error_code, self._clock(), client_reference),
            )

    def make_all_due(self) -> int:
        """Bring every queued row's next attempt forward to now (staff: "send now")."""
        now = self._clock()
        with self._transaction() as db:
            cursor = db.execute(
                "UPDATE pending SET next_attempt_at = ? WHERE state = 'queued'"
                " AND next_attempt_at > ?",
                (now, now),
            )
        return cursor.rowcount

    # Staff actions and the admin screen.

    def requeue_failed(self) -> int:
        """Put every failed_final row that still has its body back in the queue."""
        now = self._clock()
        with self._transaction() as db:
            cursor = db.execute(
                "UPDATE pending SET state = 'queued', next_attempt_at = ?, updated_at = ?"
                " WHERE state = 'failed_final' AND length(sealed_body) > 0",
                (now, now),
            )
        return cursor.rowcount

    def discard(self, client_reference: str) -> bool:
        """Delete a pending row (staff decided it will not be sent)."""
        with self._transaction() as db:
            cursor = db.execute(
                "DELETE FROM pending WHERE client_reference = ?", (client_reference,)
            )
        return cursor.rowcount > 0

    def counts(self) -> dict[OutboxState, int]:
        """Rows per state, for the admin screen; delivered = delivery records kept."""
        counts = dict.fromkeys(OutboxState, 0)
        with self._lock:
            for state, count in self._db.execute(
                "SELECT state, COUNT(*) FROM pending GROUP BY state"
            ):
                counts[OutboxState(state)] = int(count)
            (delivered,) = self._db.execute("SELECT COUNT(*) FROM delivered").fetchone()
        counts[OutboxState.DELIVERED] = int(delivered)
        return counts

    def oldest_waiting_since(self) -> float | None:
        """When the oldest submission still waiting for the portal was written (wall time)."""
        with self._lock:
            (oldest,) = self._db.execute(
                "SELECT MIN(created_at) FROM pending WHERE state IN ('queued', 'sending')"
            ).fetchone()
        return float(oldest) if oldest is not None else None

    def entry(self, client_reference: str) -> OutboxEntry | None:
        found = self._entries("WHERE client_reference = ?", (client_reference,))
        return found[0] if found else None

    def entries(self, state: OutboxState | None = None) -> list[OutboxEntry]:
        if state is None:
            return self._entries("ORDER BY created_at", ())
        return self._entries("WHERE state = ? ORDER BY created_at", (state.value,))

    def delivery(self, client_reference: str) -> DeliveryRecord | None:
        with self._lock:
            row = self._db.execute(
                "SELECT client_reference, service_code, registration_number, access_code,"
                " status, delivered_at FROM delivered WHERE client_reference = ?",
                (client_reference,),
            ).fetchone()
        if row is None:
            return None
        return DeliveryRecord(str(row[0]), str(row[1]), row[2], row[3], str(row[4]), float(row[5]))

    def purge_expired(self) -> int:
        """Drop delivery records and failed rows past their retention (see module doc)."""
        now = self._clock()
        with self._transaction() as db:
            purged = db.execute(
                "DELETE FROM delivered WHERE delivered_at < ?", (now - DELIVERY_RETENTION_S,)
            ).rowcount
            purged += db.execute(
                "DELETE FROM pending WHERE state = 'failed_final' AND updated_at < ?",
                (now - FAILED_RETENTION_S,),
            ).rowcount
        if purged:
            log.info("outbox.purged", extra={"count": purged})
        return purged

    # Internals.

    def _recover_interrupted(self) -> int:
        # A row left in 'sending' means the process died mid-request; the portal may or
        # may not have registered it. Re-sending with the same idempotency key settles it.
        now = self._clock()
        with self._transaction() as db:
            return db.execute(
                "UPDATE pending SET state = 'queued', next_attempt_at = ?, updated_at = ?"
                " WHERE state = 'sending'",
                (now, now),
            ).rowcount

    def _entries(self, where: str, params: tuple[object, ...]) -> list[OutboxEntry]:
        with self._lock:
            rows = self._db.execute(
                "SELECT client_reference, idempotency_key, service_code, state, attempts,"
                " created_at, next_attempt_at, last_status, last_error_code FROM pending " + where,
                params,
            ).fetchall()
        return [
            OutboxEntry(
                client_reference=str(r[0]),
                idempotency_key=str(r[1]),
                service_code=str(r[2]),
                state=OutboxState(r[3]),
                attempts=int(r[4]),
                created_at=float(r[5]),
                next_attempt_at=float(r[6]),
                last_status=r[7],
                last_error_code=r[8],
            )
            for r in rows
        ]

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")


def _associated_data(client_reference: str, idempotency_key: str) -> bytes:
    return f"{client_reference}\n{idempotency_key}".encode()
