"""Which message a failed portal request gives, from the portal's own answer."""

import pytest

from kiosk.appointments.problems import Trouble, trouble_of
from kiosk.portal.errors import (
    PortalError,
    PortalNotFound,
    PortalServerError,
    PortalTimeout,
    PortalUnauthorized,
    PortalUnreachable,
    PortalValidationError,
    Problem,
)


@pytest.mark.parametrize(
    ("error", "trouble"),
    [
        (PortalUnreachable("down"), Trouble.UNREACHABLE),
        (PortalTimeout("slow"), Trouble.UNREACHABLE),
        (PortalServerError("503", status=503), Trouble.UNREACHABLE),
        (
            PortalValidationError("422", status=422, problem=Problem(code="slot_taken")),
            Trouble.SLOT_TAKEN,
        ),
        (
            PortalValidationError("422", status=422, problem=Problem(code="hold_expired")),
            Trouble.HOLD_EXPIRED,
        ),
        (PortalNotFound("404", status=404), Trouble.NOT_FOUND),
        (PortalUnauthorized("401", status=401), Trouble.REFUSED),
    ],
)
def test_trouble_of(error: PortalError, trouble: Trouble) -> None:
    assert trouble_of(error) is trouble


def test_only_an_unreachable_portal_is_worth_trying_again() -> None:
    assert [t for t in Trouble if t.retryable] == [Trouble.UNREACHABLE]
    assert Trouble.UNREACHABLE.message.startswith(
        "The appointment system cannot be reached right now."
    )
    assert "information desk" in Trouble.UNREACHABLE.message
