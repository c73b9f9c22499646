"""Idempotency keys (draft-ietf-httpapi-idempotency-key-header) for creating POSTs.

A key is scoped to the kiosk that sent it. The first request with a key inserts an
`in_flight` row in its own committed transaction, so concurrent duplicates see it (→ 409).
The success response is stored in the *same* transaction as the business write; a crash can
therefore never leave a registered submission without its replayable response. Failed
requests release the key, so the client can fix the request and retry with the same key.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine, select

from portal.clock import utc_now
from portal.problems import Problem
from portal.storage.catalogue import canonical_json
from portal.storage.tables import idempotency_keys
from portal.storage.transactions import writing
from portal.storage.upsert import insert_ignoring_conflict

IN_FLIGHT = "in_flight"
DONE = "done"
MAX_KEY_LENGTH = 255


@dataclass
class StoredResponse:
    status: int
    body: dict[str, Any]
    headers: dict[str, str] = field(default_factory=dict)


def parse_key(header: str | None) -> str:
    """The header is an RFC 8941 string (`"abc"`); bare tokens are accepted too."""
    if header is None or not header.strip():
        raise Problem(400, "idempotency_key_missing", "Send an Idempotency-Key header.")
    value = header.strip()
    if len(value) >= 2 and value[0] == value[-1] == '"':
        value = value[1:-1]
    if not value or len(value) > MAX_KEY_LENGTH or not value.isprintable() or not value.isascii():
        raise Problem(400, "bad_request", "Idempotency-Key must be 1–255 printable ASCII chars.")
    return value


def fingerprint(method: str, path: str, body: Any) -> str:
    """SHA-256 of the canonical JSON body, bound to the endpoint it was sent to."""
    material = canonical_json({"method": method, "path": path, "body": body})
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Policy:
    retention: dt.timedelta
    in_flight_timeout: dt.timedelta


def claim(
    engine: Engine, kiosk_id: int, key: str, request_hash: str, policy: Policy
) -> StoredResponse | None:
    """Claim `key` for this request. None: go ahead. A response: replay it.

    Raises 422 when the key was used with a different body, 409 while the first request
    with this key is still being processed.
    """
    now = utc_now()
    this_key = (idempotency_keys.c.kiosk_id == kiosk_id) & (idempotency_keys.c.key == key)
    with writing(engine) as conn:
        conn.execute(
            idempotency_keys.delete().where(idempotency_keys.c.created_at < now - policy.retention)
        )
        if insert_ignoring_conflict(
            conn,
            idempotency_keys,
            ["kiosk_id", "key"],
            kiosk_id=kiosk_id,
            key=key,
            request_hash=request_hash,
            state=IN_FLIGHT,
            created_at=now,
        ):
            return None
        row = conn.execute(select(idempotency_keys).where(this_key)).one()
        if row.request_hash != request_hash:
            raise Problem(
                422, "idempotency_key_reused", "This Idempotency-Key was sent with another body."
            )
        if row.state == DONE:
            return StoredResponse(row.response_status, row.response_body, row.response_headers)
        if row.created_at >= now - policy.in_flight_timeout:
            raise Problem(
                409,
                "request_in_flight",
                "A request with this Idempotency-Key is still being processed.",
                headers={"Retry-After": "1"},
            )
        # The first attempt died mid-flight (its transaction rolled back); take the key over.
        conn.execute(idempotency_keys.update().where(this_key).values(created_at=now))
        return None


def complete(conn: Connection, kiosk_id: int, key: str, response: StoredResponse) -> None:
    conn.execute(
        idempotency_keys.update()
        .where((idempotency_keys.c.kiosk_id == kiosk_id) & (idempotency_keys.c.key == key))
        .values(
            state=DONE,
            response_status=response.status,
            response_body=response.body,
            response_headers=response.headers,
            completed_at=utc_now(),
        )
    )


def release(engine: Engine, kiosk_id: int, key: str) -> None:
    with writing(engine) as conn:
        conn.execute(
            idempotency_keys.delete().where(
                (idempotency_keys.c.kiosk_id == kiosk_id)
                & (idempotency_keys.c.key == key)
                & (idempotency_keys.c.state == IN_FLIGHT)
            )
        )


def run_once(
    engine: Engine,
    kiosk_id: int,
    key: str,
    request_hash: str,
    policy: Policy,
    action: Callable[[Connection], StoredResponse],
) -> tuple[StoredResponse, bool]:
    """Run `action` at most once per key; returns (response, replayed)."""
    stored = claim(engine, kiosk_id, key, request_hash, policy)
    if stored is not None:
        return stored, True
    try:
        with writing(engine) as conn:
            response = action(conn)
            complete(conn, kiosk_id, key, response)
    except BaseException:
        release(engine, kiosk_id, key)
        raise
    return response, False
