"""What a finished session amounted to, without anything personal: the session-outcomes hub.

The kiosk feeds the hub as a session goes (started, a journey started or completed,
staff assisted, practice) and publishes one `SessionOutcome` when the session ends.
Subscribers (the anonymous statistics store, metrics) get that outcome; nothing in it
can name a person: times, the UI language, service codes, flags and the end reason.

Plain Python, no Qt: the session view-model and the journeys' view-models call it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

log = logging.getLogger("kiosk.session")

# Journeys that are not catalogue services but count as one in the statistics.
STATUS_CHECK = "status-check"
APPOINTMENT_CANCEL = "appointment-cancel"


@dataclass(frozen=True, slots=True)
class SessionOutcome:
    """One citizen session, anonymous. Never add a field that could hold personal data."""

    started_at: datetime  # aware, UTC
    ended_at: datetime  # aware, UTC
    language: str  # the UI language code when the session ended
    services_started: tuple[str, ...]  # service codes whose journey was started, in order
    services_completed: tuple[str, ...]  # submitted / booked / paid / found, in order
    assisted: bool
    practice: bool
    end_reason: str  # "finish" | "idle" | "staff" | "admin" | …

    @property
    def completed(self) -> bool:
        """At least one journey reached its end (otherwise the session was abandoned)."""
        return bool(self.services_completed)


def utc_now() -> datetime:
    return datetime.now(UTC)


class SessionOutcomes:
    """Collects the running session's outcome and hands it to every subscriber at its end."""

    def __init__(self, now: Callable[[], datetime] = utc_now) -> None:
        self._now = now
        self._listeners: list[Callable[[SessionOutcome], None]] = []
        self._reset()

    def _reset(self) -> None:
        self._started_at: datetime | None = None
        self._started: list[str] = []
        self._completed: list[str] = []
        self._assisted = False
        self._practice = False

    def subscribe(self, listener: Callable[[SessionOutcome], None]) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[SessionOutcome], None]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    @property
    def active(self) -> bool:
        return self._started_at is not None

    def _utc_now(self) -> datetime:
        return self._now().astimezone(UTC)

    def _ensure_started(self) -> None:
        # Anything that happens in a session starts it, even if no screen change told us yet.
        if self._started_at is None:
            self._started_at = self._utc_now()

    def session_started(self) -> None:
        """A person started (left the attract screen); a second call keeps the first time."""
        self._ensure_started()

    def service_started(self, code: str) -> None:
        """A journey began; the same service started twice in a session counts once."""
        self._ensure_started()
        if code and code not in self._started:
            self._started.append(code)

    def service_completed(self, code: str) -> None:
        """A journey reached its end: submitted, booked, paid, found. Counted once per service."""
        self._ensure_started()
        if not code:
            return
        if code not in self._started:
            self._started.append(code)
        if code not in self._completed:
            self._completed.append(code)

    def mark_assisted(self) -> None:
        """Staff helped in this session (guided mode)."""
        self._ensure_started()
        self._assisted = True

    def mark_practice(self) -> None:
        """This session was practice: nothing in it reached the real portal."""
        self._ensure_started()
        self._practice = True

    def session_ended(self, reason: str, language: str) -> SessionOutcome | None:
        """Publish the session's outcome to every subscriber and start afresh.

        Returns the outcome, or None when no session was running. A failing subscriber
        does not stop the others, nor the end of the session; it is logged by type only.
        """
        if self._started_at is None:
            return None
        outcome = SessionOutcome(
            started_at=self._started_at,
            ended_at=max(self._utc_now(), self._started_at),
            language=language,
            services_started=tuple(self._started),
            services_completed=tuple(self._completed),
            assisted=self._assisted,
            practice=self._practice,
            end_reason=reason,
        )
        self._reset()
        for listener in self._listeners:
            try:
                listener(outcome)
            except Exception as error:
                log.error("session_outcome_listener_failed", extra={"error": type(error).__name__})
        return outcome
