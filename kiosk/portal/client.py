"""The portal API (PORTAL_API.md, ``portal/openapi.yaml``) as async methods.

One method per endpoint; each returns a dataclass or raises a
:class:`~kiosk.portal.errors.PortalError`. Creating POSTs take the caller's
idempotency key, so a retry after a lost answer is safe. Submissions normally go
through :class:`~kiosk.portal.sender.SubmissionSender`, which adds the outbox.

No Qt here: the lead's view-models await these methods on the qasync loop.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import quote, urlencode

from kiosk.portal.appointments import (
    Appointment,
    AppointmentRequest,
    DayAvailability,
    Office,
    Slot,
)
from kiosk.portal.catalogue_models import (
    CatalogueDocument,
    CataloguePage,
    Discovery,
    FormDocument,
    NotModified,
)
from kiosk.portal.payments import Obligations, PaymentOrder
from kiosk.portal.settings import PortalSettings
from kiosk.portal.submissions import SubmissionReceipt, SubmissionStatus
from kiosk.portal.transport import PortalTransport, TokenSource

SUBMISSION_CREATED = (201, 202)


class PortalClient:
    """Talks to one portal with this kiosk's device token.

    ``token_source`` is usually the :class:`kiosk.secrets.SecretStore`; the token is
    read on first use and again after a 401 (the kiosk may have been re-enrolled).
    ``language`` is the default ``Accept-Language``; every method can override it.
    """

    def __init__(
        self, settings: PortalSettings, token_source: TokenSource, *, language: str = "ro"
    ) -> None:
        self.settings = settings
        self.language = language
        self._transport = PortalTransport(settings, token_source)

    async def aclose(self) -> None:
        await self._transport.aclose()

    async def __aenter__(self) -> PortalClient:
        return self

    async def __aexit__(self, *_exc: object) -> None:
        await self.aclose()

    def forget_token(self) -> None:
        self._transport.forget_token()

    # Catalogue and forms.

    async def discovery(self) -> Discovery:
        response = await self._transport.request("GET", "/discovery", language=self.language)
        return Discovery.from_json(response.json)

    async def catalogue(self, *, etag: str | None = None) -> CatalogueDocument | NotModified:
        """The whole catalogue in every language (one request; ETag → 304 when unchanged)."""
        response = await self._transport.request(
            "GET", "/catalogue", language=self.language, etag=etag, expect=(200, 304)
        )
        if response.status == 304:
            return NotModified(etag or "")
        return CatalogueDocument.from_json(response.json, etag=response.etag)

    async def services(
        self,
        *,
        language: str | None = None,
        kind: str | None = None,
        jurisdiction: str | None = None,
    ) -> CataloguePage:
        """Services with texts in one language (``Accept-Language``)."""
        params = {k: v for k, v in (("kind", kind), ("jurisdiction", jurisdiction)) if v}
        response = await self._transport.request(
            "GET", "/services", params=params or None, language=language or self.language
        )
        return CataloguePage.from_json(response.json, etag=response.etag)

    async def form(
        self, service_code: str, *, language: str | None = None, etag: str | None = None
    ) -> FormDocument | NotModified:
        response = await self._transport.request(
            "GET",
            "/services/{code}/form",
            path_params={"code": service_code},
            language=language or self.language,
            etag=etag,
            expect=(200, 304),
        )
        if response.status == 304:
            return NotModified(etag or "")
        return FormDocument.from_json(service_code, response.json, etag=response.etag)

    # Submissions.

    async def submit(self, body: bytes, idempotency_key: str) -> SubmissionReceipt:
        """POST the exact ``body`` bytes (see ``SubmissionRequest.to_body``)."""
        response = await self._transport.request(
            "POST",
            "/submissions",
            content=body,
            idempotency_key=idempotency_key,
            language=self.language,
            expect=SUBMISSION_CREATED,
        )
        return SubmissionReceipt.from_json(response.json, replayed=response.replayed)

    async def submission_status(
        self, registration_number: str, access_code: str, *, language: str | None = None
    ) -> SubmissionStatus:
        """Status from a receipt; a wrong code and an unknown number are both PortalNotFound."""
        response = await self._transport.request(
            "GET",
            "/submissions/{number}",
            # "2026/000123" travels as "2026-000123", the contract's URL form.
            path_params={"number": registration_number.replace("/", "-")},
            params={"access_code": access_code},
            language=language or self.language,
        )
        return SubmissionStatus.from_json(response.json)

    async def submission_status_by_reference(
        self, client_reference: str, *, language: str | None = None
    ) -> SubmissionStatus:
        """Status of a submission *this kiosk* sent (provisional slip; no access code needed)."""
        response = await self._transport.request(
            "GET",
            "/submissions/by-reference/{reference}",
            path_params={"reference": client_reference},
            language=language or self.language,
        )
        return SubmissionStatus.from_json(response.json)

    # Appointments.

    async def offices(self, service_code: str, *, language: str | None = None) -> list[Office]:
        response = await self._transport.request(
            "GET",
            "/appointment-services/{code}/offices",
            path_params={"code": service_code},
            language=language or self.language,
        )
        return Office.list_from_json(response.json)

    async def days(
        self, service_code: str, office: str, *, language: str | None = None
    ) -> list[DayAvailability]:
        response = await self._transport.request(
            "GET",
            "/appointment-services/{code}/days",
            path_params={"code": service_code},
            params={"office": office},
            language=language or self.language,
        )
        return DayAvailability.list_from_json(response.json)

    async def slots(
        self, service_code: str, office: str, date: str, *, language: str | None = None
    ) -> list[Slot]:
        response = await self._transport.request(
            "GET",
            "/appointment-services/{code}/slots",
            path_params={"code": service_code},
            params={"office": office, "date": date},
            language=language or self.language,
        )
        return Slot.list_from_json(response.json)

    async def hold_appointment(
        self, request: AppointmentRequest, idempotency_key: str
    ) -> Appointment:
        response = await self._transport.request(
            "POST",
            "/appointments",
            json_body=request.to_json(),
            idempotency_key=idempotency_key,
            language=self.language,
            expect=(201,),
        )
        return Appointment.from_json(response.json)

    async def confirm_appointment(self, appointment_id: str, access_code: str) -> Appointment:
        """Naturally idempotent: confirming twice answers the same."""
        return await self._appointment_action(appointment_id, "confirmation", access_code)

    async def cancel_appointment(self, appointment_id: str, access_code: str) -> Appointment:
        return await self._appointment_action(appointment_id, "cancellation", access_code)

    async def appointment(
        self, appointment_id: str, access_code: str, *, language: str | None = None
    ) -> Appointment:
        response = await self._transport.request(
            "GET",
            "/appointments/{id}",
            path_params={"id": appointment_id},
            params={"access_code": access_code},
            language=language or self.language,
        )
        return Appointment.from_json(response.json)

    def appointment_ics_url(self, appointment_id: str, access_code: str) -> str:
        """Link to the calendar file (for a QR code on the confirmation screen)."""
        return (
            f"{self._transport.base_url}/appointments/{quote(appointment_id, safe='')}.ics?"
            + urlencode({"access_code": access_code})
        )

    async def appointment_ics(self, appointment_id: str, access_code: str) -> bytes:
        """The iCalendar file itself (to print or hand to the phone)."""
        return await self._transport.get_bytes(
            "/appointments/{id}.ics", {"id": appointment_id}, {"access_code": access_code}
        )

    async def _appointment_action(
        self, appointment_id: str, action: str, access_code: str
    ) -> Appointment:
        response = await self._transport.request(
            "POST",
            "/appointments/{id}/" + action,
            path_params={"id": appointment_id},
            json_body={"access_code": access_code},
            language=self.language,
        )
        return Appointment.from_json(response.json)

    # Local taxes and payments.

    async def obligations(
        self, service_code: str, personal_id: str, *, language: str | None = None
    ) -> Obligations:
        """Debts for a personal ID; POST so the ID never appears in a URL or access log."""
        body = {"service_code": service_code, "personal_id": personal_id}
        response = await self._transport.request(
            "POST", "/obligations/lookup", json_body=body, language=language or self.language
        )
        return Obligations.from_json(response.json)

    async def create_payment(
        self,
        service_code: str,
        obligation_ids: Sequence[str],
        idempotency_key: str,
        *,
        client_reference: str | None = None,
    ) -> PaymentOrder:
        """A payment order (QR → pay on the phone); the key makes a retry return the same order."""
        body: dict[str, Any] = {
            "service_code": service_code,
            "obligation_ids": list(obligation_ids),
            "locale": self.language,
        }
        if client_reference is not None:
            body["client_reference"] = client_reference
        response = await self._transport.request(
            "POST",
            "/payments",
            json_body=body,
            idempotency_key=idempotency_key,
            language=self.language,
            expect=(201,),
        )
        return PaymentOrder.from_json(response.json)

    async def payment(self, order_id: str) -> PaymentOrder:
        """Poll an order: has the person paid on their phone yet?"""
        response = await self._transport.request(
            "GET", "/payments/{id}", path_params={"id": order_id}, language=self.language
        )
        return PaymentOrder.from_json(response.json)

    # Kiosk health.

    async def heartbeat(self, status: Mapping[str, Any]) -> str | None:
        """Report kiosk health (versions, outbox counts, device states; nothing personal).

        Returns the portal's catalogue changeset: refresh the catalogue cache when it changed.
        """
        response = await self._transport.request(
            "POST", "/kiosks/heartbeat", json_body=status, language=self.language
        )
        changeset = response.json.get("changeset")
        return changeset if isinstance(changeset, str) else None
