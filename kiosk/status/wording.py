"""Each request status in plain words, with what it means for the person.

Source strings are English (context ``RequestStatus``); the view-model translates
them. The portal's status codes are fixed by the API contract (PORTAL_API.md).
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.i18n.noop import QT_TRANSLATE_NOOP

CONTEXT = "RequestStatus"


@dataclass(frozen=True)
class StatusWording:
    word: str
    explanation: str
    finished: bool  # nothing more will happen: no expected date to wait for


WORDING: dict[str, StatusWording] = {
    "received": StatusWording(
        QT_TRANSLATE_NOOP("RequestStatus", "Received"),
        QT_TRANSLATE_NOOP(
            "RequestStatus",
            "The town hall has your request. It will get a registration number soon.",
        ),
        finished=False,
    ),
    "registered": StatusWording(
        QT_TRANSLATE_NOOP("RequestStatus", "Registered"),
        QT_TRANSLATE_NOOP(
            "RequestStatus",
            "Your request has a registration number and is waiting for a clerk to start on it.",
        ),
        finished=False,
    ),
    "in_progress": StatusWording(
        QT_TRANSLATE_NOOP("RequestStatus", "Being worked on"),
        QT_TRANSLATE_NOOP("RequestStatus", "A clerk is working on your request."),
        finished=False,
    ),
    "awaiting_citizen": StatusWording(
        QT_TRANSLATE_NOOP("RequestStatus", "Waiting for you"),
        QT_TRANSLATE_NOOP(
            "RequestStatus",
            "The town hall needs something from you before it can go on. Look for a letter, "
            "an email or a phone call from them, or ask at the front desk.",
        ),
        finished=False,
    ),
    "resolved": StatusWording(
        QT_TRANSLATE_NOOP("RequestStatus", "Done"),
        QT_TRANSLATE_NOOP(
            "RequestStatus",
            "Your request is finished. The town hall has sent you its answer, or will give it "
            "to you at the front desk.",
        ),
        finished=True,
    ),
    "rejected": StatusWording(
        QT_TRANSLATE_NOOP("RequestStatus", "Refused"),
        QT_TRANSLATE_NOOP(
            "RequestStatus",
            "The town hall could not do what you asked. Its answer says why, and how you can "
            "challenge the decision.",
        ),
        finished=True,
    ),
    "redirected": StatusWording(
        QT_TRANSLATE_NOOP("RequestStatus", "Sent to another office"),
        QT_TRANSLATE_NOOP(
            "RequestStatus",
            "Another institution deals with this, so the town hall has sent your request on "
            "to them. They will answer you.",
        ),
        finished=True,
    ),
    "cancelled": StatusWording(
        QT_TRANSLATE_NOOP("RequestStatus", "Cancelled"),
        QT_TRANSLATE_NOOP(
            "RequestStatus", "This request was cancelled. Nothing more will be done with it."
        ),
        finished=True,
    ),
}

UNKNOWN = StatusWording(
    QT_TRANSLATE_NOOP("RequestStatus", "Being dealt with"),
    QT_TRANSLATE_NOOP(
        "RequestStatus", "Ask at the front desk if you want to know more about this step."
    ),
    finished=False,
)


def wording_for(status: str) -> StatusWording:
    """A status code the kiosk does not know yet (a newer portal) still reads sensibly."""
    return WORDING.get(status, UNKNOWN)
