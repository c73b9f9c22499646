"""Real sessions against the reference portal, then the report's CSV: the figures match.

And canary personal values typed in those sessions (name, CNP, document number, birth
date) appear nowhere in the statistics, the workshop file, the CSV or the logs.
"""

from __future__ import annotations

import asyncio
import csv
import logging
from collections.abc import Iterator

import pytest

from kiosk.app import Kiosk
from kiosk.screenshot_journeys import (
    APPOINTMENT_SERVICE,
    PETITION_ANSWERS,
    PETITION_FORM,
    SAMPLE_ANSWERS,
    SAMPLE_FORM,
    TAXES_SERVICE,
    appointment_slots,
    fill_form,
    home,
    open_form,
)
from kiosk.session.clock import ManualClock
from kiosk.session.outcomes import STATUS_CHECK
from kiosk.session.screens import Screen
from tests.kiosk.async_helpers import run_until
from tests.kiosk.journeys.driving import tap_on, type_into
from tests.kiosk.portal.fakes import (
    CANARY_BIRTH,
    CANARY_CNP,
    CANARY_DOCUMENT,
    CANARY_GIVEN,
    CANARY_SURNAME,
)
from tests.kiosk.qml_helpers import item, settle, tap

CANARIES = (CANARY_GIVEN, CANARY_SURNAME, CANARY_CNP, CANARY_DOCUMENT, CANARY_BIRTH)


class EveryLogRecord(logging.Handler):
    """Each record's message and every field it carries, before any redaction."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(f"{record.getMessage()} {record.__dict__!r}")


@pytest.fixture
def every_log_record() -> Iterator[EveryLogRecord]:
    handler = EveryLogRecord()
    root = logging.getLogger()
    level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        yield handler
    finally:
        root.removeHandler(handler)
        root.setLevel(level)


def finish(kiosk: Kiosk) -> None:
    tap(kiosk.window, item(kiosk, "finishButton"))
    assert kiosk.session.current is Screen.ATTRACT


def idle_out(kiosk: Kiosk) -> None:
    """Nobody touches the screen: warning, countdown, the session ends."""
    clock = kiosk.clock
    assert isinstance(clock, ManualClock)
    clock.advance(kiosk.config.session.idle_timeout_s + 1)
    kiosk.session.tick()
    clock.advance(kiosk.config.session.warning_s + 1)
    kiosk.session.tick()
    assert kiosk.session.current is Screen.ATTRACT


def submit_request(kiosk: Kiosk, loop: asyncio.AbstractEventLoop) -> None:
    """The street-address certificate, the first step typed with the canary person."""
    open_form(kiosk, SAMPLE_FORM)
    settle()
    type_into(kiosk, "input_given_names", CANARY_GIVEN)
    type_into(kiosk, "input_surname", CANARY_SURNAME)
    type_into(kiosk, "input_cnp", CANARY_CNP)
    tap_on(kiosk, "continueButton")
    fill_form(kiosk, {**SAMPLE_ANSWERS, "given_names": CANARY_GIVEN, "surname": CANARY_SURNAME})
    kiosk.forms.submit()
    run_until(loop, lambda: kiosk.session.current is Screen.CONFIRMATION, what="request sent")


def submit_petition(kiosk: Kiosk, loop: asyncio.AbstractEventLoop) -> None:
    """A petition whose description mentions a document number and a birth date."""
    open_form(kiosk, PETITION_FORM)
    description = (
        f"Am pierdut actul {CANARY_DOCUMENT} (născut {CANARY_BIRTH}) lângă stația de autobuz."
    )
    answers = {
        **PETITION_ANSWERS,
        "description": description,
        "given_names": CANARY_GIVEN,
        "surname": CANARY_SURNAME,
        "cnp": CANARY_CNP,
        "reply_by": "email",
    }
    for field in kiosk.forms.current_fields():
        if field["key"] not in answers and field["kind"] == "choice" and field["options"]:
            kiosk.forms.setValue(field["key"], field["options"][0]["value"])
    fill_form(kiosk, answers)
    kiosk.forms.submit()
    run_until(loop, lambda: kiosk.session.current is Screen.CONFIRMATION, what="petition sent")


def look_up_unknown_status(kiosk: Kiosk, loop: asyncio.AbstractEventLoop) -> None:
    home(kiosk)
    kiosk.status.start("")
    kiosk.status.setProperty("registrationNumber", "2026/999999")
    kiosk.status.setProperty("accessCode", "ZZZZ9999")
    kiosk.status.lookUp()
    run_until(loop, lambda: bool(kiosk.status.property("error")), what="not found")


def book_appointment(kiosk: Kiosk, loop: asyncio.AbstractEventLoop) -> None:
    appointment_slots(kiosk)
    kiosk.appointments.chooseSlot(str(kiosk.appointments.times[0]["id"]))
    run_until(loop, lambda: kiosk.session.current is Screen.APPOINTMENT_HOLD, what="held")
    kiosk.appointments.confirm()
    run_until(loop, lambda: kiosk.session.current is Screen.APPOINTMENT_CONFIRMATION, what="booked")


def look_up_taxes(kiosk: Kiosk, loop: asyncio.AbstractEventLoop) -> None:
    home(kiosk)
    kiosk.session.openService(TAXES_SERVICE)
    kiosk.taxes.start(TAXES_SERVICE)
    kiosk.taxes.setProperty("personalId", CANARY_CNP)
    kiosk.taxes.lookUp()
    run_until(loop, lambda: not kiosk.taxes.property("busy"), what="taxes answered")


def export_csv(kiosk: Kiosk, period: str) -> list[dict[str, str]]:
    exports = kiosk.config.data_dir / "exports"
    kiosk.report.setPeriod(period)
    before = set(exports.glob("*.csv"))
    kiosk.report.exportCsv(str(exports))
    (written,) = set(exports.glob("*.csv")) - before
    assert str(written) in str(kiosk.report.property("message")), "the page says where"
    with written.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def figures(rows: list[dict[str, str]], breakdown: str, name: str) -> dict[str, str]:
    found = [r for r in rows if r["breakdown"] == breakdown and r["item"] == name]
    assert len(found) == 1, f"{breakdown} {name}: {found}"
    return {k: v for k, v in found[0].items() if v != ""}


def test_report_csv_matches_the_sessions_run(
    journey_kiosk: Kiosk, qasync_loop: asyncio.AbstractEventLoop
) -> None:
    kiosk = journey_kiosk
    kiosk.languages.choose("en")  # the technician's language for the report texts

    # 1. In Hungarian: a request sent, then Finish.
    kiosk.languages.choose("hu")
    submit_request(kiosk, qasync_loop)
    finish(kiosk)
    # 2. In English: a status check with a wrong code, then walked away (idle).
    kiosk.languages.choose("en")
    look_up_unknown_status(kiosk, qasync_loop)
    idle_out(kiosk)
    # 3. The calculator only (Romanian, the default language), Finish.
    home(kiosk)
    kiosk.session.openCalculator()
    finish(kiosk)
    # 4. Staff helped (guided mode marks the session): a petition sent and an appointment.
    kiosk.outcomes.mark_assisted()
    submit_petition(kiosk, qasync_loop)
    book_appointment(kiosk, qasync_loop)
    kiosk.session.end("staff")
    # 5. Practice: counted apart from everything else.
    kiosk.outcomes.mark_practice()
    submit_request(kiosk, qasync_loop)
    finish(kiosk)

    kiosk.languages.choose("en")
    rows = export_csv(kiosk, "day")
    assert {r["kiosk_id"] for r in rows} == {kiosk.config.kiosk_id}
    assert {(r["period"], r["period_start"], r["period_end"]) for r in rows} == {
        ("day", "2026-11-20", "2026-11-20")
    }
    total = figures(rows, "total", "all")
    assert total == {
        **{k: total[k] for k in ("kiosk_id", "period", "period_start", "period_end")},
        "breakdown": "total",
        "item": "all",
        "sessions": "4",
        "completed": "2",
        "abandoned": "1",
        "assisted": "1",
        "self_service": "3",
    }
    request = figures(rows, "service", SAMPLE_FORM)
    assert (request["sessions"], request["completed"], request["abandoned"]) == ("1", "1", "0")
    status = figures(rows, "service", STATUS_CHECK)
    assert (status["sessions"], status["completed"], status["abandoned"]) == ("1", "0", "1")
    for code in (PETITION_FORM, APPOINTMENT_SERVICE):
        service = figures(rows, "service", code)
        assert (service["sessions"], service["completed"], service["assisted"]) == ("1", "1", "1")
    assert {r["item"] for r in rows if r["breakdown"] == "service"} == {
        SAMPLE_FORM,
        STATUS_CHECK,
        PETITION_FORM,
        APPOINTMENT_SERVICE,
    }
    languages = {r["item"]: r["sessions"] for r in rows if r["breakdown"] == "language"}
    assert languages == {"hu": "1", "en": "1", "ro": "2"}
    assert figures(rows, "practice", "all")["sessions"] == "1"
    assert figures(rows, "workshops", "all") == {
        **{k: total[k] for k in ("kiosk_id", "period", "period_start", "period_end")},
        "breakdown": "workshops",
        "item": "all",
        "sessions": "0",
        "attendance": "0",
    }
    # The page shows the same figures.
    shown = {t["label"]: t["value"] for t in kiosk.report.property("totals")}
    assert (shown["Sessions"], shown["Completed"], shown["Abandoned"]) == (4, 2, 1)
    assert shown["Practice sessions"] == 1

    # The week and the month hold the same day's sessions.
    for period in ("week", "month"):
        assert figures(export_csv(kiosk, period), "total", "all")["sessions"] == "4"
    # The day before has none.
    kiosk.report.setPeriod("day")
    kiosk.report.previous()
    assert kiosk.report.property("totals")[0]["value"] == 0


def test_report_canary_personal_values_reach_no_statistic_csv_or_log(
    journey_kiosk: Kiosk,
    qasync_loop: asyncio.AbstractEventLoop,
    every_log_record: EveryLogRecord,
) -> None:
    kiosk = journey_kiosk
    submit_request(kiosk, qasync_loop)
    finish(kiosk)
    kiosk.outcomes.mark_assisted()
    submit_petition(kiosk, qasync_loop)
    kiosk.session.end("staff")
    look_up_taxes(kiosk, qasync_loop)
    idle_out(kiosk)
    home(kiosk)
    kiosk.appointments.start(APPOINTMENT_SERVICE)
    kiosk.appointments.submitPerson(CANARY_GIVEN, CANARY_SURNAME, CANARY_CNP)
    finish(kiosk)

    rows = export_csv(kiosk, "month")
    assert figures(rows, "total", "all")["sessions"] == "4", "the sessions were recorded"

    data_dir = kiosk.config.data_dir
    stored = [
        p
        for p in data_dir.rglob("*")
        if p.is_file() and (p.name.startswith(("statistics", "workshops")) or p.suffix == ".csv")
    ]
    assert {p.name for p in stored} >= {"statistics.sqlite3", "workshops.sqlite3"}
    for path in stored:
        content = path.read_bytes()
        for canary in CANARIES:
            assert canary.encode() not in content, f"{canary} in {path.name}"
            assert canary.encode("utf-16-le") not in content, f"{canary} in {path.name}"
    logs = "\n".join(every_log_record.lines)
    assert "session_recorded" in logs
    for canary in CANARIES:
        assert canary not in logs
