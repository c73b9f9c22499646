"""What can go wrong talking to the portal, as exceptions the UI and the outbox understand.

Every error says whether trying again later can help (``transient``: the outbox
keeps the submission and retries) or not (final: the person, or staff, must act),
and carries an English source string (``user_message``) the UI translates in the
``PortalErrors`` context. When the portal sent an RFC 9457 problem document, its
localized ``title``, machine ``code`` and per-field ``field_errors`` (JSON pointers
such as ``/data/cnp``) are kept for the form screens.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

from kiosk.i18n.noop import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Problem:
    """The parts of an ``application/problem+json`` body the kiosk uses."""

    type: str | None = None
    title: str | None = None
    detail: str | None = None
    code: str | None = None
    trace_id: str | None = None
    field_errors: dict[str, list[str]] = field(default_factory=dict)

    @classmethod
    def from_json(cls, document: Mapping[str, Any]) -> Problem:
        errors: dict[str, list[str]] = {}
        raw_errors = document.get("errors")
        if isinstance(raw_errors, Mapping):
            for pointer, messages in raw_errors.items():
                if isinstance(messages, list):
                    errors[str(pointer)] = [str(m) for m in messages]
                elif isinstance(messages, str):
                    errors[str(pointer)] = [messages]
        return cls(
            type=_text(document.get("type")),
            title=_text(document.get("title")),
            detail=_text(document.get("detail")),
            code=_text(document.get("code")),
            trace_id=_text(document.get("trace_id")),
            field_errors=errors,
        )


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


class PortalError(Exception):
    """Base of all portal failures; ``str()`` is a log-safe summary, never personal data."""

    transient: ClassVar[bool] = False
    default_user_message: ClassVar[str] = QT_TRANSLATE_NOOP(
        "PortalErrors", "Something went wrong while talking to the town hall's server."
    )

    def __init__(
        self,
        summary: str,
        *,
        status: int | None = None,
        problem: Problem | None = None,
        retry_after_s: float | None = None,
    ) -> None:
        super().__init__(summary)
        self.status = status
        self.problem = problem or Problem()
        self.retry_after_s = retry_after_s

    @property
    def code(self) -> str | None:
        return self.problem.code

    @property
    def title(self) -> str | None:
        """The portal's own localized title, when it sent one (show it over user_message)."""
        return self.problem.title

    @property
    def field_errors(self) -> dict[str, list[str]]:
        return self.problem.field_errors

    @property
    def user_message(self) -> str:
        """English source text; translate with context ``PortalErrors``."""
        return self.default_user_message


# Transient: the request may succeed later; submissions stay queued.


class PortalUnreachable(PortalError):
    transient = True
    default_user_message = QT_TRANSLATE_NOOP(
        "PortalErrors", "The town hall's server cannot be reached right now."
    )


class PortalTimeout(PortalError):
    transient = True
    default_user_message = QT_TRANSLATE_NOOP(
        "PortalErrors", "The town hall's server is taking too long to answer."
    )


class PortalInsecure(PortalError):
    # Transient for the outbox: a wrong certificate is usually a misconfigured proxy or
    # an expired certificate being renewed, and the queued data stays encrypted meanwhile.
    transient = True
    default_user_message = QT_TRANSLATE_NOOP(
        "PortalErrors",
        "The connection to the town hall's server could not be verified as secure. "
        "Please ask the staff for help.",
    )


class PortalBadResponse(PortalError):
    # A captive portal or broken proxy answering in its place; worth retrying.
    transient = True
    default_user_message = QT_TRANSLATE_NOOP(
        "PortalErrors", "The town hall's server sent an answer the kiosk cannot read."
    )


class PortalServerError(PortalError):
    transient = True
    default_user_message = QT_TRANSLATE_NOOP(
        "PortalErrors", "The town hall's server has a problem right now."
    )


class PortalBusy(PortalError):
    """429: too many requests; ``retry_after_s`` says when to come back."""

    transient = True
    default_user_message = QT_TRANSLATE_NOOP(
        "PortalErrors", "The town hall's server is busy right now."
    )


class PortalInFlight(PortalError):
    """409: the same idempotency key is still being processed."""

    transient = True
    default_user_message = QT_TRANSLATE_NOOP(
        "PortalErrors", "This request is still being processed. Please wait a moment."
    )


# Final: trying again will not help; a person must act.


class PortalRejected(PortalError):
    """Any 4xx without a more specific class."""

    default_user_message = QT_TRANSLATE_NOOP(
        "PortalErrors",
        "The town hall's server did not accept this request. Please ask the staff for help.",
    )


class PortalBadRequest(PortalRejected):
    pass


class PortalUnauthorized(PortalRejected):
    """401: the device token is missing, wrong or revoked; the kiosk must be re-enrolled."""

    default_user_message = QT_TRANSLATE_NOOP(
        "PortalErrors",
        "This kiosk is not allowed to connect to the town hall's server. "
        "Please ask the staff for help.",
    )


class PortalForbidden(PortalRejected):
    default_user_message = QT_TRANSLATE_NOOP(
        "PortalErrors", "This kiosk is not allowed to do this. Please ask the staff for help."
    )


class PortalNotFound(PortalRejected):
    default_user_message = QT_TRANSLATE_NOOP(
        "PortalErrors", "Nothing was found. Please check the number and code you entered."
    )


class PortalValidationError(PortalRejected):
    """422: answers the portal refused; ``field_errors`` says which."""

    default_user_message = QT_TRANSLATE_NOOP("PortalErrors", "Some answers need to be corrected.")


class PortalNotConfigured(PortalError):
    """No device token in the keyring: the kiosk was never enrolled."""

    default_user_message = PortalUnauthorized.default_user_message


_BY_STATUS: dict[int, type[PortalError]] = {
    400: PortalBadRequest,
    401: PortalUnauthorized,
    403: PortalForbidden,
    404: PortalNotFound,
    409: PortalInFlight,
    422: PortalValidationError,
    429: PortalBusy,
}


def error_class_for_status(status: int) -> type[PortalError]:
    if status in _BY_STATUS:
        return _BY_STATUS[status]
    if status >= 500:
        return PortalServerError
    if status >= 400:
        return PortalRejected
    # A 1xx/2xx/3xx we did not ask for (e.g. a redirect to a login page).
    return PortalBadResponse
