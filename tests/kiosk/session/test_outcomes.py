"""The session-outcomes hub: one anonymous outcome per session, to every subscriber."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from kiosk.session.outcomes import SessionOutcome, SessionOutcomes


class SteppingClock:
    """Local wall-clock time (Bucharest, +02:00) that moves a minute per reading."""

    def __init__(self) -> None:
        self.current = datetime(2026, 11, 20, 10, 0, tzinfo=timezone(timedelta(hours=2)))

    def __call__(self) -> datetime:
        self.current += timedelta(minutes=1)
        return self.current


@pytest.fixture
def published() -> list[SessionOutcome]:
    return []


@pytest.fixture
def hub(published: list[SessionOutcome]) -> SessionOutcomes:
    outcomes = SessionOutcomes(now=SteppingClock())
    outcomes.subscribe(published.append)
    return outcomes


def test_a_session_publishes_one_outcome_in_utc_and_starts_afresh(
    hub: SessionOutcomes, published: list[SessionOutcome]
) -> None:
    hub.session_started()
    hub.service_started("ro-street-address-certificate")
    hub.service_started("status-check")
    hub.service_completed("ro-street-address-certificate")
    hub.session_ended("finish", "hu")

    assert len(published) == 1
    outcome = published[0]
    assert outcome.started_at == datetime(2026, 11, 20, 8, 1, tzinfo=UTC)
    assert outcome.ended_at == datetime(2026, 11, 20, 8, 2, tzinfo=UTC)
    assert outcome.started_at.utcoffset() == timedelta(0)
    assert outcome.language == "hu"
    assert outcome.services_started == ("ro-street-address-certificate", "status-check")
    assert outcome.services_completed == ("ro-street-address-certificate",)
    assert outcome.completed and not outcome.assisted and not outcome.practice
    assert outcome.end_reason == "finish"

    # The next person starts with nothing of the last one.
    hub.session_started()
    hub.session_ended("idle", "ro")
    assert published[1].services_started == () and not published[1].completed


def test_a_service_counts_once_and_a_completed_one_counts_as_started(
    hub: SessionOutcomes, published: list[SessionOutcome]
) -> None:
    hub.session_started()
    hub.service_started("a")
    hub.service_started("a")
    hub.service_completed("b")
    hub.service_completed("b")
    hub.service_completed("")
    hub.mark_assisted()
    hub.mark_practice()
    hub.session_ended("staff", "uk")
    assert published[0].services_started == ("a", "b")
    assert published[0].services_completed == ("b",)
    assert published[0].assisted and published[0].practice


def test_an_unsubscribed_listener_hears_no_more(
    hub: SessionOutcomes, published: list[SessionOutcome]
) -> None:
    hub.unsubscribe(published.append)
    hub.session_started()
    hub.session_ended("finish", "ro")
    assert published == []


def test_no_session_no_outcome(hub: SessionOutcomes, published: list[SessionOutcome]) -> None:
    assert hub.session_ended("admin", "ro") is None
    assert published == []


def test_anything_in_a_session_starts_it(
    hub: SessionOutcomes, published: list[SessionOutcome]
) -> None:
    hub.mark_assisted()  # staff signed in before the first screen change was reported
    hub.session_started()  # does not move the start
    hub.session_ended("finish", "ro")
    assert published[0].assisted
    assert published[0].started_at == datetime(2026, 11, 20, 8, 1, tzinfo=UTC)


def test_a_failing_subscriber_does_not_stop_the_others(
    hub: SessionOutcomes, published: list[SessionOutcome], caplog: pytest.LogCaptureFixture
) -> None:
    def broken(outcome: SessionOutcome) -> None:
        raise OSError("disk full")

    later: list[SessionOutcome] = []
    hub.subscribe(broken)
    hub.subscribe(later.append)
    hub.session_started()
    outcome = hub.session_ended("finish", "ro")
    assert published == later == [outcome]
    assert "session_outcome_listener_failed" in caplog.text
    assert "disk full" not in caplog.text
