"""Local taxes and bills: what a person owes, and the payment order paid on their phone."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from kiosk.portal import response_fields as f
from kiosk.portal.errors import PortalBadResponse


@dataclass(frozen=True)
class Money:
    amount: Decimal
    currency: str

    @classmethod
    def from_json(cls, document: Mapping[str, Any], where: str) -> Money:
        # Decimal strings with two decimals ("15.00"); never parsed through float.
        raw = f.text(document, "amount", where)
        try:
            amount = Decimal(raw)
        except InvalidOperation:
            raise PortalBadResponse(f"{where}.amount: not a decimal amount") from None
        return cls(amount, f.text(document, "currency", where))


@dataclass(frozen=True)
class Obligation:
    id: str
    category: str
    description: str  # in the request's language
    period: str
    amount: Money
    due_date: str
    overdue: bool


@dataclass(frozen=True)
class Obligations:
    service_code: str
    personal_id_masked: str  # safe to show and print (last digits only)
    items: list[Obligation]
    total: Money | None

    @classmethod
    def from_json(cls, document: Mapping[str, Any]) -> Obligations:
        where = "obligations"
        items = [
            Obligation(
                id=f.text(item, "id", where),
                category=f.text(item, "category", where),
                description=f.text(item, "description", where),
                period=f.text(item, "period", where),
                amount=Money.from_json(item, where),
                due_date=f.text(item, "due_date", where),
                overdue=item.get("overdue") is True,
            )
            for item in f.objects(document, "obligations", where)
        ]
        total = f.optional_obj(document, "total", where)
        return cls(
            service_code=f.text(document, "service_code", where),
            personal_id_masked=f.text(document, "personal_id_masked", where),
            items=items,
            total=None if total is None else Money.from_json(total, where + ".total"),
        )


@dataclass(frozen=True)
class PaymentOrder:
    order_id: str
    status: str  # pending | paid | expired
    service_code: str
    amount: Money
    pay_url: str  # show as a QR code; the person pays on their phone
    expires_at: str
    paid_at: str | None
    obligation_ids: list[str]

    @classmethod
    def from_json(cls, document: Mapping[str, Any]) -> PaymentOrder:
        where = "payment"
        return cls(
            order_id=f.text(document, "order_id", where),
            status=f.text(document, "status", where),
            service_code=f.text(document, "service_code", where),
            amount=Money.from_json(document, where),
            pay_url=f.text(document, "pay_url", where),
            expires_at=f.text(document, "expires_at", where),
            paid_at=f.optional_text(document, "paid_at", where),
            obligation_ids=f.texts(document, "obligation_ids", where),
        )
