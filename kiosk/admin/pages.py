"""The admin screen's pages. They are not citizen screens: the session never routes here."""

from __future__ import annotations

from enum import Enum


class AdminPage(Enum):
    CLOSED = ""
    PIN = "admin-pin"
    LOCKOUT = "admin-lockout"
    HOME = "admin-home"
    SETTINGS = "admin-settings"
    DEVICES = "admin-devices"
    PRINTER = "admin-printer"
    PORTAL = "admin-portal"
    OUTBOX = "admin-outbox"
    LOGS = "admin-logs"
    STAFF = "admin-staff"

    # The library's pages (also for staff): the workshop schedule and attendance, the report.
    WORKSHOPS = "workshops"
    REPORT = "report"

    @property
    def for_staff(self) -> bool:
        """Pages library staff may open from their own menu, without the technician PIN."""
        return self in (AdminPage.WORKSHOPS, AdminPage.REPORT)

    @property
    def unlocked(self) -> bool:
        """Pages shown only after the right PIN."""
        return self not in (AdminPage.CLOSED, AdminPage.PIN, AdminPage.LOCKOUT)
