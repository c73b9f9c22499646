"""Submissions: gap-free per-year registration numbers, access codes, status history."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, select

from portal.clock import UTC, utc_now
from portal.secrets_codes import code_hash, code_matches, new_access_code
from portal.storage.catalogue import ServiceRecord
from portal.storage.tables import registration_counters, status_history, submissions
from portal.storage.upsert import insert_ignoring_conflict

STATUSES = (
    "received",
    "registered",
    "in_progress",
    "awaiting_citizen",
    "resolved",
    "rejected",
    "redirected",
    "cancelled",
)
OPEN_STATUSES = frozenset(STATUSES[:4])

_REGISTRATION_NUMBER = re.compile(r"(\d{4})[/-](\d{6})")


class ClientReferenceReused(Exception):
    """The kiosk already used this client reference for another submission."""


@dataclass(frozen=True)
class StatusEntry:
    status: str
    at: dt.datetime
    note: str | None


@dataclass(frozen=True)
class Submission:
    id: str
    service_code: str
    form_version: str | None
    registration_number: str | None
    status: str
    client_reference: str | None
    kiosk_id: int | None
    source: str
    locale: str
    received_at: dt.datetime
    registered_at: dt.datetime | None
    expected_at: dt.datetime | None
    updated_at: dt.datetime
    access_code_hash: str
    open311_token: str | None
    history: tuple[StatusEntry, ...]

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    def access_code_matches(self, code: str) -> bool:
        return code_matches(code, self.access_code_hash)


def format_registration_number(year: int, sequence: int) -> str:
    return f"{year}/{sequence:06d}"


def parse_registration_number(text: str) -> str | None:
    """Accept `2026/000123` and the URL-friendly `2026-000123`; return the canonical form."""
    match = _REGISTRATION_NUMBER.fullmatch(text.strip())
    if match is None:
        return None
    return f"{match.group(1)}/{match.group(2)}"


def url_form(registration_number: str) -> str:
    """`2026/000123` → `2026-000123` (no slash to escape in paths)."""
    return registration_number.replace("/", "-")


def next_registration_number(conn: Connection, year: int) -> str:
    """Take the next number of `year` inside the caller's transaction.

    The increment is a row-locking UPDATE in the same transaction as the submission insert,
    so a rollback returns the number and concurrent writers queue: no gaps, no duplicates.
    """
    insert_ignoring_conflict(conn, registration_counters, ["year"], year=year, last_value=0)
    counter = registration_counters.c.last_value
    sequence = conn.execute(
        registration_counters.update()
        .where(registration_counters.c.year == year)
        .values(last_value=counter + 1)
        .returning(counter)
    ).scalar_one()
    return format_registration_number(year, sequence)


def _add_history(
    conn: Connection, submission_id: str, status: str, at: dt.datetime, note: str | None
) -> None:
    conn.execute(
        status_history.insert().values(submission_id=submission_id, status=status, at=at, note=note)
    )


def _register(
    conn: Connection, submission_id: str, term_days: int, now: dt.datetime, tz: str
) -> None:
    year = now.replace(tzinfo=UTC).astimezone(ZoneInfo(tz)).year
    conn.execute(
        submissions.update()
        .where(submissions.c.id == submission_id)
        .values(
            registration_number=next_registration_number(conn, year),
            status="registered",
            registered_at=now,
            expected_at=now + dt.timedelta(days=term_days),
            updated_at=now,
        )
    )
    _add_history(conn, submission_id, "registered", now, None)


def create_submission(
    conn: Connection,
    *,
    service: ServiceRecord,
    form_version: str | None,
    data: dict[str, Any],
    applicant: dict[str, Any] | None,
    contact: dict[str, Any] | None,
    assisted_by: dict[str, Any] | None,
    locale: str,
    client_reference: str | None,
    kiosk_id: int | None,
    source: str,
    timezone: str,
    open311_token: str | None = None,
) -> tuple[Submission, str]:
    """Store a submission and register it now (or leave it `received`); returns it and the
    plain access code, which is stored only as a hash."""
    if client_reference is not None and kiosk_id is not None:
        clash = conn.execute(
            select(submissions.c.id).where(
                (submissions.c.kiosk_id == kiosk_id)
                & (submissions.c.client_reference == client_reference)
            )
        ).first()
        if clash is not None:
            raise ClientReferenceReused(client_reference)
    now = utc_now()
    submission_id = str(uuid.uuid4())
    access_code = new_access_code()
    conn.execute(
        submissions.insert().values(
            id=submission_id,
            service_code=service.code,
            form_version=form_version,
            access_code_hash=code_hash(access_code),
            status="received",
            data=data,
            applicant=applicant,
            contact=contact,
            assisted_by=assisted_by,
            locale=locale,
            client_reference=client_reference,
            kiosk_id=kiosk_id,
            source=source,
            open311_token=open311_token,
            received_at=now,
            updated_at=now,
        )
    )
    _add_history(conn, submission_id, "received", now, None)
    if not service.registers_later:
        _register(conn, submission_id, service.term_days, now, timezone)
    stored = get_submission(conn, submission_id)
    assert stored is not None
    return stored, access_code


def get_submission(conn: Connection, submission_id: str) -> Submission | None:
    row = conn.execute(select(submissions).where(submissions.c.id == submission_id)).first()
    if row is None:
        return None
    history = conn.execute(
        select(status_history.c.status, status_history.c.at, status_history.c.note)
        .where(status_history.c.submission_id == submission_id)
        .order_by(status_history.c.id)
    ).all()
    return Submission(
        id=row.id,
        service_code=row.service_code,
        form_version=row.form_version,
        registration_number=row.registration_number,
        status=row.status,
        client_reference=row.client_reference,
        kiosk_id=row.kiosk_id,
        source=row.source,
        locale=row.locale,
        received_at=row.received_at,
        registered_at=row.registered_at,
        expected_at=row.expected_at,
        updated_at=row.updated_at,
        access_code_hash=row.access_code_hash,
        open311_token=row.open311_token,
        history=tuple(StatusEntry(h.status, h.at, h.note) for h in history),
    )


def _find_id(conn: Connection, condition: Any) -> Submission | None:
    found = conn.execute(select(submissions.c.id).where(condition)).scalar()
    return get_submission(conn, found) if found is not None else None


def find_by_registration_number(conn: Connection, registration_number: str) -> Submission | None:
    return _find_id(conn, submissions.c.registration_number == registration_number)


def find_by_client_reference(
    conn: Connection, kiosk_id: int, client_reference: str
) -> Submission | None:
    return _find_id(
        conn,
        (submissions.c.kiosk_id == kiosk_id) & (submissions.c.client_reference == client_reference),
    )


def find_by_open311_token(conn: Connection, token: str) -> Submission | None:
    return _find_id(conn, submissions.c.open311_token == token)


def find_by_reference_or_id(conn: Connection, reference: str) -> Submission | None:
    """Staff tools address a submission by registration number or, before it has one, id."""
    canonical = parse_registration_number(reference)
    if canonical is not None:
        return find_by_registration_number(conn, canonical)
    return get_submission(conn, reference)


def set_status(
    conn: Connection,
    submission: Submission,
    status: str,
    note: str | None,
    *,
    term_days: int,
    timezone: str,
) -> Submission:
    """Move a submission to `status`; a `received` one gets its number on `registered`."""
    if status not in STATUSES:
        raise ValueError(f"unknown status {status!r}")
    now = utc_now()
    if status == "registered" and submission.registration_number is None:
        _register(conn, submission.id, term_days, now, timezone)
        if note:
            conn.execute(
                status_history.update()
                .where(
                    (status_history.c.submission_id == submission.id)
                    & (status_history.c.status == "registered")
                )
                .values(note=note)
            )
    else:
        conn.execute(
            submissions.update()
            .where(submissions.c.id == submission.id)
            .values(status=status, updated_at=now)
        )
        _add_history(conn, submission.id, status, now, note)
    updated = get_submission(conn, submission.id)
    assert updated is not None
    return updated


def list_for_services(
    conn: Connection,
    service_codes: list[str],
    *,
    since: dt.datetime | None = None,
    until: dt.datetime | None = None,
    limit: int = 1000,
) -> list[Submission]:
    """Newest first; used by Open311 `GET requests.json`."""
    if not service_codes:
        return []
    query = select(submissions.c.id).where(submissions.c.service_code.in_(service_codes))
    if since is not None:
        query = query.where(submissions.c.received_at >= since)
    if until is not None:
        query = query.where(submissions.c.received_at <= until)
    query = query.order_by(submissions.c.received_at.desc(), submissions.c.id).limit(limit)
    ids = conn.execute(query).scalars().all()
    found = [get_submission(conn, submission_id) for submission_id in ids]
    return [submission for submission in found if submission is not None]
