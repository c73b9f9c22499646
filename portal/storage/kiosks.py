"""Kiosk identities: enrolment, hashed device tokens, revocation, heartbeats."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select

from portal.clock import utc_now
from portal.secrets_codes import (
    code_hash,
    new_device_token,
    new_enrolment_code,
    sha256_hex,
)
from portal.storage.tables import enrolment_codes, kiosks

ACTIVE = "active"
REVOKED = "revoked"


@dataclass(frozen=True)
class Kiosk:
    id: int
    name: str
    status: str

    @property
    def active(self) -> bool:
        return self.status == ACTIVE


def enroll_kiosk(conn: Connection, name: str) -> str:
    """Create the kiosk (or re-enrol it) and return a fresh device token.

    Re-enrolling replaces the previous token and re-activates a revoked kiosk: it is how a
    technician recovers a kiosk whose keyring was wiped.
    """
    token = new_device_token()
    values = {"token_hash": sha256_hex(token), "status": ACTIVE}
    updated = conn.execute(kiosks.update().where(kiosks.c.name == name).values(**values))
    if updated.rowcount == 0:
        conn.execute(kiosks.insert().values(name=name, created_at=utc_now(), **values))
    return token


def revoke_kiosk(conn: Connection, name: str) -> bool:
    updated = conn.execute(kiosks.update().where(kiosks.c.name == name).values(status=REVOKED))
    return updated.rowcount > 0


def kiosk_for_token(conn: Connection, token: str) -> Kiosk | None:
    row = conn.execute(
        select(kiosks.c.id, kiosks.c.name, kiosks.c.status).where(
            kiosks.c.token_hash == sha256_hex(token)
        )
    ).first()
    return Kiosk(row.id, row.name, row.status) if row is not None else None


def issue_enrolment_code(conn: Connection, name: str, valid_for: dt.timedelta) -> str:
    code = new_enrolment_code()
    now = utc_now()
    conn.execute(
        enrolment_codes.insert().values(
            code_hash=code_hash(code), kiosk_name=name, created_at=now, expires_at=now + valid_for
        )
    )
    return code


def redeem_enrolment_code(conn: Connection, code: str, name: str) -> str | None:
    """Spend a one-time code issued for `name`; returns the new device token or None."""
    now = utc_now()
    spent = conn.execute(
        enrolment_codes.update()
        .where(
            (enrolment_codes.c.code_hash == code_hash(code))
            & (enrolment_codes.c.kiosk_name == name)
            & enrolment_codes.c.used_at.is_(None)
            & (enrolment_codes.c.expires_at > now)
        )
        .values(used_at=now)
    )
    if spent.rowcount != 1:
        return None
    return enroll_kiosk(conn, name)


def record_heartbeat(conn: Connection, kiosk_id: int, report: dict[str, Any]) -> dt.datetime:
    now = utc_now()
    conn.execute(
        kiosks.update().where(kiosks.c.id == kiosk_id).values(last_seen_at=now, heartbeat=report)
    )
    return now


def last_heartbeat(conn: Connection, name: str) -> dict[str, Any] | None:
    row = conn.execute(select(kiosks.c.heartbeat).where(kiosks.c.name == name)).first()
    return row.heartbeat if row is not None else None


@dataclass(frozen=True)
class KioskHealth:
    """A kiosk and its latest heartbeat (None: never heard from)."""

    name: str
    status: str
    last_seen_at: dt.datetime | None
    heartbeat: dict[str, Any] | None


def kiosk_health(conn: Connection) -> list[KioskHealth]:
    """Every kiosk with its latest heartbeat, by name."""
    rows = conn.execute(
        select(kiosks.c.name, kiosks.c.status, kiosks.c.last_seen_at, kiosks.c.heartbeat).order_by(
            kiosks.c.name
        )
    )
    return [KioskHealth(r.name, r.status, r.last_seen_at, r.heartbeat) for r in rows]
