"""Offices, slots and appointments: search, hold with expiry, confirm, cancel.

A slot is claimed with one conditional UPDATE (free, or held with an expired hold), so two
kiosks racing for the same slot cannot both win on SQLite or PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, and_, func, or_, select

from portal.clock import local_date, utc_now
from portal.secrets_codes import code_hash, code_matches, new_access_code
from portal.storage.tables import appointment_slots, appointments, office_services, offices

FREE, HELD, BOOKED = "free", "held", "booked"


class SlotTaken(Exception):
    """The slot is booked or held by someone else."""


class HoldExpired(Exception):
    """The hold ran out before confirmation."""


class AppointmentCancelled(Exception):
    """The appointment was cancelled (or expired) and cannot be confirmed."""


@dataclass(frozen=True)
class Office:
    code: str
    jurisdiction: str
    names: dict[str, str]
    address: str
    timezone: str


@dataclass(frozen=True)
class Slot:
    id: str
    office_code: str
    service_code: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    available: bool


@dataclass(frozen=True)
class Appointment:
    id: str
    status: str
    service_code: str
    office: Office
    slot: Slot
    hold_expires_at: dt.datetime
    access_code_hash: str
    client_reference: str | None
    created_at: dt.datetime

    def access_code_matches(self, code: str) -> bool:
        return code_matches(code, self.access_code_hash)


def _is_available(now: dt.datetime) -> Any:
    return or_(
        appointment_slots.c.state == FREE,
        and_(appointment_slots.c.state == HELD, appointment_slots.c.held_until <= now),
    )


def _office(row: Any) -> Office:
    return Office(row.code, row.jurisdiction, row.names, row.address, row.timezone)


def add_office(conn: Connection, office: Office, service_codes: list[str]) -> None:
    exists = conn.execute(select(offices.c.code).where(offices.c.code == office.code)).first()
    values = {
        "jurisdiction": office.jurisdiction,
        "names": office.names,
        "address": office.address,
        "timezone": office.timezone,
    }
    if exists:
        conn.execute(offices.update().where(offices.c.code == office.code).values(**values))
    else:
        conn.execute(offices.insert().values(code=office.code, **values))
    for service_code in service_codes:
        linked = conn.execute(
            select(office_services).where(
                (office_services.c.office_code == office.code)
                & (office_services.c.service_code == service_code)
            )
        ).first()
        if linked is None:
            conn.execute(
                office_services.insert().values(office_code=office.code, service_code=service_code)
            )


def add_slot(
    conn: Connection, office_code: str, service_code: str, starts_at: dt.datetime, minutes: int
) -> bool:
    """Add a free slot unless that office/service/time already has one."""
    slot_id = f"{office_code}.{service_code}.{starts_at:%Y%m%dT%H%M}"
    if conn.execute(
        select(appointment_slots.c.id).where(appointment_slots.c.id == slot_id)
    ).first():
        return False
    conn.execute(
        appointment_slots.insert().values(
            id=slot_id,
            office_code=office_code,
            service_code=service_code,
            starts_at=starts_at,
            ends_at=starts_at + dt.timedelta(minutes=minutes),
            state=FREE,
        )
    )
    return True


def offices_for_service(conn: Connection, service_code: str) -> list[Office]:
    rows = conn.execute(
        select(offices)
        .join(office_services, office_services.c.office_code == offices.c.code)
        .where(office_services.c.service_code == service_code)
        .order_by(offices.c.code)
    )
    return [_office(row) for row in rows]


def get_office(conn: Connection, code: str) -> Office | None:
    row = conn.execute(select(offices).where(offices.c.code == code)).first()
    return _office(row) if row is not None else None


def available_days(
    conn: Connection, service_code: str, office: Office, limit_days: int = 60
) -> list[tuple[dt.date, int]]:
    """(local date, number of free slots) for upcoming days that have any."""
    now = utc_now()
    rows = conn.execute(
        select(appointment_slots.c.starts_at)
        .where(
            (appointment_slots.c.service_code == service_code)
            & (appointment_slots.c.office_code == office.code)
            & (appointment_slots.c.starts_at > now)
            & (appointment_slots.c.starts_at < now + dt.timedelta(days=limit_days))
            & _is_available(now)
        )
        .order_by(appointment_slots.c.starts_at)
    ).scalars()
    counts: dict[dt.date, int] = {}
    for starts_at in rows:
        day = local_date(starts_at, office.timezone)
        counts[day] = counts.get(day, 0) + 1
    return sorted(counts.items())


def slots_on(conn: Connection, service_code: str, office: Office, day: dt.date) -> list[Slot]:
    """Every future slot of `day` (office-local), with availability."""
    now = utc_now()
    # Widen the UTC window by a day each side, then filter on the local date.
    start = dt.datetime.combine(day, dt.time()) - dt.timedelta(days=1)
    rows = conn.execute(
        select(
            appointment_slots,
            _is_available(now).label("available"),
        )
        .where(
            (appointment_slots.c.service_code == service_code)
            & (appointment_slots.c.office_code == office.code)
            & (appointment_slots.c.starts_at >= start)
            & (appointment_slots.c.starts_at < start + dt.timedelta(days=3))
            & (appointment_slots.c.starts_at > now)
        )
        .order_by(appointment_slots.c.starts_at)
    )
    return [
        Slot(r.id, r.office_code, r.service_code, r.starts_at, r.ends_at, bool(r.available))
        for r in rows
        if local_date(r.starts_at, office.timezone) == day
    ]


def _slot(conn: Connection, slot_id: str) -> Slot | None:
    now = utc_now()
    row = conn.execute(
        select(appointment_slots, _is_available(now).label("available")).where(
            appointment_slots.c.id == slot_id
        )
    ).first()
    if row is None:
        return None
    return Slot(
        row.id, row.office_code, row.service_code, row.starts_at, row.ends_at, bool(row.available)
    )


def find_slot(conn: Connection, slot_id: str) -> Slot | None:
    return _slot(conn, slot_id)


def hold_slot(
    conn: Connection,
    *,
    slot: Slot,
    hold_for: dt.timedelta,
    applicant: dict[str, Any],
    contact: dict[str, Any] | None,
    locale: str,
    client_reference: str | None,
    kiosk_id: int | None,
) -> tuple[Appointment, str]:
    """Reserve `slot` until now + `hold_for`; returns the appointment and its access code."""
    now = utc_now()
    appointment_id = str(uuid.uuid4())
    claimed = conn.execute(
        appointment_slots.update()
        .where((appointment_slots.c.id == slot.id) & _is_available(now))
        .values(state=HELD, held_until=now + hold_for, appointment_id=appointment_id)
    )
    if claimed.rowcount != 1:
        raise SlotTaken(slot.id)
    # A previous holder whose hold lapsed is now definitely expired.
    conn.execute(
        appointments.update()
        .where(
            (appointments.c.slot_id == slot.id)
            & (appointments.c.status == "reserved")
            & (appointments.c.id != appointment_id)
        )
        .values(status="expired", updated_at=now)
    )
    access_code = new_access_code()
    conn.execute(
        appointments.insert().values(
            id=appointment_id,
            slot_id=slot.id,
            service_code=slot.service_code,
            office_code=slot.office_code,
            status="reserved",
            hold_expires_at=now + hold_for,
            access_code_hash=code_hash(access_code),
            applicant=applicant,
            contact=contact,
            locale=locale,
            client_reference=client_reference,
            kiosk_id=kiosk_id,
            created_at=now,
            updated_at=now,
        )
    )
    appointment = get_appointment(conn, appointment_id)
    assert appointment is not None
    return appointment, access_code


def get_appointment(conn: Connection, appointment_id: str) -> Appointment | None:
    row = conn.execute(select(appointments).where(appointments.c.id == appointment_id)).first()
    if row is None:
        return None
    slot = _slot(conn, row.slot_id)
    office = get_office(conn, row.office_code)
    assert slot is not None and office is not None
    status = row.status
    if status == "reserved" and row.hold_expires_at <= utc_now():
        status = "expired"
    return Appointment(
        id=row.id,
        status=status,
        service_code=row.service_code,
        office=office,
        slot=slot,
        hold_expires_at=row.hold_expires_at,
        access_code_hash=row.access_code_hash,
        client_reference=row.client_reference,
        created_at=row.created_at,
    )


def confirm(conn: Connection, appointment: Appointment) -> Appointment:
    """Turn a live hold into a booking; confirming twice is harmless."""
    if appointment.status == "confirmed":
        return appointment
    if appointment.status == "cancelled":
        raise AppointmentCancelled(appointment.id)
    now = utc_now()
    booked = conn.execute(
        appointment_slots.update()
        .where(
            (appointment_slots.c.id == appointment.slot.id)
            & (appointment_slots.c.appointment_id == appointment.id)
            & (appointment_slots.c.state == HELD)
            & (appointment_slots.c.held_until > now)
        )
        .values(state=BOOKED, held_until=None)
    )
    if booked.rowcount != 1:
        conn.execute(
            appointments.update()
            .where((appointments.c.id == appointment.id) & (appointments.c.status == "reserved"))
            .values(status="expired", updated_at=now)
        )
        raise HoldExpired(appointment.id)
    conn.execute(
        appointments.update()
        .where(appointments.c.id == appointment.id)
        .values(status="confirmed", updated_at=now)
    )
    confirmed = get_appointment(conn, appointment.id)
    assert confirmed is not None
    return confirmed


def cancel(conn: Connection, appointment: Appointment) -> Appointment:
    """Cancel and free the slot; cancelling twice is harmless."""
    now = utc_now()
    if appointment.status != "cancelled":
        conn.execute(
            appointment_slots.update()
            .where(
                (appointment_slots.c.id == appointment.slot.id)
                & (appointment_slots.c.appointment_id == appointment.id)
            )
            .values(state=FREE, held_until=None, appointment_id=None)
        )
        conn.execute(
            appointments.update()
            .where(appointments.c.id == appointment.id)
            .values(status="cancelled", updated_at=now)
        )
    cancelled = get_appointment(conn, appointment.id)
    assert cancelled is not None
    return cancelled


def count_slots(conn: Connection) -> int:
    return conn.execute(select(func.count()).select_from(appointment_slots)).scalar_one()
