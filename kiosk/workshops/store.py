"""The workshops added on the kiosk and the attendance counts staff record, in SQLite.

`<data_dir>/workshops.sqlite3`. It holds a schedule and head counts, never names.
An attendance count keeps a copy of its workshop's title and time, so the reports
still show it after the workshop left the schedule (or the configuration file).
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from kiosk.workshops.schedule import Workshop

_SCHEMA = """
CREATE TABLE IF NOT EXISTS workshops (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    title TEXT NOT NULL,
    start TEXT NOT NULL,
    place TEXT NOT NULL,
    seats INTEGER NOT NULL,
    language TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS attendance (
    workshop_key TEXT PRIMARY KEY,
    count INTEGER NOT NULL,
    start TEXT NOT NULL,
    title TEXT NOT NULL
);
"""


class WorkshopStore:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        # Created private before SQLite opens it: its -wal and -shm files take the same mode.
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
        path.chmod(0o600)
        self._db = sqlite3.connect(path)
        self._db.executescript(_SCHEMA)

    def close(self) -> None:
        self._db.close()

    # -- the kiosk's own workshops ------------------------------------------------------
    def add(self, title: str, start: datetime, place: str, seats: int, language: str) -> str:
        with self._db:
            cursor = self._db.execute(
                "INSERT INTO workshops (title, start, place, seats, language) VALUES (?,?,?,?,?)",
                (title, _iso(start), place, seats, language),
            )
        return f"admin:{cursor.lastrowid}"

    def update(
        self, key: str, title: str, start: datetime, place: str, seats: int, language: str
    ) -> None:
        with self._db:
            self._db.execute(
                "UPDATE workshops SET title=?, start=?, place=?, seats=?, language=? WHERE id=?",
                (title, _iso(start), place, seats, language, _row_id(key)),
            )

    def remove(self, key: str) -> None:
        with self._db:
            self._db.execute("DELETE FROM workshops WHERE id=?", (_row_id(key),))

    def schedule(self, configured: Iterable[Workshop] = ()) -> list[Workshop]:
        """Every workshop, from the file and added here, soonest first, with its count."""
        counts = self.attendance_counts()
        rows = self._db.execute(
            "SELECT id, title, start, place, seats, language FROM workshops"
        ).fetchall()
        own = [
            Workshop(
                key=f"admin:{row_id}",
                title={language: title},
                start=datetime.fromisoformat(start),
                place=place,
                seats=seats,
                language=language,
            )
            for row_id, title, start, place, seats, language in rows
        ]
        every = [*configured, *own]
        every = [_with_count(w, counts.get(w.key)) for w in every]
        return sorted(every, key=lambda w: w.start)

    # -- attendance ------------------------------------------------------------------------
    def record_attendance(self, workshop: Workshop, count: int) -> None:
        if count < 0:
            raise ValueError("attendance cannot be negative")
        with self._db:
            self._db.execute(
                "INSERT INTO attendance (workshop_key, count, start, title) VALUES (?,?,?,?)"
                " ON CONFLICT(workshop_key) DO UPDATE SET count=excluded.count,"
                " start=excluded.start, title=excluded.title",
                (workshop.key, count, _iso(workshop.start), json.dumps(dict(workshop.title))),
            )

    def attendance_counts(self) -> dict[str, int]:
        return dict(self._db.execute("SELECT workshop_key, count FROM attendance").fetchall())

    def attendance_between(self, first: datetime, end: datetime) -> list[tuple[Workshop, int]]:
        """Workshops held from `first` up to (not including) `end`, with their counts."""
        rows = self._db.execute(
            "SELECT workshop_key, count, start, title FROM attendance"
            " WHERE start >= ? AND start < ? ORDER BY start",
            (_iso(first), _iso(end)),
        ).fetchall()
        return [
            (
                Workshop(
                    key=key,
                    title=json.loads(title),
                    start=datetime.fromisoformat(start),
                    place="",
                    seats=0,
                    language="",
                    attendance=count,
                ),
                count,
            )
            for key, count, start, title in rows
        ]


def _iso(value: datetime) -> str:
    return value.replace(tzinfo=None).isoformat(timespec="minutes")


def _row_id(key: str) -> int:
    if not key.startswith("admin:"):
        raise ValueError("only workshops added on the kiosk can be changed here")
    return int(key.removeprefix("admin:"))


def _with_count(workshop: Workshop, count: int | None) -> Workshop:
    return workshop if count is None else replace(workshop, attendance=count)
