"""Guided mode for QML: the staff PIN pad, the staff banner and menu, practice sessions.

Staff sign in from any screen of a session (Help → "Staff sign-in" → the
``guided-signin`` PIN pad). Signed in, the session is guided: a banner names the
staff member, explanations show beside each form step and the idle reset is
paused. It resumes when staff sign out, or by itself after ``[guided]
staff_timeout_s`` without a touch. "End session" goes through the one wipe; so
does every other end of the session, which also signs staff out.
The typed PIN lives only in this object (QML sees its length), dropped after each try.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Property, QCoreApplication, QObject, QTimer, Signal, Slot

from kiosk.admin.lockout import Lockout
from kiosk.admin.pin import MAX_DIGITS, AdminPin
from kiosk.admin.pin_entry import Attempt, PinEntry
from kiosk.guided.mode import GuidedMode
from kiosk.guided.staff import StaffMember, StaffRoster
from kiosk.session.clock import Clock
from kiosk.session.idle import IdleTimer
from kiosk.session.outcomes import SessionOutcomes
from kiosk.session.screens import Screen

log = logging.getLogger("kiosk.guided")

TICK_MS = 1000


def staff_lockout_file(data_dir: Path) -> Path:
    return data_dir / "staff-lockout.json"


class _NoStaff(Exception):
    """No staff member is set up, so no staff PIN can be right."""


class GuidedViewModel(QObject):
    signInChanged = Signal()
    pinChanged = Signal()
    modeChanged = Signal()

    def __init__(
        self,
        mode: GuidedMode,
        roster: StaffRoster,
        clock: Clock,
        idle: IdleTimer,
        data_dir: Path,
        *,
        navigate: Callable[[Screen], None],
        back: Callable[[], None],
        end_session: Callable[[str], None],
        current_screen: Callable[[], Screen],
        outcomes: SessionOutcomes | None = None,
        open_staff_page: Callable[[str], bool] | None = None,
        library: bool = False,
        tick_ms: int = TICK_MS,
    ) -> None:
        super().__init__()
        self._mode = mode
        self._roster = roster
        self._clock = clock
        self._idle = idle
        self._navigate = navigate
        self._back = back
        self._end_session = end_session
        self._current_screen = current_screen
        self._outcomes = outcomes
        self._open_staff_page = open_staff_page
        # The library profile lets anyone practise (home offers it), not only staff.
        self._library = library
        self._lockout = Lockout(staff_lockout_file(data_dir), lambda: clock.now().timestamp())
        self._pin = PinEntry(self._lockout)
        self._listeners: list[Callable[[], None]] = []
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self.tick)

    def on_change(self, listener: Callable[[], None]) -> None:
        """Called after anything of guided mode changed (journeys re-read it)."""
        self._listeners.append(listener)

    def _changed(self) -> None:
        self.signInChanged.emit()
        self.modeChanged.emit()
        for listener in self._listeners:
            listener()

    # -- properties -----------------------------------------------------------------
    def _get_signed_in(self) -> bool:
        return self._mode.active

    def _get_staff_name(self) -> str:
        who = self._mode.signed_in
        return who.name if who is not None else ""

    def _get_pin_length(self) -> int:
        return self._pin.length

    def _get_max_digits(self) -> int:
        return MAX_DIGITS

    def _get_message(self) -> str:
        return self._pin.message

    def _get_locked(self) -> bool:
        return self._lockout.locked

    def _get_lockout_seconds(self) -> int:
        return self._lockout.seconds_left()

    def _get_practice(self) -> bool:
        return self._mode.practice

    def _get_sample_name(self) -> str:
        sample = self._mode.sample
        return f"{sample.given_names} {sample.surname}" if sample is not None else ""

    def _get_practice_offered(self) -> bool:
        return (self._library or self._mode.active) and not self._mode.practice

    def _get_on_behalf(self) -> bool:
        return self._mode.on_behalf

    def _get_show_me(self) -> bool:
        return self._mode.show_me and self._mode.active

    signedIn = Property(bool, _get_signed_in, notify=signInChanged)
    staffName = Property(str, _get_staff_name, notify=signInChanged)
    pinLength = Property(int, _get_pin_length, notify=pinChanged)
    maxDigits = Property(int, _get_max_digits, constant=True)
    message = Property(str, _get_message, notify=pinChanged)
    locked = Property(bool, _get_locked, notify=pinChanged)
    lockoutSeconds = Property(int, _get_lockout_seconds, notify=pinChanged)
    practice = Property(bool, _get_practice, notify=modeChanged)
    sampleName = Property(str, _get_sample_name, notify=modeChanged)
    practiceOffered = Property(bool, _get_practice_offered, notify=modeChanged)
    onBehalf = Property(bool, _get_on_behalf, notify=modeChanged)
    showMe = Property(bool, _get_show_me, notify=modeChanged)

    # -- signing in -------------------------------------------------------------------
    @Slot()
    def openSignIn(self) -> None:
        """'Staff sign-in' (in the help panel of every session screen)."""
        self._pin.clear()
        self.pinChanged.emit()
        if self._current_screen() is not Screen.GUIDED_SIGNIN:
            self._navigate(Screen.GUIDED_SIGNIN)

    @Slot(str)
    def digit(self, key: str) -> None:
        if self._pin.press(key):
            self.pinChanged.emit()

    @Slot()
    def deleteDigit(self) -> None:
        if self._pin.backspace():
            self.pinChanged.emit()

    @Slot()
    def cancelSignIn(self) -> None:
        self._pin.clear()
        self.pinChanged.emit()
        if self._current_screen() is Screen.GUIDED_SIGNIN:
            self._back()

    @Slot()
    def submitPin(self) -> None:
        try:
            attempt, member = self._pin.check(self._staff_member)
        except _NoStaff:
            self._pin.message = QCoreApplication.translate(
                "Guided",
                "No library staff are set up on this kiosk yet. "
                "A technician adds them in the admin screen.",
            )
            self.pinChanged.emit()
            return
        if attempt is Attempt.EMPTY:
            self._pin.message = QCoreApplication.translate("Guided", "Enter your staff PIN.")
            self.pinChanged.emit()
            return
        if member is None:  # the pad is locked, or the PIN was wrong
            if attempt is not Attempt.LOCKED:
                log.info("guided.pin_refused", extra={"failures": self._lockout.state.failures})
            self._pin.message = (
                self._tries_left_message() if attempt is Attempt.WRONG else self._locked_message()
            )
            self.pinChanged.emit()
            return
        self._mode.staff.sign_in(member.staff_id, member.name)
        if self._outcomes is not None:
            self._outcomes.mark_assisted()  # the statistics count this session as assisted
        self._idle.pause(True)
        self._timer.start()
        log.info("guided.staff_signed_in", extra={"staff_id": member.staff_id})
        self.pinChanged.emit()
        self._changed()
        if self._current_screen() is Screen.GUIDED_SIGNIN:
            self._back()

    def _staff_member(self, pin: AdminPin) -> StaffMember | None:
        if not self._roster.members:
            raise _NoStaff
        return self._roster.find(pin)

    def _tries_left_message(self) -> str:
        return QCoreApplication.translate(
            "Guided",
            "That staff PIN is not right. %n more tries before the PIN pad locks.",
            "",
            self._lockout.attempts_before_lockout(),
        )

    def _locked_message(self) -> str:
        seconds = self._lockout.seconds_left()
        return QCoreApplication.translate(
            "Guided", "Too many wrong PINs. Try again in %n seconds.", "", seconds
        )

    # -- signed in ----------------------------------------------------------------------
    @Slot()
    def signOut(self) -> None:
        self._sign_out("signed_out")

    def _sign_out(self, reason: str) -> None:
        who = self._mode.staff.sign_out()
        self._timer.stop()
        self._idle.pause(False)
        self._mode.on_behalf = False
        self._mode.show_me = False
        if who is not None:
            log.info("guided.staff_signed_out", extra={"reason": reason})
        self._changed()

    @Slot()
    def endSession(self) -> None:
        """Staff's "End session": the one wipe, as Finish does."""
        if self._mode.active:
            self._end_session("staff")

    @Slot()
    def startPractice(self) -> None:
        """Staff's menu, or on a library kiosk "Practise with a sample person" on home."""
        if not self._get_practice_offered():
            return
        self._mode.start_practice()
        if self._outcomes is not None:
            self._outcomes.mark_practice()  # kept apart from real sessions in the statistics
        log.info("guided.practice_started")
        self._changed()
        self._navigate(Screen.HOME)

    @Slot()
    def stopPractice(self) -> None:
        if self._mode.practice:
            # Practice answers are sample data, but go the same way as real ones: wiped.
            self._end_session("practice_ended")

    @Slot(bool)
    def setOnBehalf(self, on: bool) -> None:
        self._mode.on_behalf = bool(on) and self._mode.active
        log.info("guided.on_behalf", extra={"on": self._mode.on_behalf})
        self._changed()

    @Slot(str, result=bool)
    def openStaffPage(self, name: str) -> bool:
        """Staff menu → Workshops or Report (the library's pages of the admin screen).

        Only while staff are signed in: the staff PIN is what lets them past the
        technician PIN, for those two pages only.
        """
        if not self._mode.active or self._open_staff_page is None:
            return False
        log.info("guided.staff_page", extra={"page": name[:20]})
        return self._open_staff_page(name)

    @Slot(bool)
    def setShowMe(self, on: bool) -> None:
        self._mode.show_me = bool(on) and self._mode.active
        self._changed()

    # -- time ---------------------------------------------------------------------------
    @Slot()
    def activity(self) -> None:
        self._mode.staff.activity()

    @Slot()
    def tick(self) -> None:
        if self._mode.staff.timed_out():
            self._sign_out("staff_timeout")
        if self._lockout.locked:
            self.pinChanged.emit()

    def session_ended(self) -> None:
        """The session's wipe (Finish, idle, staff, admin): staff signed out, practice over."""
        self._pin.clear()
        was_active = self._mode.active or self._mode.practice
        self._mode.reset()
        self._timer.stop()
        self._idle.pause(False)
        if was_active:
            self._changed()
        self.pinChanged.emit()

    # -- screenshots -------------------------------------------------------------------
    def sign_in_for_screenshot(self, staff_id: str, name: str) -> None:
        self._mode.staff.sign_in(staff_id, name)
        if self._outcomes is not None:
            self._outcomes.mark_assisted()
        self._idle.pause(True)
        self._changed()
