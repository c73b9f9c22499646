"""Obligations (what a person owes) and payment orders for them."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select

from portal.clock import utc_now
from portal.personal_ids import personal_id_hash
from portal.storage.tables import obligations, payment_order_items, payment_orders

UNPAID, PAID = "unpaid", "paid"
PENDING = "pending"


class ObligationUnavailable(Exception):
    """Unknown, already paid, or of another service/currency."""


@dataclass(frozen=True)
class Obligation:
    id: str
    service_code: str
    category: str
    descriptions: dict[str, str]
    period: str
    amount_minor: int
    currency: str
    due_date: dt.date
    status: str


@dataclass(frozen=True)
class PaymentOrder:
    id: str
    service_code: str
    amount_minor: int
    currency: str
    status: str
    created_at: dt.datetime
    expires_at: dt.datetime
    paid_at: dt.datetime | None
    obligation_ids: tuple[str, ...]


def _obligation(row: Any) -> Obligation:
    return Obligation(
        row.id,
        row.service_code,
        row.category,
        row.descriptions,
        row.period,
        row.amount_minor,
        row.currency,
        row.due_date,
        row.status,
    )


def add_obligation(
    conn: Connection,
    *,
    obligation_id: str,
    personal_id: str,
    service_code: str,
    category: str,
    descriptions: dict[str, str],
    period: str,
    amount_minor: int,
    currency: str,
    due_date: dt.date,
) -> None:
    if conn.execute(select(obligations.c.id).where(obligations.c.id == obligation_id)).first():
        return
    conn.execute(
        obligations.insert().values(
            id=obligation_id,
            personal_id_hash=personal_id_hash(personal_id),
            service_code=service_code,
            category=category,
            descriptions=descriptions,
            period=period,
            amount_minor=amount_minor,
            currency=currency,
            due_date=due_date,
            status=UNPAID,
        )
    )


def _withdraw_pending_orders(conn: Connection, obligation_ids: list[str], now: dt.datetime) -> None:
    order_ids = conn.execute(
        select(payment_order_items.c.order_id)
        .join(payment_orders, payment_orders.c.id == payment_order_items.c.order_id)
        .where(
            (payment_orders.c.status == PENDING)
            & (payment_orders.c.expires_at > now)
            & payment_order_items.c.obligation_id.in_(obligation_ids)
        )
    ).scalars()
    withdrawn = sorted(set(order_ids))
    if withdrawn:
        conn.execute(
            payment_orders.update().where(payment_orders.c.id.in_(withdrawn)).values(expires_at=now)
        )


def unpaid_obligations(conn: Connection, personal_id: str, service_code: str) -> list[Obligation]:
    rows = conn.execute(
        select(obligations)
        .where(
            (obligations.c.personal_id_hash == personal_id_hash(personal_id))
            & (obligations.c.service_code == service_code)
            & (obligations.c.status == UNPAID)
        )
        .order_by(obligations.c.due_date, obligations.c.id)
    )
    return [_obligation(row) for row in rows]


def create_order(
    conn: Connection,
    *,
    service_code: str,
    obligation_ids: list[str],
    kiosk_id: int | None,
    client_reference: str | None,
    valid_for: dt.timedelta,
) -> PaymentOrder:
    now = utc_now()
    rows = conn.execute(select(obligations).where(obligations.c.id.in_(obligation_ids))).all()
    found = [_obligation(row) for row in rows]
    if (
        len(found) != len(set(obligation_ids))
        or any(o.status != UNPAID or o.service_code != service_code for o in found)
        or len({o.currency for o in found}) != 1
    ):
        raise ObligationUnavailable(service_code)
    # A person who walked away from a QR code and asks again (here or at another kiosk)
    # gets a new order; the old one is withdrawn so the same debt can't be paid twice.
    _withdraw_pending_orders(conn, [o.id for o in found], now)
    order_id = str(uuid.uuid4())
    conn.execute(
        payment_orders.insert().values(
            id=order_id,
            kiosk_id=kiosk_id,
            service_code=service_code,
            amount_minor=sum(o.amount_minor for o in found),
            currency=found[0].currency,
            status=PENDING,
            client_reference=client_reference,
            created_at=now,
            expires_at=now + valid_for,
        )
    )
    for obligation in found:
        conn.execute(
            payment_order_items.insert().values(order_id=order_id, obligation_id=obligation.id)
        )
    order = get_order(conn, order_id)
    assert order is not None
    return order


def get_order(conn: Connection, order_id: str) -> PaymentOrder | None:
    row = conn.execute(select(payment_orders).where(payment_orders.c.id == order_id)).first()
    if row is None:
        return None
    items = conn.execute(
        select(payment_order_items.c.obligation_id)
        .where(payment_order_items.c.order_id == order_id)
        .order_by(payment_order_items.c.obligation_id)
    ).scalars()
    status = row.status
    if status == PENDING and row.expires_at <= utc_now():
        status = "expired"
    return PaymentOrder(
        id=row.id,
        service_code=row.service_code,
        amount_minor=row.amount_minor,
        currency=row.currency,
        status=status,
        created_at=row.created_at,
        expires_at=row.expires_at,
        paid_at=row.paid_at,
        obligation_ids=tuple(items),
    )


def mark_paid(conn: Connection, order_id: str) -> PaymentOrder | None:
    """The (demo) payment page reports success: settle the order and its obligations."""
    order = get_order(conn, order_id)
    if order is None or order.status != PENDING:
        return order
    now = utc_now()
    conn.execute(
        payment_orders.update()
        .where(payment_orders.c.id == order_id)
        .values(status=PAID, paid_at=now)
    )
    conn.execute(
        obligations.update().where(obligations.c.id.in_(order.obligation_ids)).values(status=PAID)
    )
    return get_order(conn, order_id)
