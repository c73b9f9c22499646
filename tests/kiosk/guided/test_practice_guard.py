"""During practice the appointment, taxes and status journeys have no portal to reach."""

from __future__ import annotations

from typing import Any, cast

from kiosk.guided.mode import GuidedMode
from kiosk.guided.practice_guard import PracticeGuardedPortal
from kiosk.guided.practice_portal import PracticePortal
from kiosk.guided.staff_session import StaffSession
from kiosk.portal_access import ConnectedPortal
from kiosk.session.clock import ManualClock
from tests.kiosk.qml_helpers import START


def test_practice_guard_hides_every_part_of_the_real_portal() -> None:
    clock = ManualClock(START)
    mode = GuidedMode(StaffSession(clock, 1800), PracticePortal(clock), "RO")
    parts: dict[str, Any] = {n: object() for n in ("client", "sender", "outbox", "petitions")}
    guarded = PracticeGuardedPortal(cast(Any, ConnectedPortal(**parts)), mode)
    for name, part in parts.items():
        assert getattr(guarded, name) is part
    mode.start_practice()
    for name in parts:
        assert getattr(guarded, name) is None, name
    mode.reset()
    assert guarded.client is parts["client"]
