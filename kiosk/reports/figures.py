"""The report's figures for one period, counted from the anonymous session outcomes.

Practice sessions are rehearsals: they are counted on their own line and left out of
every other figure. A session is *completed* when at least one journey reached its end
(submitted, booked, paid, found), *abandoned* when a journey was started and none
reached its end; the rest only looked at information (service pages, calendar, …).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from kiosk.reports.periods import Period
from kiosk.session.outcomes import SessionOutcome
from kiosk.workshops.schedule import Workshop


@dataclass(frozen=True, slots=True)
class Tally:
    sessions: int = 0
    completed: int = 0
    abandoned: int = 0
    assisted: int = 0

    @property
    def self_service(self) -> int:
        return self.sessions - self.assisted

    def plus(self, *, completed: bool, abandoned: bool, assisted: bool) -> Tally:
        return Tally(
            self.sessions + 1,
            self.completed + int(completed),
            self.abandoned + int(abandoned),
            self.assisted + int(assisted),
        )


@dataclass(frozen=True, slots=True)
class ReportFigures:
    period: Period
    total: Tally
    by_service: tuple[tuple[str, Tally], ...]  # most used first
    by_language: tuple[tuple[str, Tally], ...]
    practice_sessions: int
    workshops: tuple[tuple[Workshop, int], ...]  # held in the period, with attendance

    @property
    def attendance(self) -> int:
        return sum(count for _, count in self.workshops)


def count_figures(
    period: Period,
    outcomes: Iterable[SessionOutcome],
    workshops: Iterable[tuple[Workshop, int]] = (),
) -> ReportFigures:
    total = Tally()
    services: dict[str, Tally] = {}
    languages: dict[str, Tally] = {}
    practice = 0
    for outcome in outcomes:
        if outcome.practice:
            practice += 1
            continue
        abandoned = bool(outcome.services_started) and not outcome.completed
        total = total.plus(
            completed=outcome.completed, abandoned=abandoned, assisted=outcome.assisted
        )
        languages[outcome.language] = languages.get(outcome.language, Tally()).plus(
            completed=outcome.completed, abandoned=abandoned, assisted=outcome.assisted
        )
        for code in outcome.services_started:
            done = code in outcome.services_completed
            services[code] = services.get(code, Tally()).plus(
                completed=done, abandoned=not done, assisted=outcome.assisted
            )
    return ReportFigures(
        period=period,
        total=total,
        by_service=tuple(sorted(services.items(), key=lambda kv: (-kv[1].sessions, kv[0]))),
        by_language=tuple(sorted(languages.items(), key=lambda kv: (-kv[1].sessions, kv[0]))),
        practice_sessions=practice,
        workshops=tuple(workshops),
    )
