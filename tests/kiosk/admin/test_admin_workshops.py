"""Workshops on the admin screen, tapped as staff do: add one, see it on the attract screen,
and after it took place record how many people came with the number pad."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from kiosk.app import Kiosk
from kiosk.session.clock import ManualClock
from kiosk.session.outcomes import SessionOutcome
from tests.kiosk.admin.conftest import enter_pin
from tests.kiosk.journeys.driving import scrolled_to, texts_on_screen, type_into
from tests.kiosk.qml_helpers import item, press_key, settle, tap


def open_workshops_page(kiosk: Kiosk) -> None:
    press_key(
        kiosk.window,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier,
    )
    enter_pin(kiosk)
    tap(kiosk.window, scrolled_to(kiosk, "adminTile_workshops"))
    assert kiosk.admin.current.value == "workshops"


def tap_named(kiosk: Kiosk, name: str) -> None:
    tap(kiosk.window, scrolled_to(kiosk, name))


def test_workshop_added_shown_on_attract_then_attendance_recorded(admin_kiosk: Kiosk) -> None:
    kiosk = admin_kiosk
    clock = kiosk.clock
    assert isinstance(clock, ManualClock)
    open_workshops_page(kiosk)
    assert "No workshops are planned." in texts_on_screen(kiosk)

    tap_named(kiosk, "addWorkshopButton")
    # Saving without a title says what is missing and keeps the page.
    tap_named(kiosk, "saveWorkshopButton")
    assert item(kiosk, "workshopsProblem").property("text") == "Give the workshop a title."
    type_into(kiosk, "workshopTitle", "Online public services")
    type_into(kiosk, "workshopPlace", "Reading room")
    # Tomorrow 10:00 by default; one day later, an hour and a half later.
    tap_named(kiosk, "workshop_dayLater")
    tap_named(kiosk, "workshop_hourLater")
    for _ in range(2):
        tap_named(kiosk, "workshop_quarterLater")
    for _ in range(3):
        tap_named(kiosk, "seatsMore")
    tap_named(kiosk, "workshopLanguage_hu")
    assert item(kiosk, "workshopWhen").property("text") == "Sunday, 22 November 2026, 11:30"
    tap_named(kiosk, "saveWorkshopButton")

    assert kiosk.workshops.property("mode") == "list"
    shown = texts_on_screen(kiosk)
    assert "Online public services" in shown
    assert "Sunday, 22 November 2026, 11:30 · Reading room" in shown
    assert "Seats: 23 · Magyar" in shown

    # Between citizens, the attract screen announces it.
    tap_named(kiosk, "adminCloseButton")
    settle()
    attract = texts_on_screen(kiosk)
    assert "Next workshops" in attract
    assert "Sunday, 22 November 2026, 11:30 · Online public services · Reading room" in attract

    # Two days later the workshop has taken place: gone from the attract screen ...
    clock.advance(3 * 24 * 3600)
    kiosk.attract.refresh()
    settle()
    assert "Next workshops" not in texts_on_screen(kiosk)
    # ... and waiting for its attendance count.
    open_workshops_page(kiosk)
    assert kiosk.workshops.property("awaitingCount") == 1
    assert item(kiosk, "attendanceText_0").property("text") == "Attendance not recorded yet"
    tap_named(kiosk, "recordAttendance_0")
    assert "How many people came?" in texts_on_screen(kiosk)
    tap_named(kiosk, "attendanceKey_ok")
    assert "Enter how many people came" in str(item(kiosk, "workshopsProblem").property("text"))
    for key in ("1", "5", "delete", "4"):
        tap_named(kiosk, f"attendanceKey_{key}")
    assert item(kiosk, "attendanceDigits").isVisible()
    tap_named(kiosk, "attendanceKey_ok")

    assert kiosk.workshops.property("mode") == "list"
    assert item(kiosk, "attendanceText_0").property("text") == "People who came: 14"
    assert kiosk.workshops.property("awaitingCount") == 0
    assert "Attendance recorded for Online public services: 14" in texts_on_screen(kiosk)
    # The report counts it, and the audit trail says what staff did (never a name).
    kiosk.report.setPeriod("month")
    assert {t["label"]: t["value"] for t in kiosk.report.property("totals")}[
        "Workshop attendance"
    ] == 14
    events = [e["event"] for e in kiosk.admin.audit.entries()]
    assert "workshop_added" in events and "workshop_attendance" in events


def test_workshops_from_the_config_file_cannot_be_changed_on_the_kiosk(
    admin_kiosk: Kiosk,
) -> None:
    import dataclasses
    from datetime import datetime

    from kiosk.config import WorkshopSettings
    from kiosk.viewmodels.workshops_vm import WorkshopsViewModel

    configured = WorkshopSettings({"": "From the file"}, datetime(2026, 11, 30, 9), "", 5, "ro")
    config = dataclasses.replace(admin_kiosk.config, workshops=(configured,))
    page = WorkshopsViewModel(config, admin_kiosk.workshop_store, admin_kiosk.clock.now, "en")
    (row,) = page.property("upcoming")
    assert row["fromConfig"] and not row["editable"]
    page.edit(row["key"])
    page.remove(row["key"])
    assert page.property("mode") == "list"
    assert [w.title_in("en") for w in page.schedule()] == ["From the file"]


def test_staff_open_the_report_without_the_technician_pin_and_reach_nothing_else(
    admin_kiosk: Kiosk,
) -> None:
    kiosk = admin_kiosk
    kiosk.session.start()  # a citizen session is running
    assert kiosk.admin.openForStaff("report")
    assert kiosk.session.current.value == "attract", "the citizen session ended first"
    assert kiosk.admin.current.value == "report"
    assert item(kiosk, "periodTitle").isVisible()
    assert not item(kiosk, "adminHomeButton").isVisible()
    kiosk.admin.home()
    kiosk.admin.show("admin-settings")
    assert kiosk.admin.current.value == "report", "technician pages stay locked"
    kiosk.admin.show("workshops")
    assert kiosk.admin.current.value == "workshops"
    assert not kiosk.admin.openForStaff("admin-settings")
    tap(kiosk.window, item(kiosk, "adminCloseButton"))
    assert not kiosk.admin.property("open")
    # The technician, with the PIN, gets the whole admin screen again.
    open_workshops_page(kiosk)
    kiosk.admin.home()
    assert kiosk.admin.current.value == "admin-home"
    assert ("staff", "report") in [
        (e.get("how"), e.get("page")) for e in kiosk.admin.audit.entries() if e["event"] == "opened"
    ]


def test_staff_reach_the_report_from_the_staff_menu_of_a_guided_session(tmp_path: Path) -> None:
    from kiosk.admin.pin import AdminPin
    from kiosk.guided.staff import StaffRoster
    from tests.kiosk.admin.conftest import start_admin_kiosk

    StaffRoster(tmp_path / "staff.json").add("ana.ionescu", "Ana Ionescu", AdminPin("135790"))
    kiosk = start_admin_kiosk(tmp_path)
    outcomes: list[SessionOutcome] = []
    kiosk.outcomes.subscribe(outcomes.append)
    try:
        kiosk.session.start()
        kiosk.session.languageChosen()
        kiosk.guided.openSignIn()
        for digit in "135790":
            kiosk.guided.digit(digit)
        kiosk.guided.submitPin()
        settle()
        tap(kiosk.window, item(kiosk, "staffMenuButton"))
        tap_named(kiosk, "staffReportButton")

        assert kiosk.admin.current.value == "report"
        assert kiosk.admin.property("staffOnly") is True
        assert not item(kiosk, "adminHomeButton").isVisible()
        # The guided session ended first, and it counts as assisted in the figures.
        assert kiosk.session.current.value == "attract"
        assert [(o.assisted, o.end_reason) for o in outcomes] == [(True, "staff")]
        shown = {t["label"]: t["value"] for t in kiosk.report.property("totals")}
        assert (shown["Sessions"], shown["Assisted by staff"]) == (1, 1)
    finally:
        kiosk.session.end("test")
        kiosk.close()
