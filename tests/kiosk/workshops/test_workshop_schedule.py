"""The workshop schedule: configured and added workshops, what is next, what awaits a count."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk.config import ConfigError, load_config, parse_config
from kiosk.workshops.schedule import awaiting_attendance, from_config, upcoming
from kiosk.workshops.store import WorkshopStore

WORKSHOPS_TOML = """
[languages]
enabled = ["ro", "hu", "en"]
default = "ro"

[[workshops]]
title = { ro = "Servicii publice online", hu = "Online ügyintézés", en = "Online public services" }
start = 2026-11-24T10:00:00
place = "Sala de lectură"
seats = 12
language = "ro"

[[workshops]]
title = "Cazierul judiciar online"
start = 2026-11-18T16:30:00
"""


@pytest.fixture
def store(tmp_path: Path) -> Iterator[WorkshopStore]:
    found = WorkshopStore(tmp_path / "workshops.sqlite3")
    yield found
    found.close()


def test_workshops_from_the_config_file_are_read_with_their_texts() -> None:
    config = parse_config(tomllib.loads(WORKSHOPS_TOML))
    first, second = from_config(config.workshops)
    assert first.title_in("hu") == "Online ügyintézés"
    assert first.title_in("uk") == "Servicii publice online", "the workshop's own language"
    assert (first.start, first.place, first.seats) == (
        datetime(2026, 11, 24, 10),
        "Sala de lectură",
        12,
    )
    assert second.title_in("en") == "Cazierul judiciar online"
    assert second.language == "ro" and second.seats == 0 and not second.editable


def test_a_workshop_typo_in_the_config_is_named_with_a_suggestion(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text(
        WORKSHOPS_TOML.replace("seats = 12", "seets = 12").replace(
            'language = "ro"', 'language = "ro"\nstart_time = 2026-11-24T10:00:00'
        )
        + "\n[[workshop]]\ntitle = 'x'\n\n[reports]\nretention = 30\n",
        encoding="utf-8",
    )
    with pytest.raises(ConfigError) as raised:
        load_config(path)
    text = raised.value.explain()
    assert "workshops[1].seets: unknown setting (did you mean workshops[1].seats?)" in text
    assert "workshops[1].start_time: unknown setting (did you mean workshops[1].start?)" in text
    assert "workshop: unknown setting (did you mean workshops?)" in text
    assert "reports.retention: unknown setting (did you mean reports.retention_days?)" in text


def test_a_workshop_without_a_proper_start_is_refused_in_plain_words() -> None:
    data = tomllib.loads('[[workshops]]\ntitle = "A"\nstart = "next Tuesday"\nseats = -3\n')
    with pytest.raises(ConfigError) as raised:
        parse_config(data)
    problems = raised.value.problems
    assert any(p.startswith("workshops[1].start: must be a date and time") for p in problems)
    assert any(p.startswith("workshops[1].seats: -3 is out of range") for p in problems)
    with pytest.raises(ConfigError) as missing:
        parse_config(tomllib.loads('[[workshops]]\nplace = "Sala 2"\n'))
    assert "workshops[1].title: missing (every workshop needs a title)" in missing.value.problems


def test_the_next_workshops_are_future_ones_soonest_first(store: WorkshopStore) -> None:
    config = parse_config(tomllib.loads(WORKSHOPS_TOML))
    store.add("Programări pe telefon", datetime(2026, 11, 21, 9, 0), "Sala 2", 8, "ro")
    store.add("Later", datetime(2026, 12, 1, 9, 0), "", 8, "en")
    store.add("Much later", datetime(2026, 12, 2, 9, 0), "", 8, "en")
    schedule = store.schedule(from_config(config.workshops))
    now = datetime(2026, 11, 20, 10, 30).astimezone()
    titles = [w.title_in("ro") for w in upcoming(schedule, now)]
    assert titles == ["Programări pe telefon", "Servicii publice online", "Later"]
    # An aware "now" in another zone is the same moment.
    assert upcoming(schedule, now.astimezone(UTC), limit=1)[0].title_in("ro") == titles[0]


def test_attendance_is_recorded_once_and_the_workshop_stops_waiting(store: WorkshopStore) -> None:
    config = parse_config(tomllib.loads(WORKSHOPS_TOML))
    now = datetime(2026, 11, 20, 10, 30).astimezone()
    schedule = store.schedule(from_config(config.workshops))
    waiting = awaiting_attendance(schedule, now)
    assert [w.title_in("ro") for w in waiting] == ["Cazierul judiciar online"]
    store.record_attendance(waiting[0], 7)
    store.record_attendance(waiting[0], 9)  # corrected
    schedule = store.schedule(from_config(config.workshops))
    assert awaiting_attendance(schedule, now) == []
    held = store.attendance_between(datetime(2026, 11, 1), datetime(2026, 12, 1))
    assert [(w.title_in("ro"), count) for w, count in held] == [("Cazierul judiciar online", 9)]


def test_a_removed_workshop_keeps_its_attendance_in_the_reports(store: WorkshopStore) -> None:
    key = store.add("Atelier", datetime(2026, 11, 2, 10, 0), "Sala 2", 10, "ro")
    workshop = next(w for w in store.schedule() if w.key == key)
    store.record_attendance(workshop, 4)
    store.remove(key)
    assert store.schedule() == []
    assert [
        c for _, c in store.attendance_between(datetime(2026, 11, 1), datetime(2026, 12, 1))
    ] == [4]
    with pytest.raises(ValueError):
        store.remove("config:2026-11-18T16:30:Cazierul")
