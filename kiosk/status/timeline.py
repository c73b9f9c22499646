"""A request's history as a timeline to read top to bottom.

Oldest first: the big status card above the timeline already answers "where is it
now?", so the history below reads as a short story in the order things happened
(received → registered → being worked on), ending at the current step, with the
expected date as the next step still to come.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kiosk.portal.submissions import StatusChange, SubmissionStatus
from kiosk.status.wording import wording_for


@dataclass(frozen=True)
class TimelineStep:
    status: str
    at: dt.datetime | None  # local time of the kiosk; None when the portal sent no usable time
    note: str | None
    current: bool


def parse_moment(text: str | None) -> dt.datetime | None:
    """RFC 3339 time (or a plain date) from the portal, in the kiosk's local time zone."""
    if not text:
        return None
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    if moment.tzinfo is None:
        return moment
    return moment.astimezone()


def parse_day(text: str | None) -> dt.date | None:
    """A date, from ``2026-12-21`` or a full timestamp."""
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        moment = parse_moment(text)
        return None if moment is None else moment.date()


def timeline_steps(status: SubmissionStatus) -> list[TimelineStep]:
    """The history oldest first; the last step is the current one.

    The portal sends the history in order already; sorting by time (stable) keeps
    that order for changes made in the same second.
    """
    history: list[StatusChange] = list(status.status_history)
    if not history:
        history = [StatusChange(status.status, status.received_at or "")]
    moments = [parse_moment(change.at) for change in history]
    order = sorted(
        range(len(history)),
        key=lambda i: (moments[i] is None, _sortable(moments[i]), i),
    )
    last = order[-1]
    return [
        TimelineStep(history[i].status, moments[i], history[i].note or None, current=i == last)
        for i in order
    ]


def expected_day(status: SubmissionStatus) -> dt.date | None:
    """When the answer is due, while there is still something to wait for."""
    if wording_for(status.status).finished:
        return None
    return parse_day(status.expected_at)


def _sortable(moment: dt.datetime | None) -> float:
    return 0.0 if moment is None else moment.timestamp()
