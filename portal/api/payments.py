"""Obligation lookup, payment orders, and the demo payment page the QR code opens."""

from __future__ import annotations

import datetime as dt
import html
from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, Request
from fastapi.responses import HTMLResponse, JSONResponse
from sqlalchemy import Connection

from portal.api.auth import require_kiosk
from portal.api.context import (
    base_url_of,
    json_response,
    language_of,
    portal_state,
    require_shape,
)
from portal.api.idempotent import idempotency_key_of, run_idempotent
from portal.clock import to_rfc3339, utc_now
from portal.idempotency import StoredResponse
from portal.languages import pick
from portal.money import format_minor
from portal.personal_ids import mask_personal_id
from portal.problems import Problem
from portal.storage import payments as store
from portal.storage.catalogue import ServiceRecord, get_service
from portal.storage.kiosks import Kiosk
from portal.storage.transactions import reading, writing

router = APIRouter(prefix="/api/v1", tags=["payments"])
pay_page_router = APIRouter(tags=["demo"])


def _payment_service(conn: Connection, code: str) -> ServiceRecord:
    service = get_service(conn, code)
    if service is None or service.kind != "payment":
        raise Problem(404, "not_found", "Unknown payment service.")
    return service


def order_body(order: store.PaymentOrder, pay_url: str) -> dict[str, Any]:
    return {
        "order_id": order.id,
        "status": order.status,
        "service_code": order.service_code,
        "amount": format_minor(order.amount_minor),
        "currency": order.currency,
        "pay_url": pay_url,
        "expires_at": to_rfc3339(order.expires_at),
        "paid_at": to_rfc3339(order.paid_at) if order.paid_at else None,
        "obligation_ids": list(order.obligation_ids),
    }


def _pay_url(request: Request, order_id: str) -> str:
    template = portal_state(request).settings.pay_url_template
    return template.format(base=base_url_of(request), order_id=order_id)


@router.post("/obligations/lookup")
def lookup(
    request: Request,
    body: Annotated[Any, Body()],
    _kiosk: Annotated[Kiosk, Depends(require_kiosk)],
) -> JSONResponse:
    language = language_of(request)
    payload = require_shape(body, "ObligationLookupRequest", language)
    today = utc_now().date()
    with reading(portal_state(request).engine) as conn:
        service = _payment_service(conn, payload["service_code"])
        found = store.unpaid_obligations(conn, payload["personal_id"], service.code)
    items = [
        {
            "id": o.id,
            "category": o.category,
            "description": pick(o.descriptions, language),
            "period": o.period,
            "amount": format_minor(o.amount_minor),
            "currency": o.currency,
            "due_date": o.due_date.isoformat(),
            "overdue": o.due_date < today,
        }
        for o in found
    ]
    total = None
    if found:
        total = {
            "amount": format_minor(sum(o.amount_minor for o in found)),
            "currency": found[0].currency,
        }
    return json_response(
        {
            "service_code": service.code,
            "personal_id_masked": mask_personal_id(payload["personal_id"]),
            "obligations": items,
            "total": total,
        },
        language=language,
    )


@router.post("/payments")
def create_payment(
    request: Request,
    body: Annotated[Any, Body()],
    kiosk: Annotated[Kiosk, Depends(require_kiosk)],
) -> JSONResponse:
    key = idempotency_key_of(request)
    language = language_of(request)
    valid_for = dt.timedelta(minutes=portal_state(request).settings.payment_order_minutes)

    def action(conn: Connection) -> StoredResponse:
        payload = require_shape(body, "PaymentRequest", language)
        service = _payment_service(conn, payload["service_code"])
        try:
            order = store.create_order(
                conn,
                service_code=service.code,
                obligation_ids=payload["obligation_ids"],
                kiosk_id=kiosk.id,
                client_reference=payload.get("client_reference"),
                valid_for=valid_for,
            )
        except store.ObligationUnavailable:
            raise Problem(422, "obligation_unavailable", "Look the amounts up again.") from None
        return StoredResponse(201, order_body(order, _pay_url(request, order.id)))

    return run_idempotent(request, kiosk, key, body, action)


@router.get("/payments/{order_id}")
def payment(
    request: Request, order_id: str, _kiosk: Annotated[Kiosk, Depends(require_kiosk)]
) -> JSONResponse:
    with reading(portal_state(request).engine) as conn:
        order = store.get_order(conn, order_id)
    if order is None:
        raise Problem(404, "not_found")
    return json_response(order_body(order, _pay_url(request, order.id)))


_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Demo payment</title></head>
<body style="font-family:sans-serif;max-width:30em;margin:2em auto">
<h1>Demo payment</h1><p>{message}</p>{form}
<p><small>Reference portal: no money moves.</small></p></body></html>"""


@pay_page_router.get("/pay/{order_id}", response_class=HTMLResponse)
def pay_page(request: Request, order_id: str) -> HTMLResponse:
    with reading(portal_state(request).engine) as conn:
        order = store.get_order(conn, order_id)
    if order is None:
        return HTMLResponse(_PAGE.format(message="Unknown order.", form=""), status_code=404)
    amount = f"{format_minor(order.amount_minor)} {order.currency}"
    form = ""
    if order.status == "pending":
        form = '<form method="post"><button type="submit">Pay</button></form>'
    message = html.escape(f"Order {order.id}: {amount} — {order.status}")
    return HTMLResponse(_PAGE.format(message=message, form=form))


@pay_page_router.post("/pay/{order_id}", response_class=HTMLResponse)
def pay(request: Request, order_id: str) -> HTMLResponse:
    with writing(portal_state(request).engine) as conn:
        order = store.mark_paid(conn, order_id)
    if order is None:
        return HTMLResponse(_PAGE.format(message="Unknown order.", form=""), status_code=404)
    message = html.escape(f"Order {order.id}: {order.status}")
    return HTMLResponse(_PAGE.format(message=message, form=""))
