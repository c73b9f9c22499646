"""The guided-mode state of the running session, as the journeys need to know it.

Plain Python shared by the guided view-model (which changes it) and the form journey
(which reads it): who of the staff is signed in, whether this is a practice session
(and with which sample person), whether staff submit on behalf of someone who is not
present, and whether "show me" highlights the control to touch.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from kiosk.guided.practice_portal import PracticePortal
from kiosk.guided.sample_people import SamplePerson, sample_person
from kiosk.guided.staff_session import SignedIn, StaffSession


class GuidedMode:
    def __init__(self, staff: StaffSession, practice_portal: PracticePortal, country: str) -> None:
        self.staff = staff
        self.practice_portal = practice_portal
        self._country = country
        self.practice = False
        self.sample: SamplePerson | None = None
        self.on_behalf = False
        self.show_me = False

    @property
    def signed_in(self) -> SignedIn | None:
        return self.staff.signed_in

    @property
    def active(self) -> bool:
        """Guided: staff are signed in (explanations beside each step)."""
        return self.staff.signed_in is not None

    def start_practice(self) -> SamplePerson:
        self.practice = True
        self.sample = sample_person(self._country)
        return self.sample

    def assisted_by(self) -> Mapping[str, Any] | None:
        """What a submission carries when staff helped: their id, never their name."""
        who = self.staff.signed_in
        if who is None:
            return None
        return {
            "staff_id": who.staff_id,
            "on_behalf_of": self.on_behalf,
            "consent_recorded": self.on_behalf,
        }

    def reset(self) -> None:
        """The session ended: staff signed out, no practice, nobody on whose behalf."""
        self.staff.sign_out()
        self.practice = False
        self.sample = None
        self.on_behalf = False
        self.show_me = False
        self.practice_portal.wipe()
