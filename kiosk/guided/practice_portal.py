"""The practice target: a portal on the kiosk itself that answers like the real one.

In a practice session the form journey sends here instead of to the outbox, so a
practice request never reaches the real portal and never touches the outbox. It
gets a number of its own ("P-0001"), an access code and an expected date,
so the confirmation and the (watermarked) receipt look as they will for real. What
was "sent" is kept in memory only until the session's wipe.
"""

from __future__ import annotations

import logging
import secrets
from datetime import timedelta

from kiosk.portal.outbox import new_client_reference
from kiosk.portal.sender import SubmissionConfirmed
from kiosk.portal.submissions import (
    Receipt,
    StatusChange,
    SubmissionReceipt,
    SubmissionRequest,
    SubmissionStatus,
)
from kiosk.session.clock import Clock

log = logging.getLogger("kiosk.guided.practice")

PRACTICE_PREFIX = "P-"  # language-neutral: the words PRACTICE are translated
# A practice answer comes "by" this many days later, like a typical certificate.
PRACTICE_DAYS = 10
_CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


class PracticePortal:
    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self._count = 0
        self._received: list[str] = []  # service codes, nothing personal

    @property
    def received(self) -> tuple[str, ...]:
        return tuple(self._received)

    async def submit(self, request: SubmissionRequest) -> SubmissionConfirmed:
        self._count += 1
        now = self._clock.now()
        number = f"{PRACTICE_PREFIX}{self._count:04d}"
        stamp = now.isoformat(timespec="seconds")
        status = SubmissionStatus(
            id=f"practice-{self._count}",
            service_code=request.service_code,
            service_name=None,
            registration_number=number,
            status="registered",
            status_history=[StatusChange("registered", stamp)],
            received_at=stamp,
            registered_at=stamp,
            expected_at=(now + timedelta(days=PRACTICE_DAYS)).isoformat(timespec="seconds"),
            client_reference=None,
        )
        code = "".join(secrets.choice(_CODE_LETTERS) for _ in range(6))
        self._received.append(request.service_code)
        log.info("practice_submission", extra={"service": request.service_code})
        return SubmissionConfirmed(
            client_reference=new_client_reference(),
            receipt=SubmissionReceipt(
                submission=status, access_code=code, receipt=Receipt([], None)
            ),
        )

    def wipe(self) -> None:
        self._received.clear()
        self._count = 0
