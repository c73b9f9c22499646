"""Sample workshops and sessions for `make screenshots` (never used by a running kiosk).

Relative to the screenshot clock, so the attract screen always has workshops to come,
the workshops page has one waiting for its attendance count, and the report has a week
of sessions to draw.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from kiosk.reports.statistics_store import StatisticsStore
from kiosk.session.outcomes import STATUS_CHECK, SessionOutcome
from kiosk.workshops.schedule import local_time
from kiosk.workshops.store import WorkshopStore

SAMPLE_WORKSHOPS = (
    # days from today, hour, title, place, seats, language, attendance
    (-6, 10, "Servicii publice online: primii pași", "Sala de lectură", 12, "ro", 9),
    (-1, 14, "Programări și plăți pe telefon", "Sala 2", 10, "ro", None),
    (1, 10, "Cazierul judiciar online", "Sala de lectură", 12, "ro", None),
    (3, 16, "Online ügyintézés kezdőknek", "Sala 2", 8, "hu", None),
    (7, 11, "Госуслуги онлайн для начинающих", "Sala de lectură", 12, "ru", None),
)
SAMPLE_SERVICES = (
    "ro-street-address-certificate",
    "ro-local-taxes-payment",
    "ro-id-card-appointment",
    "ro-petition",
    STATUS_CHECK,
)


def seed_samples(statistics: StatisticsStore, workshops: WorkshopStore, now: datetime) -> None:
    today = local_time(now).replace(hour=0, minute=0, second=0, microsecond=0)
    for days, hour, title, place, seats, language, attendance in SAMPLE_WORKSHOPS:
        start = today + timedelta(days=days, hours=hour)
        key = workshops.add(title, start, place, seats, language)
        if attendance is not None:
            found = next(w for w in workshops.schedule() if w.key == key)
            workshops.record_attendance(found, attendance)
    languages = ("ro", "ro", "ro", "hu", "ru", "uk", "ro", "bg", "en")
    number = 0
    for day in range(30, -1, -1):
        for slot in range(1 + (day * 5) % 4):
            number += 1
            started = (now - timedelta(days=day)).replace(hour=9 + slot % 8, minute=5)
            codes = SAMPLE_SERVICES[number % len(SAMPLE_SERVICES) :][: 1 + number % 2]
            completed = codes[:1] if number % 3 else ()
            statistics.record(
                SessionOutcome(
                    started_at=started,
                    ended_at=started + timedelta(minutes=6),
                    language=languages[number % len(languages)],
                    services_started=codes,
                    services_completed=completed,
                    assisted=number % 4 == 0,
                    practice=number % 11 == 0,
                    end_reason="finish" if completed else "idle",
                )
            )
