"""What the confirmation screen and the receipt say after "Submit".

Three outcomes a person can meet: registered at once (number + access code),
received and numbered later (the portal answered 202), or saved on this kiosk
because the portal cannot be reached (the outbox sends it later; the client
reference is what they keep). Texts are English sources translated by the
caller's `translate`, so this stays plain Python and testable without Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from kiosk.i18n.noop import QT_TRANSLATE_NOOP
from kiosk.petitions.open311_models import Open311Receipt
from kiosk.portal.sender import SubmissionConfirmed, SubmissionQueued, SubmitOutcome

Translate = Callable[[str], str]
FormatDate = Callable[[date], str]

CONTEXT = "Confirmation"

REGISTERED = QT_TRANSLATE_NOOP("Confirmation", "Your request is registered")
RECEIVED = QT_TRANSLATE_NOOP("Confirmation", "Your request has been received")
SAVED = QT_TRANSLATE_NOOP("Confirmation", "Your request is saved on this kiosk")
NEXT_REGISTERED = QT_TRANSLATE_NOOP(
    "Confirmation",
    "The town hall now works on your request. You will get the answer by {date}. "
    "You can check how it is going on this kiosk with the number and the access code shown here.",
)
NEXT_REGISTERED_NO_DATE = QT_TRANSLATE_NOOP(
    "Confirmation",
    "The town hall now works on your request. You can check how it is going on this kiosk "
    "with the number and the access code shown here.",
)
NEXT_RECEIVED = QT_TRANSLATE_NOOP(
    "Confirmation",
    "It gets its registration number in the next few hours. Keep the receipt: with the "
    "reference shown here you can check its status on this kiosk.",
)
NEXT_SAVED = QT_TRANSLATE_NOOP(
    "Confirmation",
    "The connection to the town hall is down right now. Your request will be sent "
    "automatically as soon as it is back; you do not need to do anything. Keep the reference "
    "shown here.",
)
# Practice (guided mode): the same screen, but nothing may read as if it had been sent.
PRACTICE_TITLE = QT_TRANSLATE_NOOP(
    "Confirmation", "Practice done — this is how a registered request looks"
)
NEXT_PRACTICE = QT_TRANSLATE_NOOP(
    "Confirmation",
    "With a real request, the town hall would now work on it, and you could check how it is "
    "going on this kiosk with the number and the access code shown here. Nothing was sent "
    "this time.",
)
CONTACT = QT_TRANSLATE_NOOP(
    "Confirmation",
    "Questions? Ask at the information desk of {institution}, and show this number.",
)


@dataclass(frozen=True, slots=True)
class Confirmation:
    kind: str  # registered | received | saved
    title: str
    next_steps: str
    contact: str
    registration_number: str
    access_code: str
    client_reference: str
    expected: str
    status_url: str
    receipt_lines: tuple[str, ...]

    def __repr__(self) -> str:
        return f"Confirmation(kind={self.kind})"

    def as_map(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "title": self.title,
            "nextSteps": self.next_steps,
            "contact": self.contact,
            "registrationNumber": self.registration_number,
            "accessCode": self.access_code,
            "clientReference": self.client_reference,
            "expected": self.expected,
            "statusUrl": self.status_url,
        }


def _expected_date(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        try:
            return date.fromisoformat(text[:10])
        except ValueError:
            return None


def confirmation_for(
    outcome: SubmitOutcome,
    *,
    institution: str,
    translate: Translate,
    format_date: FormatDate,
    practice: bool = False,
) -> Confirmation:
    contact = translate(CONTACT).replace("{institution}", institution)
    if isinstance(outcome, SubmissionQueued):
        return Confirmation(
            kind="saved",
            title=translate(SAVED),
            next_steps=translate(NEXT_SAVED),
            contact=contact,
            registration_number="",
            access_code="",
            client_reference=outcome.client_reference,
            expected="",
            status_url="",
            receipt_lines=(),
        )
    assert isinstance(outcome, SubmissionConfirmed)
    receipt = outcome.receipt
    number = receipt.registration_number or ""
    expected = _expected_date(receipt.submission.expected_at)
    if number:
        title = translate(REGISTERED)
        if expected is not None:
            next_steps = translate(NEXT_REGISTERED).replace("{date}", format_date(expected))
        else:
            next_steps = translate(NEXT_REGISTERED_NO_DATE)
    else:
        title, next_steps = translate(RECEIVED), translate(NEXT_RECEIVED)
    if practice:
        title, next_steps = translate(PRACTICE_TITLE), translate(NEXT_PRACTICE)
    return Confirmation(
        kind="registered" if number else "received",
        title=title,
        next_steps=next_steps,
        contact=contact,
        registration_number=number,
        access_code=receipt.access_code or "",
        client_reference=outcome.client_reference,
        expected=format_date(expected) if expected is not None else "",
        status_url=receipt.receipt.status_url or "",
        receipt_lines=tuple(receipt.receipt.lines),
    )


NEXT_OPEN311 = QT_TRANSLATE_NOOP(
    "Confirmation",
    "Your petition was sent to the city's reporting service. Keep this number: the city "
    "uses it when it answers you or when you ask about your petition.",
)


def confirmation_for_open311(
    receipt: Open311Receipt, *, institution: str, translate: Translate
) -> Confirmation:
    """A petition filed with an Open311 server: its request id now, or a token for later."""
    number = receipt.service_request_id or ""
    notes = translate(NEXT_OPEN311)
    if receipt.service_notice:
        notes = f"{notes}\n{receipt.service_notice}"
    return Confirmation(
        kind="registered" if number else "received",
        title=translate(REGISTERED if number else RECEIVED),
        next_steps=notes,
        contact=translate(CONTACT).replace("{institution}", institution),
        registration_number=number,
        access_code="",
        client_reference=receipt.token or "",
        expected="",
        status_url="",
        receipt_lines=(),
    )
