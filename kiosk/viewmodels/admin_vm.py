"""The technician admin screen for QML: hidden entry, PIN pad, lockout, pages, idle close.

The admin screen is a layer over the kiosk, not a citizen screen: the session's
Back and Home never lead here. Opening it ends any citizen session first (so no
citizen data stays under it); a citizen session starting, or the admin idle
timeout, closes it. The typed PIN lives only in this object (QML sees its
length) and is dropped after each try. Settings and diagnostics are two helper
view-models reachable as ``admin.settings`` and ``admin.diagnostics``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Property, QCoreApplication, QLocale, QObject, QTimer, Signal, Slot

from kiosk.admin.audit import AuditLog
from kiosk.admin.gesture import CornerTaps
from kiosk.admin.lockout import Lockout
from kiosk.admin.pages import AdminPage
from kiosk.admin.pin import MAX_DIGITS, AdminPin, PinFile, PinFileError, PinHash
from kiosk.admin.pin_entry import Attempt, PinEntry
from kiosk.admin.system_info import system_info
from kiosk.config import KioskConfig
from kiosk.i18n.languages import BY_CODE
from kiosk.session.clock import Clock
from kiosk.viewmodels.admin_diagnostics_vm import AdminDiagnosticsViewModel
from kiosk.viewmodels.admin_page import AdminPageViewModel
from kiosk.viewmodels.admin_settings_vm import AdminSettingsViewModel
from kiosk.viewmodels.admin_staff_vm import AdminStaffViewModel
from kiosk.viewmodels.report_vm import ReportViewModel
from kiosk.viewmodels.workshops_vm import WorkshopsViewModel

log = logging.getLogger("kiosk.admin")

C = "Admin"
TICK_MS = 1000


def lockout_file(config: KioskConfig) -> Path:
    return config.data_dir / "admin-lockout.json"


def audit_file(config: KioskConfig) -> Path:
    return config.data_dir / "admin-audit.jsonl"


class AdminViewModel(QObject):
    pageChanged = Signal()
    pinChanged = Signal()
    tickChanged = Signal()

    def __init__(
        self,
        config: KioskConfig,
        clock: Clock,
        language: str,
        *,
        end_citizen_session: Callable[[str], None],
        in_citizen_session: Callable[[], bool],
        settings: AdminSettingsViewModel,
        diagnostics: AdminDiagnosticsViewModel,
        restart: Callable[[], None] | None = None,
        staff: AdminStaffViewModel | None = None,
        tick_ms: int = TICK_MS,
        workshops: WorkshopsViewModel | None = None,
        report: ReportViewModel | None = None,
    ) -> None:
        super().__init__()
        self._config = config
        self._clock = clock
        self._language = language
        self._end_citizen_session = end_citizen_session
        self._in_citizen_session = in_citizen_session
        self._settings = settings
        self._diagnostics = diagnostics
        self._restart = restart or _exit_for_restart
        self._started = clock.monotonic()
        self._pin_file = PinFile(config.admin_pin_file)
        self._lockout = Lockout(lockout_file(config), self._wall_time)
        self._pin = PinEntry(self._lockout)
        self.audit = AuditLog(audit_file(config), self._wall_time)
        self._staff = staff
        self._workshops = workshops
        self._report = report
        # Every page behind the admin layer: audited, in the admin's language, forgetful.
        self._pages: list[AdminPageViewModel] = [
            page for page in (settings, diagnostics, staff, workshops, report) if page is not None
        ]
        for page in self._pages:
            page.set_audit(self.audit)
        self._taps = CornerTaps(clock.monotonic)
        self._page = AdminPage.CLOSED
        # Opened by signed-in library staff: only the staff pages, never the technician's.
        self._staff_only = False
        self._last_activity = clock.monotonic()
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self.tick)

    def _wall_time(self) -> float:
        return self._clock.now().timestamp()

    # -- language -------------------------------------------------------------------
    def set_language(self, code: str) -> None:
        self._language = code
        for page in self._pages:
            page.set_language(code)
        self.pinChanged.emit()
        self.tickChanged.emit()

    # -- properties -----------------------------------------------------------------
    def _get_page(self) -> str:
        return self._page.value

    def _get_open(self) -> bool:
        return self._page is not AdminPage.CLOSED

    def _get_corner(self) -> str:
        return self._config.admin.corner

    def _get_pin_length(self) -> int:
        return self._pin.length

    def _get_max_digits(self) -> int:
        return MAX_DIGITS

    def _get_message(self) -> str:
        return self._pin.message

    def _get_pin_set(self) -> bool:
        return self._pin_file.is_set

    def _get_lockout_text(self) -> str:
        return self._duration(self._lockout.seconds_left())

    def _get_locked(self) -> bool:
        return self._lockout.locked

    def _get_system(self) -> dict[str, object]:
        info = system_info(self._config.data_dir, self._clock.monotonic() - self._started)
        locale = QLocale(BY_CODE[self._language].locale)
        disk = (
            QCoreApplication.translate("Admin", "%1 free of %2")
            .replace("%1", locale.formattedDataSize(info.disk_free_bytes))
            .replace("%2", locale.formattedDataSize(info.disk_total_bytes or 0))
            if info.disk_free_bytes is not None
            else QCoreApplication.translate("Admin", "Unknown")
        )
        return {
            "kioskId": self._config.kiosk_id,
            "site": self._config.institution_name(self._language),
            "version": info.version,
            "uptime": self._duration(info.uptime_s),
            "disk": disk,
            "diskLow": info.disk_low,
        }

    def _get_settings(self) -> QObject:
        return self._settings

    def _get_diagnostics(self) -> QObject:
        return self._diagnostics

    def _get_staff_only(self) -> bool:
        return self._staff_only

    def _get_workshops(self) -> QObject | None:
        return self._workshops

    def _get_report(self) -> QObject | None:
        return self._report

    def _get_staff(self) -> QObject | None:
        return self._staff

    page = Property(str, _get_page, notify=pageChanged)
    open = Property(bool, _get_open, notify=pageChanged)
    corner = Property(str, _get_corner, constant=True)
    pinLength = Property(int, _get_pin_length, notify=pinChanged)
    maxDigits = Property(int, _get_max_digits, constant=True)
    message = Property(str, _get_message, notify=pinChanged)
    pinSet = Property(bool, _get_pin_set, notify=pageChanged)
    lockoutText = Property(str, _get_lockout_text, notify=tickChanged)
    locked = Property(bool, _get_locked, notify=tickChanged)
    system = Property(dict, _get_system, notify=tickChanged)
    settings = Property(QObject, _get_settings, constant=True)
    diagnostics = Property(QObject, _get_diagnostics, constant=True)
    staffOnly = Property(bool, _get_staff_only, notify=pageChanged)
    workshops = Property(QObject, _get_workshops, constant=True)
    report = Property(QObject, _get_report, constant=True)
    staff = Property(QObject, _get_staff, constant=True)

    @property
    def current(self) -> AdminPage:
        return self._page

    # -- entry ------------------------------------------------------------------------
    @Slot()
    def cornerTapped(self) -> None:
        """A tap in the hidden corner area (only offered when no citizen session runs)."""
        if self._page is AdminPage.CLOSED and self._taps.tap():
            self.openPinPad("corner")

    @Slot()
    def keyCombination(self) -> None:
        """Ctrl+Alt+A on a hardware keyboard (only a technician plugs one in)."""
        if self._page is AdminPage.CLOSED:
            self.openPinPad("keys")

    def openPinPad(self, how: str) -> None:
        if self._in_citizen_session():
            # Nothing of the person's may stay on screen under the admin layer.
            self._end_citizen_session("admin")
        self._pin.clear()
        self._taps.forget()
        self.audit.record("opened", how=how)
        self._show(AdminPage.LOCKOUT if self._lockout.locked else AdminPage.PIN)
        self._last_activity = self._clock.monotonic()
        self._timer.start()

    # -- PIN pad ----------------------------------------------------------------------
    @Slot(str)
    def digit(self, key: str) -> None:
        if self._page is AdminPage.PIN and self._pin.press(key):
            self.pinChanged.emit()

    @Slot()
    def deleteDigit(self) -> None:
        if self._pin.backspace():
            self.pinChanged.emit()

    @Slot()
    def submitPin(self) -> None:
        if self._page is not AdminPage.PIN:
            return
        try:
            attempt, _ = self._pin.check(self._matching_pin)
        except PinFileError:
            self.audit.record("pin_refused", reason="no_pin_set")
            self._pin.message = QCoreApplication.translate(
                "Admin", "No admin PIN is set on this kiosk. See “Admin screen” in the README."
            )
            self.pinChanged.emit()
            return
        if attempt is Attempt.LOCKED:
            self._show(AdminPage.LOCKOUT)
            return
        if attempt is Attempt.EMPTY:
            self._pin.message = QCoreApplication.translate("Admin", "Enter the admin PIN")
            self.pinChanged.emit()
            return
        if attempt is Attempt.RIGHT:
            self.audit.record("pin_accepted")
            self._show(AdminPage.HOME)
            return
        failures = self._lockout.state.failures
        self.audit.record("pin_refused", reason="wrong_pin", failures=failures)
        if attempt is Attempt.LOCKED_OUT:
            self.audit.record("locked_out", seconds=self._lockout.seconds_left())
            self._pin.message = ""
            self._show(AdminPage.LOCKOUT)
            return
        left = self._lockout.attempts_before_lockout()
        self._pin.message = QCoreApplication.translate(
            "Admin", "That PIN is not right. %n more tries before the PIN pad locks.", "", left
        )
        self.pinChanged.emit()

    def _matching_pin(self, pin: AdminPin) -> PinHash | None:
        stored = self._pin_file.load()
        return stored if stored.matches(pin) else None

    # -- pages ------------------------------------------------------------------------
    @Slot(str)
    def show(self, name: str) -> None:
        """Go to an admin page by its name; only pages behind the PIN, only once unlocked."""
        try:
            page = AdminPage(name)
        except ValueError:
            return
        if page.unlocked and self._page.unlocked and (page.for_staff or not self._staff_only):
            self._show(page)

    @Slot(str, result=bool)
    def openForStaff(self, name: str) -> bool:
        """Library staff, signed in with their staff PIN, open `workshops` or `report`.

        No technician PIN: the staff sign-in vouched for them, so only the staff pages are
        reachable (Admin home is hidden and refused). A running citizen session ends first,
        as for the technician: nothing of the person's stays under the admin layer.
        """
        try:
            page = AdminPage(name)
        except ValueError:
            return False
        if not page.for_staff or (self._page.unlocked and not self._staff_only):
            return False
        if self._in_citizen_session():
            self._end_citizen_session("staff")
        self._staff_only = True
        self.audit.record("opened", how="staff", page=name)
        self._last_activity = self._clock.monotonic()
        self._timer.start()
        self._show(page)
        self.pageChanged.emit()
        return True

    @Slot()
    def home(self) -> None:
        if not self._staff_only:
            self.show(AdminPage.HOME.value)

    @Slot()
    def close(self) -> None:
        """The technician's "Close": back to the kiosk's attract screen."""
        self.close_for("closed")

    def close_for(self, reason: str) -> None:
        if self._page is AdminPage.CLOSED:
            return
        self.audit.record("closed", reason=reason)
        self._staff_only = False
        self._timer.stop()
        self._pin.clear()
        for page in self._pages:
            page.forget()
        self._show(AdminPage.CLOSED)

    @Slot()
    def restart(self) -> None:
        if not self._page.unlocked or self._staff_only:
            return
        self.audit.record("restart_requested")
        self.close_for("restart")
        self._restart()

    def _show(self, page: AdminPage) -> None:
        if page is self._page:
            return
        leaving = self._page
        self._page = page
        if leaving is AdminPage.DEVICES:
            self._diagnostics.stopCamera()
        if page is AdminPage.SETTINGS:
            self._settings.load()
        elif page in (AdminPage.PRINTER, AdminPage.DEVICES, AdminPage.OUTBOX, AdminPage.PORTAL):
            self._diagnostics.page_shown(page)
        elif page is AdminPage.WORKSHOPS and self._workshops is not None:
            self._workshops.forget()
        elif page is AdminPage.REPORT and self._report is not None:
            self._report.refresh()
        log.info("admin.page_shown", extra={"page": page.value or "closed"})
        self.pageChanged.emit()
        self.pinChanged.emit()
        self.tickChanged.emit()

    # -- screenshots (make screenshots renders every page without a PIN or a real lockout) --
    def unlock_for_screenshot(self) -> None:
        self._show(AdminPage.HOME)

    def show_lockout_for_screenshot(self) -> None:
        self._show(AdminPage.LOCKOUT)

    # -- time -------------------------------------------------------------------------
    @Slot()
    def activity(self) -> None:
        """Any touch or key while the admin screen is open keeps it open."""
        self._last_activity = self._clock.monotonic()

    def citizen_session_started(self) -> None:
        self.close_for("citizen_session")

    @Slot()
    def tick(self) -> None:
        if self._page is AdminPage.CLOSED:
            return
        quiet = self._clock.monotonic() - self._last_activity
        if quiet >= self._config.admin.idle_timeout_s:
            self.close_for("idle")
            return
        if self._page is AdminPage.LOCKOUT and not self._lockout.locked:
            self._show(AdminPage.PIN)
        self.tickChanged.emit()

    def _duration(self, seconds: int) -> str:
        minutes, secs = divmod(max(0, seconds), 60)
        hours, minutes = divmod(minutes, 60)
        if hours:
            return (
                QCoreApplication.translate("Admin", "%1 h %2 min")
                .replace("%1", str(hours))
                .replace("%2", str(minutes))
            )
        if minutes:
            return (
                QCoreApplication.translate("Admin", "%1 min %2 s")
                .replace("%1", str(minutes))
                .replace("%2", f"{secs:02d}")
            )
        return QCoreApplication.translate("Admin", "%1 s").replace("%1", str(secs))

    def wipe(self) -> None:
        """A citizen session ended: the admin screen has no citizen data, nothing to drop."""

    def shutdown(self) -> None:
        """The kiosk closes: close the admin screen and let go of the log handler."""
        self.close_for("shutdown")
        self._diagnostics.shutdown()


RESTART_EXIT_CODE = 75


def _exit_for_restart() -> None:
    """Leave the event loop with RESTART_EXIT_CODE; systemd (Restart=always) or the CLI restarts."""
    app = QCoreApplication.instance()
    if app is not None:
        app.exit(RESTART_EXIT_CODE)
