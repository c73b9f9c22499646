"""The anonymous session statistics, one row per finished session, in SQLite.

`<data_dir>/statistics.sqlite3` receives each `SessionOutcome` (it subscribes to the
session-outcomes hub). Only the outcome's anonymous fields are written: times, the UI
language, service codes, assisted/practice and the end reason. Nothing a person typed
or showed ever reaches this module. Sessions older than the retention limit are deleted.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from kiosk.session.outcomes import SessionOutcome, utc_now

log = logging.getLogger("kiosk.reports")

# Old sessions are deleted when the store opens and then at most this often: a session's
# end then costs one small transaction, not two.
PRUNE_EVERY = timedelta(hours=1)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS sessions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    started_at TEXT NOT NULL,
    ended_at TEXT NOT NULL,
    language TEXT NOT NULL,
    assisted INTEGER NOT NULL,
    practice INTEGER NOT NULL,
    end_reason TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS sessions_started ON sessions (started_at);
CREATE TABLE IF NOT EXISTS session_services (
    session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    service TEXT NOT NULL,
    completed INTEGER NOT NULL,
    PRIMARY KEY (session_id, service)
);
"""


class StatisticsStore:
    def __init__(
        self,
        path: Path,
        retention_days: int,
        now: Callable[[], datetime] = utc_now,
    ) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.retention = timedelta(days=retention_days)
        self._now = now
        # Created private before SQLite opens it: its -wal and -shm files take the same mode.
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
        path.chmod(0o600)
        self._db = sqlite3.connect(path)
        self._db.execute("PRAGMA foreign_keys = ON")
        # Counts, not requests: losing the last session's row in a power cut is acceptable,
        # a GUI-thread fsync per session end is not (WAL + NORMAL syncs at checkpoints only).
        self._db.execute("PRAGMA journal_mode = WAL")
        self._db.execute("PRAGMA synchronous = NORMAL")
        self._db.executescript(_SCHEMA)
        self._pruned_at: datetime | None = None
        self.prune()

    def close(self) -> None:
        self._db.close()

    def record(self, outcome: SessionOutcome) -> None:
        """Append one session (the hub's subscriber); now and then drop what is too old."""
        if outcome.started_at < self._now() - self.retention:
            return  # already past the retention limit (a clock set far back, then fixed)
        with self._db:
            cursor = self._db.execute(
                "INSERT INTO sessions (started_at, ended_at, language, assisted, practice,"
                " end_reason) VALUES (?,?,?,?,?,?)",
                (
                    _utc(outcome.started_at),
                    _utc(outcome.ended_at),
                    outcome.language,
                    int(outcome.assisted),
                    int(outcome.practice),
                    outcome.end_reason,
                ),
            )
            self._db.executemany(
                "INSERT INTO session_services (session_id, position, service, completed)"
                " VALUES (?,?,?,?)",
                [
                    (cursor.lastrowid, n, code, int(code in outcome.services_completed))
                    for n, code in enumerate(outcome.services_started)
                ],
            )
        log.info(
            "session_recorded",
            extra={"services": len(outcome.services_started), "reason": outcome.end_reason},
        )
        if self._pruned_at is None or self._now() - self._pruned_at >= PRUNE_EVERY:
            self.prune()

    def prune(self) -> int:
        """Delete sessions that started before the retention limit; returns how many."""
        now = self._now()
        self._pruned_at = now
        cutoff = _utc(now - self.retention)
        with self._db:
            deleted = self._db.execute("DELETE FROM sessions WHERE started_at < ?", (cutoff,))
        if deleted.rowcount:
            log.info("statistics_pruned", extra={"sessions": deleted.rowcount})
        return deleted.rowcount

    def sessions_between(self, first: datetime, end: datetime) -> list[SessionOutcome]:
        """Sessions that started from `first` up to (not including) `end` (aware times)."""
        rows = self._db.execute(
            "SELECT id, started_at, ended_at, language, assisted, practice, end_reason"
            " FROM sessions WHERE started_at >= ? AND started_at < ? ORDER BY started_at",
            (_utc(first), _utc(end)),
        ).fetchall()
        services: dict[int, list[tuple[str, bool]]] = {}
        for session_id, service, completed in self._db.execute(
            "SELECT v.session_id, v.service, v.completed FROM session_services v"
            " JOIN sessions s ON s.id = v.session_id"
            " WHERE s.started_at >= ? AND s.started_at < ? ORDER BY v.session_id, v.position",
            (_utc(first), _utc(end)),
        ):
            services.setdefault(session_id, []).append((service, bool(completed)))
        return [
            SessionOutcome(
                started_at=datetime.fromisoformat(started),
                ended_at=datetime.fromisoformat(ended),
                language=language,
                services_started=tuple(code for code, _ in services.get(row_id, [])),
                services_completed=tuple(code for code, done in services.get(row_id, []) if done),
                assisted=bool(assisted),
                practice=bool(practice),
                end_reason=reason,
            )
            for row_id, started, ended, language, assisted, practice, reason in rows
        ]


def _utc(value: datetime) -> str:
    """A sortable UTC text; a naive time is taken as the kiosk's local time."""
    return value.astimezone(UTC).isoformat(timespec="seconds")
