"""Renders every screen in every language and display variant to PNG (`make screenshots`).

Files land in DIR/<language>/<variant>/<screen>.png with stable screen names, so
people (and reviews) can look at exactly what a citizen sees.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtQuick import QQuickItem

from kiosk import screenshot_journeys as journeys
from kiosk.app import Kiosk, build_kiosk, scene_items
from kiosk.chip.sample import sample_chip_worker
from kiosk.config import KioskConfig
from kiosk.portal_access import PortalAccess
from kiosk.reports.samples import seed_samples
from kiosk.session.clock import ManualClock
from kiosk.theme.theme import VARIANTS

log = logging.getLogger("kiosk.screenshots")


def settle(ms: int = 30) -> None:
    """Let bindings, loaders and the scene graph catch up before grabbing."""
    for _ in range(3):
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def find_item(kiosk: Kiosk, object_name: str) -> QQuickItem | None:
    return next((i for i in scene_items(kiosk.window) if i.objectName() == object_name), None)


def _home(kiosk: Kiosk) -> None:
    kiosk.session.start()
    kiosk.session.languageChosen()


def _service(kiosk: Kiosk) -> None:
    _home(kiosk)
    first = kiosk.catalogue.service_codes()[0]
    kiosk.catalogue.select(first)
    kiosk.session.openService(first)


def _calculator(kiosk: Kiosk) -> None:
    _home(kiosk)
    kiosk.session.openCalculator()
    for key in ("1", "2", "5", "0", "add", "1", "5", "percent", "equals", "divide", "4"):
        kiosk.calculator.press(key)


def _calendar(kiosk: Kiosk) -> None:
    _home(kiosk)
    kiosk.session.openCalendar()


def _idle_warning(kiosk: Kiosk) -> None:
    _home(kiosk)
    clock = kiosk.clock
    assert isinstance(clock, ManualClock)
    clock.advance(kiosk.config.session.idle_timeout_s + 3)
    kiosk.session.tick()


def _panel(name: str) -> Callable[[Kiosk], None]:
    def show(kiosk: Kiosk) -> None:
        _home(kiosk)
        kiosk.window.setProperty("panel", name)

    return show


def _keyboard(kiosk: Kiosk) -> None:
    _home(kiosk)
    settle()
    field = find_item(kiosk, "searchInput")
    if field is not None:
        field.forceActiveFocus()
        QGuiApplication.inputMethod().show()


def _search(kiosk: Kiosk) -> None:
    """'What do you need?' with a word as people type it: misspelt, without diacritics."""
    _home(kiosk)
    query = journeys.SEARCH_QUERIES.get(kiosk.languages.code, journeys.SEARCH_FALLBACK)
    kiosk.catalogue.setProperty("query", query)


def _admin(page: str) -> Callable[[Kiosk], None]:
    """An admin page as a technician sees it after the PIN (the PIN is not needed here)."""

    def show(kiosk: Kiosk) -> None:
        admin = kiosk.admin
        admin.close()
        admin.keyCombination()
        if page == "admin-pin":
            for digit in "1234":
                admin.digit(digit)
        elif page == "admin-lockout":
            admin.show_lockout_for_screenshot()
        else:
            admin.unlock_for_screenshot()
            admin.show(page)

    return show


def _library(page: str, then: Callable[[Kiosk], None] | None = None) -> Callable[[Kiosk], None]:
    """A library page (workshops, report) with sample workshops and sessions to show."""

    def show(kiosk: Kiosk) -> None:
        if not kiosk.workshop_store.schedule():
            seed_samples(kiosk.statistics, kiosk.workshop_store, kiosk.clock.now())
            kiosk.attract.refresh()
        _admin(page)(kiosk)
        if then is not None:
            then(kiosk)

    return show


def _count_attendance(kiosk: Kiosk) -> None:
    """The number pad for the most recent workshop waiting for its count, 12 typed."""
    waiting = [w for w in kiosk.workshops.property("past") if w["attendance"] < 0]
    if waiting:
        kiosk.workshops.recordAttendance(waiting[0]["key"])
        for digit in "12":
            kiosk.workshops.digit(digit)


SCREENS: dict[str, Callable[[Kiosk], None]] = {
    "attract": lambda kiosk: None,
    "language": lambda kiosk: kiosk.session.start(),
    "home": _home,
    "service-detail": _service,
    "calculator": _calculator,
    "calendar": _calendar,
    "idle-warning": _idle_warning,
    "help": _panel("help"),
    "language-switch": _panel("language"),
    "display-settings": _panel("display"),
    "keyboard": _keyboard,
    # Journeys (these need a portal: the embedded reference portal here, a loopback one in tests).
    "id-scan": journeys.id_scan_consent,
    "id-scan-scanning": journeys.id_scan_scanning,
    "id-scan-chip-can": journeys.id_scan_chip_can,
    "id-scan-chip-read": journeys.id_scan_chip_read,
    "id-scan-chip-refused": journeys.id_scan_chip_refused,
    "form-step": journeys.form_step,
    "error-summary": journeys.error_summary,
    "check-answers": journeys.check_answers,
    "confirmation": journeys.confirmation,
    "petition": journeys.petition,
    "appointment-days": journeys.appointment_days,
    "appointment-slots": journeys.appointment_slots,
    "status-lookup": journeys.status_lookup,
    "status-timeline": journeys.status_timeline,
    "taxes-list": journeys.taxes_list,
    "payment-qr": journeys.payment_qr,
    "search": _search,
    # Guided mode (library staff).
    "guided-signin": journeys.guided_signin,
    "guided-step": journeys.guided_step,
    "practice-receipt": journeys.practice_receipt,
    # The technician's admin screen.
    **{
        name: _admin(name)
        for name in (
            "admin-pin",
            "admin-lockout",
            "admin-home",
            "admin-settings",
            "admin-devices",
            "admin-printer",
            "admin-portal",
            "admin-outbox",
            "admin-staff",
        )
    },
    # The library's pages (sample workshops and sessions, see kiosk/reports/samples.py).
    "workshops": _library("workshops"),
    "workshops-edit": _library("workshops", then=lambda kiosk: kiosk.workshops.add()),
    "workshops-attendance": _library("workshops", then=_count_attendance),
    "report": _library("report"),
}


def render_all(
    config: KioskConfig,
    out_dir: Path,
    screens: list[str] | None = None,
    portal: PortalAccess | None = None,
    config_path: Path | None = None,
) -> int:
    """Every screen in every language and variant, as PNG files under ``out_dir``.

    The admin settings page shows ``config_path`` through a scratch copy, so nothing
    rendered here can change the real file.
    """
    clock = ManualClock(datetime.now().astimezone().replace(hour=10, minute=30, second=0))
    scratch = Path(tempfile.mkdtemp(prefix="kiosk-screenshots-"))
    preview = scratch / "kiosk.toml"
    if config_path is not None and config_path.is_file():
        shutil.copyfile(config_path, preview)
    kiosk = build_kiosk(
        config,
        clock=clock,
        portal=portal,
        fixed_payment_key="screenshots-payment",
        config_path=preview if preview.exists() else None,
        library_dir=scratch,
        chip_worker=sample_chip_worker(),
    )
    # The report shows the sample sessions only, not the hundreds of renders' own sessions.
    kiosk.outcomes.unsubscribe(kiosk.statistics.record)
    seed_samples(kiosk.statistics, kiosk.workshop_store, clock.now())
    kiosk.attract.refresh()
    kiosk.window.show()
    count = 0
    try:
        for language in config.languages:
            for variant_name, variant in VARIANTS.items():
                for screen, prepare in SCREENS.items():
                    if screens and screen not in screens:
                        continue
                    kiosk.session.end("screenshot")
                    kiosk.admin.close()
                    kiosk.languages.choose(language)
                    kiosk.theme.set_variant(variant)
                    prepare(kiosk)
                    settle(120 if screen == "keyboard" else 30)
                    target = out_dir / language / variant_name / f"{screen}.png"
                    target.parent.mkdir(parents=True, exist_ok=True)
                    kiosk.window.grabWindow().save(str(target))
                    count += 1
    finally:
        kiosk.session.end("screenshot")
        kiosk.close()
        shutil.rmtree(scratch, ignore_errors=True)
    log.info("screenshots_rendered", extra={"count": count})
    return count


def render_with_portal(
    config: KioskConfig,
    out_dir: Path,
    *,
    demo: bool,
    screens: list[str] | None = None,
    config_path: Path | None = None,
) -> int:
    """`make screenshots`: connect as `make run` does (demo: start the embedded portal), render.

    The qasync loop is marked running without blocking, so every wait in the journeys
    (which processes Qt events) also runs the portal calls.
    """
    import asyncio

    import qasync

    from kiosk.portal_link import PortalLink

    app = QGuiApplication.instance()
    loop = qasync.QEventLoop(app, already_running=True)
    # A loop marked running can never be closed, so its default QThread executor would
    # still be running when the process exits (Qt aborts: "QThread: Destroyed while
    # thread is still running"). Plain threads that this function shuts down instead.
    executor = ThreadPoolExecutor(max_workers=2, thread_name_prefix="screenshots")
    loop.set_default_executor(executor)
    asyncio.set_event_loop(loop)
    link = PortalLink(
        config.data_dir.resolve(),
        profile=config.profile,
        jurisdiction=config.country,
        languages=config.languages,
        on_catalogue=lambda catalogue: None,  # screenshots keep the bundled catalogue
    )
    connected = config.portal is not None or demo
    if connected:
        link.connect_in_background(config.portal, demo=demo)
        try:
            journeys.wait_for(lambda: link.sender is not None, "portal connection", 60)
        except TimeoutError:
            log.error("screenshots_without_portal")
    try:
        return render_all(config, out_dir, screens, portal=link, config_path=config_path)
    finally:
        if connected:
            task = loop.create_task(link.stop())
            journeys.wait_for(task.done, "portal stopped", 30)
        executor.shutdown(wait=True)
