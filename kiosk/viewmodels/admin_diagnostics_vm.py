"""The admin screen's device and connection checks for QML.

Camera live preview and a test MRZ read (reusing the kiosk's camera scan and its
preview image provider), card reader and printer through their diagnostics
protocols, the portal check and on-screen enrolment, outbox counts with
"retry now", and the redacted log export. Nothing personal is shown: a test
read reports only that a card was read, the outbox only counts.
"""

from __future__ import annotations

import asyncio
import logging
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Property, QCoreApplication, QTimer, Signal, Slot

from kiosk.admin.connectivity import ConnectivityReport, check_portal
from kiosk.admin.devices import CardReaderDiagnostics, PrinterDiagnostics
from kiosk.admin.enrolment import EnrolmentResult, enrol
from kiosk.admin.log_export import RecentLogs, export_logs, removable_directories
from kiosk.admin.pages import AdminPage
from kiosk.camera.preview import PROVIDER_ID
from kiosk.camera.scan import CameraScan
from kiosk.config import ConfigError, KioskConfig, save_config
from kiosk.i18n.noop import QT_TRANSLATE_NOOP
from kiosk.portal.outbox import OutboxState
from kiosk.portal_access import PortalAccess
from kiosk.printing.receipt_printer import PrintOutcome
from kiosk.secrets import SecretStore, SecretStoreError
from kiosk.session.clock import Clock
from kiosk.tasks import BackgroundTasks
from kiosk.viewmodels.admin_page import AdminPageViewModel

log = logging.getLogger("kiosk.admin.diagnostics")

C = "AdminDevices"
P = "AdminPortal"
CAMERA_TEST_S = 30

_OUTBOX_LABELS = {
    OutboxState.QUEUED: QT_TRANSLATE_NOOP("AdminPortal", "Waiting to be sent"),
    OutboxState.SENDING: QT_TRANSLATE_NOOP("AdminPortal", "Being sent now"),
    OutboxState.FAILED_FINAL: QT_TRANSLATE_NOOP("AdminPortal", "Could not be sent (needs a retry)"),
    OutboxState.DELIVERED: QT_TRANSLATE_NOOP("AdminPortal", "Delivered (receipts kept)"),
}
_ENROLMENT_MESSAGES = {
    "bad_address": QT_TRANSLATE_NOOP(
        "AdminPortal", "Enter the portal’s address, starting with https://"
    ),
    "bad_code": QT_TRANSLATE_NOOP(
        "AdminPortal", "That code did not work. Codes work only once and expire: ask for a new one."
    ),
    "unreachable": QT_TRANSLATE_NOOP(
        "AdminPortal", "The kiosk cannot reach that address. Check the address and the network."
    ),
    "insecure": QT_TRANSLATE_NOOP(
        "AdminPortal",
        "The portal’s certificate is not trusted. Check the address, or ask for the "
        "portal’s certificate authority (ca_bundle).",
    ),
    "refused": QT_TRANSLATE_NOOP(
        "AdminPortal", "The portal did not accept the enrolment. Try again, or ask for a new code."
    ),
    "no_keyring": QT_TRANSLATE_NOOP(
        "AdminPortal",
        "The kiosk could not store its token in the system keyring. Restart the "
        "kiosk and try again.",
    ),
}


def _tr(context: str, text: str, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, "", n)


class AdminDiagnosticsViewModel(AdminPageViewModel):
    cameraChanged = Signal()
    printerChanged = Signal()
    cardReaderChanged = Signal()
    portalChanged = Signal()
    outboxChanged = Signal()
    logsChanged = Signal()
    _log = log

    def __init__(
        self,
        config: KioskConfig,
        portal: PortalAccess,
        clock: Clock,
        language: str,
        *,
        camera: CameraScan | None,
        printer: PrinterDiagnostics,
        card_reader: CardReaderDiagnostics,
        open_secrets: Callable[[], SecretStore],
        config_path: Path | None = None,
        recent_logs: RecentLogs | None = None,
        export_directories: Callable[[], list[Path]] = removable_directories,
        camera_test_s: float = CAMERA_TEST_S,
    ) -> None:
        super().__init__(language)
        self._config = config
        self._portal = portal
        self._clock = clock
        self._camera = camera
        self._printer = printer
        self._card_reader = card_reader
        self._open_secrets = open_secrets
        self._config_path = config_path
        self._recent_logs = recent_logs
        self._export_directories = export_directories
        self._tasks = BackgroundTasks("admin")
        self._camera_timer = QTimer(self)
        self._camera_timer.setSingleShot(True)
        self._camera_timer.setInterval(round(camera_test_s * 1000))
        self._camera_timer.timeout.connect(self._camera_timed_out)
        if camera is not None:
            camera.previewChanged.connect(self._on_preview)
            camera.accepted.connect(self._on_card)
            camera.unavailable.connect(self._on_camera_unavailable)
        self._reset()

    def _reset(self) -> None:
        self._camera_state = ""  # "" | running | read | failed | unavailable
        self._preview_number = 0
        self._fields_read = 0
        self._printer_message = ""
        self._printing = False
        self._card_message = ""
        self._report: ConnectivityReport | None = None
        self._checking = False
        self._enrolling = False
        self._enrol_message = ""
        self._enrolled_now = False
        self._address = self._current_address()
        self._code = ""
        self._outbox_message = ""
        self._logs_message = ""

    def _texts_changed(self) -> None:
        for signal in (
            self.cameraChanged,
            self.printerChanged,
            self.cardReaderChanged,
            self.portalChanged,
            self.outboxChanged,
            self.logsChanged,
        ):
            signal.emit()

    def forget(self) -> None:
        """The admin screen closes: stop the camera, drop typed values and results."""
        self.stopCamera()
        self._tasks.cancel_all()
        self._reset()
        self._texts_changed()

    def shutdown(self) -> None:
        self.forget()
        if self._recent_logs is not None:
            self._recent_logs.uninstall()

    def page_shown(self, page: AdminPage) -> None:
        if page is AdminPage.OUTBOX:
            self.outboxChanged.emit()
        elif page is AdminPage.PRINTER:
            self.printerChanged.emit()
        elif page is AdminPage.DEVICES:
            self.cardReaderChanged.emit()

    # -- camera -----------------------------------------------------------------------
    def _get_camera(self) -> dict[str, Any]:
        messages = {
            "": QT_TRANSLATE_NOOP(
                "AdminDevices", "Start the camera, then hold an ID card’s back under it."
            ),
            "running": QT_TRANSLATE_NOOP(
                "AdminDevices", "Looking for the lines of letters and <<< …"
            ),
            "read": QT_TRANSLATE_NOOP(
                "AdminDevices", "The card was read and its check digits are right."
            ),
            "failed": QT_TRANSLATE_NOOP(
                "AdminDevices", "No card was read. Check the light and the focus, then try again."
            ),
            "unavailable": QT_TRANSLATE_NOOP(
                "AdminDevices",
                "The camera could not be opened. Check its cable and the camera setting.",
            ),
        }
        return {
            "available": self._camera is not None,
            "state": self._camera_state,
            "running": self._camera_state == "running",
            "preview": f"image://{PROVIDER_ID}/admin-{self._preview_number}",
            "message": _tr(C, messages[self._camera_state])
            if self._camera is not None
            else QCoreApplication.translate("AdminDevices", "No camera is set up on this kiosk."),
            "fieldsRead": self._fields_read,
        }

    camera = Property(dict, _get_camera, notify=cameraChanged)

    @Slot()
    def startCamera(self) -> None:
        if self._camera is None or self._camera_state == "running":
            return
        self._camera_state = "running"
        self._fields_read = 0
        self._record("camera_test_started")
        self._camera_timer.start()
        self._camera.start()
        self.cameraChanged.emit()

    @Slot()
    def stopCamera(self) -> None:
        self._camera_timer.stop()
        if self._camera is not None and self._camera_state == "running":
            self._camera.wipe()
            self._camera_state = ""
            self.cameraChanged.emit()

    def _on_preview(self, number: int) -> None:
        if self._camera_state == "running":
            self._preview_number = number
            self.cameraChanged.emit()

    def _on_card(self, card: object) -> None:
        if self._camera_state != "running":
            return
        self._camera_timer.stop()
        self._fields_read = len(card) if isinstance(card, dict) else 0
        del card
        assert self._camera is not None
        self._camera.wipe()  # the test card's data is not kept, nor its picture
        self._camera_state = "read"
        self._record("camera_test_read", fields=self._fields_read)
        self.cameraChanged.emit()

    def _on_camera_unavailable(self) -> None:
        if self._camera_state == "running":
            self._camera_timer.stop()
            self._camera_state = "unavailable"
            self._record("camera_test_failed", reason="unavailable")
            self.cameraChanged.emit()

    def _camera_timed_out(self) -> None:
        if self._camera_state == "running" and self._camera is not None:
            self._camera.wipe()
            self._camera_state = "failed"
            self._record("camera_test_failed", reason="timeout")
            self.cameraChanged.emit()

    # -- card reader ------------------------------------------------------------------
    @property
    def card_reader(self) -> CardReaderDiagnostics:
        """The card reader behind the page (fleet health reports its state too)."""
        return self._card_reader

    def _get_card_reader(self) -> dict[str, Any]:
        state = self._card_reader.state()
        return {
            "configured": state.configured,
            "name": state.name,
            "cardPresent": state.card_present,
            "reasons": [_tr(C, r) for r in state.reasons],
            "message": self._card_message,
        }

    cardReader = Property(dict, _get_card_reader, notify=cardReaderChanged)

    @Slot()
    def testCardReader(self) -> None:
        self._tasks.spawn(self._test_card())

    async def _test_card(self) -> None:
        outcome = await self._card_reader.test_read()
        self._card_message = _tr(C, outcome.message)
        self._record("card_reader_test", ok=outcome.ok)
        self.cardReaderChanged.emit()

    # -- printer ----------------------------------------------------------------------
    def _get_printer(self) -> dict[str, Any]:
        state = self._printer.state()
        return {
            "configured": state.configured,
            "queue": state.queue,
            "state": _tr(C, state.state) if state.state else "",
            "reasons": [_tr(C, r) for r in state.reasons],
            "message": self._printer_message,
            "printing": self._printing,
        }

    printer = Property(dict, _get_printer, notify=printerChanged)

    @Slot()
    def printTest(self) -> None:
        if self._printing:
            return
        self._printing = True
        self._printer_message = QCoreApplication.translate(
            "AdminDevices", "Printing a test receipt…"
        )
        self.printerChanged.emit()
        self._tasks.spawn(self._print_test())

    async def _print_test(self) -> None:
        try:
            outcome = await self._printer.print_test(self._language)
        finally:
            self._printing = False
        messages = {
            PrintOutcome.PRINTED: QT_TRANSLATE_NOOP(
                "AdminDevices", "The test receipt was printed. Check that it is readable."
            ),
            PrintOutcome.UNAVAILABLE: QT_TRANSLATE_NOOP(
                "AdminDevices",
                "The printer is not available. Check the paper, the cover and the cable.",
            ),
            PrintOutcome.FAILED: QT_TRANSLATE_NOOP(
                "AdminDevices",
                "The test receipt could not be printed. Look at the printer’s state above.",
            ),
        }
        self._printer_message = _tr(C, messages[outcome])
        self._record("printer_test", outcome=outcome.value)
        self.printerChanged.emit()

    # -- portal -----------------------------------------------------------------------
    def _current_address(self) -> str:
        client = self._portal.client
        if client is not None:
            return client.settings.url
        return self._config.portal.url if self._config.portal is not None else ""

    def _get_portal(self) -> dict[str, Any]:
        report = self._report
        rows: list[dict[str, Any]] = []
        if report is not None:
            rows = self._report_rows(report)
        return {
            "address": self._current_address(),
            "connected": self._portal.client is not None,
            "checking": self._checking,
            "rows": rows,
            "enrolling": self._enrolling,
            "enrolMessage": self._enrol_message,
            "enrolled": self._enrolled_now,
            "addressField": self._address,
            "codeField": self._code,
        }

    portal = Property(dict, _get_portal, notify=portalChanged)

    def _report_rows(self, report: ConnectivityReport) -> list[dict[str, Any]]:
        def row(label: str, value: str, ok: bool) -> dict[str, Any]:
            return {"label": _tr(P, label), "value": value, "ok": ok}

        rows = [
            row(
                QT_TRANSLATE_NOOP("AdminPortal", "Portal reachable"),
                QCoreApplication.translate("AdminPortal", "Yes")
                if report.reachable
                else _problem_text(report.problem),
                report.reachable,
            )
        ]
        tls = {
            "verified": QT_TRANSLATE_NOOP("AdminPortal", "Secure, certificate checked"),
            "none": QT_TRANSLATE_NOOP(
                "AdminPortal", "Not encrypted (http): use https on a real kiosk"
            ),
            "failed": QT_TRANSLATE_NOOP("AdminPortal", "Certificate not trusted"),
            "unknown": QT_TRANSLATE_NOOP("AdminPortal", "Unknown"),
        }[report.tls]
        rows.append(
            row(
                QT_TRANSLATE_NOOP("AdminPortal", "Secure connection (TLS)"),
                _tr(P, tls),
                report.tls == "verified",
            )
        )
        if report.enrolled is not None:
            rows.append(
                row(
                    QT_TRANSLATE_NOOP("AdminPortal", "This kiosk is enrolled"),
                    QCoreApplication.translate("AdminPortal", "Yes, as %1").replace(
                        "%1", report.kiosk_name or ""
                    )
                    if report.enrolled
                    else QCoreApplication.translate("AdminPortal", "No: enrol it below"),
                    report.enrolled,
                )
            )
        if report.skew_s is not None:
            seconds = round(abs(report.skew_s))
            text = (
                QCoreApplication.translate("AdminPortal", "Right (%n s apart)", "", seconds)
                if report.skew_ok
                else QCoreApplication.translate(
                    "AdminPortal", "Wrong by %n s: set the kiosk’s date and time", "", seconds
                )
            )
            rows.append(row(QT_TRANSLATE_NOOP("AdminPortal", "Clock"), text, report.skew_ok))
        return rows

    @Slot()
    def checkPortal(self) -> None:
        client = self._portal.client
        if client is None:
            self._report = ConnectivityReport(
                self._current_address(), False, "unknown", None, None, None, "not_connected"
            )
            self.portalChanged.emit()
            return
        if self._checking:
            return
        self._checking = True
        self.portalChanged.emit()
        self._tasks.spawn(self._check(client))

    async def _check(self, client: Any) -> None:
        try:
            self._report = await check_portal(client, self._clock.now())
        finally:
            self._checking = False
        self._record(
            "portal_checked",
            reachable=self._report.reachable,
            tls=self._report.tls,
            enrolled=self._report.enrolled,
        )
        self.portalChanged.emit()

    @Slot(str)
    def setAddress(self, text: str) -> None:
        self._address = text

    @Slot(str)
    def setCode(self, text: str) -> None:
        self._code = text

    @Slot()
    def enrol(self) -> None:
        if self._enrolling:
            return
        self._enrolling = True
        self._enrol_message = QCoreApplication.translate("AdminPortal", "Enrolling…")
        self._enrolled_now = False
        self.portalChanged.emit()
        self._tasks.spawn(self._enrol(self._address, self._code))

    async def _enrol(self, address: str, code: str) -> None:
        try:
            result = await self._redeem(address, code)
        finally:
            self._enrolling = False
        self._record("enrolment", outcome=result.outcome, status=result.status)
        if result.outcome != "enrolled" or result.settings is None:
            self._enrol_message = _tr(P, _ENROLMENT_MESSAGES[result.outcome])
            self.portalChanged.emit()
            return
        self._code = ""  # spent: it is no use any more, and no one else needs to see it
        self._enrolled_now = True
        client = self._portal.client
        if client is not None:
            client.forget_token()
        saved = self._save_address(result.settings.url)
        self._enrol_message = (
            QCoreApplication.translate(
                "AdminPortal", "This kiosk is enrolled with %1. Restart the kiosk to connect."
            )
            if saved
            else QCoreApplication.translate(
                "AdminPortal",
                "This kiosk is enrolled with %1, but the address could not be saved in the "
                "settings file.",
            )
        ).replace("%1", result.settings.url)
        self.portalChanged.emit()

    async def _redeem(self, address: str, code: str) -> EnrolmentResult:
        loop = asyncio.get_running_loop()
        try:
            store = await loop.run_in_executor(None, self._open_secrets)
        except SecretStoreError as error:
            log.error("admin.keyring_unavailable", extra={"error": type(error).__name__})
            return EnrolmentResult("no_keyring")
        return await enrol(address, code, self._config.kiosk_id, store)

    def _save_address(self, url: str) -> bool:
        """Write `[portal] url` into the settings file (never the token)."""
        if self._config_path is None:
            return False
        try:
            raw = tomllib.loads(self._config_path.read_text(encoding="utf-8"))
            portal = raw.get("portal")
            raw["portal"] = {**(portal if isinstance(portal, dict) else {}), "url": url}
            save_config(self._config_path, raw)
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, ConfigError) as error:
            log.error("admin.portal_address_not_saved", extra={"error": type(error).__name__})
            return False
        self._record("settings_saved", keys="portal.url")
        return True

    # -- outbox -----------------------------------------------------------------------
    def _get_outbox(self) -> dict[str, Any]:
        outbox = self._portal.outbox
        if outbox is None:
            return {"connected": False, "rows": [], "message": self._outbox_message}
        counts = outbox.counts()
        return {
            "connected": True,
            "rows": [
                {"state": state.value, "label": _tr(P, label), "count": counts.get(state, 0)}
                for state, label in _OUTBOX_LABELS.items()
            ],
            "message": self._outbox_message,
        }

    outbox = Property(dict, _get_outbox, notify=outboxChanged)

    @Slot()
    def retryOutbox(self) -> None:
        outbox, sender = self._portal.outbox, self._portal.sender
        if outbox is None:
            return
        requeued = outbox.requeue_failed()
        if sender is not None:
            sender.flush_now()
        self._record("outbox_retry", requeued=requeued)
        self._outbox_message = QCoreApplication.translate(
            "AdminPortal", "Sending now. The counts update in a few seconds."
        )
        self.outboxChanged.emit()
        QTimer.singleShot(2000, self.outboxChanged.emit)

    @Slot()
    def refreshOutbox(self) -> None:
        self.outboxChanged.emit()

    # -- logs -------------------------------------------------------------------------
    def _get_logs(self) -> dict[str, Any]:
        fallback = self._config.data_dir / "exports"
        places = [*self._export_directories(), fallback]
        return {
            "directories": [
                {
                    "path": str(p),
                    "label": p.name
                    if p != fallback
                    else QCoreApplication.translate("AdminDevices", "The kiosk’s own disk"),
                }
                for p in places
            ],
            "message": self._logs_message,
        }

    logs = Property(dict, _get_logs, notify=logsChanged)

    @Slot(str)
    def exportLogs(self, directory: str) -> None:
        target = Path(directory)
        allowed = {*self._export_directories(), self._config.data_dir / "exports"}
        if target not in allowed:
            return
        try:
            written = export_logs(
                target,
                self._config.kiosk_id,
                self._recent_logs.lines() if self._recent_logs is not None else [],
                self._audit.entries() if self._audit is not None else [],
                self._clock.now(),
            )
        except OSError as error:
            self._record("logs_export_failed", error=type(error).__name__)
            self._logs_message = QCoreApplication.translate(
                "AdminDevices",
                "The logs could not be written there. Is the USB stick full or read-only?",
            )
        else:
            self._record("logs_exported")
            self._logs_message = QCoreApplication.translate("AdminDevices", "Saved as %1").replace(
                "%1", str(written)
            )
        self.logsChanged.emit()


def _problem_text(problem: str) -> str:
    texts = {
        "unreachable": QT_TRANSLATE_NOOP("AdminPortal", "No: the address cannot be reached"),
        "timeout": QT_TRANSLATE_NOOP("AdminPortal", "No: it did not answer in time"),
        "insecure": QT_TRANSLATE_NOOP("AdminPortal", "No: its certificate is not trusted"),
        "no_token": QT_TRANSLATE_NOOP("AdminPortal", "No device token: enrol this kiosk"),
        "not_connected": QT_TRANSLATE_NOOP(
            "AdminPortal", "Not connected: enrol this kiosk, then restart"
        ),
    }
    return _tr(P, texts.get(problem, QT_TRANSLATE_NOOP("AdminPortal", "No")))
