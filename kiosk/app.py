"""Composition root: builds the services and view-models and loads the QML window.

Nothing here is global: every view-model is handed to QML as a required
property of the Main window (`setInitialProperties`). The one exception is the
Theme, which QML components reach as a singleton as the style guide suggests;
it is still created here and looked up per engine.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QUrl
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine, QQmlEngine, qmlRegisterSingletonType
from PySide6.QtQuick import QQuickItem, QQuickWindow

from kiosk.activity import ActivityFilter
from kiosk.admin.card_reader import card_reader_for
from kiosk.admin.devices import (
    CardReaderDiagnostics,
    PrinterDiagnostics,
)
from kiosk.admin.devices import (
    printer_diagnostics as printer_diagnostics_for,
)
from kiosk.admin.log_export import RecentLogs
from kiosk.alert_sound import AlertSound
from kiosk.calculator.engine import Calculator
from kiosk.camera.kiosk_camera import KioskCamera
from kiosk.catalogue.model import Catalogue, load_catalogue_file, pick
from kiosk.chip.face import PROVIDER_ID as FACE_PROVIDER_ID
from kiosk.chip.face import FaceImageProvider
from kiosk.chip.worker import ChipReadWorker
from kiosk.config import KioskConfig
from kiosk.guided.mode import GuidedMode
from kiosk.guided.practice_guard import PracticeGuardedPortal
from kiosk.guided.practice_portal import PracticePortal
from kiosk.guided.staff import StaffRoster
from kiosk.guided.staff_session import StaffSession
from kiosk.i18n.translators import Translators
from kiosk.portal_access import ConnectedPortal, PortalAccess
from kiosk.printing.receipt_printer import ReceiptPrinter
from kiosk.printing.setup import build_printer
from kiosk.reports.statistics_store import StatisticsStore
from kiosk.secrets import SecretStore
from kiosk.session.clock import Clock, SystemClock
from kiosk.session.idle import IdleTimer
from kiosk.session.outcomes import SessionOutcomes
from kiosk.session.screens import Screen
from kiosk.session.wipe import SessionWipe
from kiosk.theme.theme import ThemeData, Variant
from kiosk.viewmodels.admin_diagnostics_vm import AdminDiagnosticsViewModel
from kiosk.viewmodels.admin_settings_vm import AdminSettingsViewModel
from kiosk.viewmodels.admin_staff_vm import AdminStaffViewModel
from kiosk.viewmodels.admin_vm import AdminViewModel
from kiosk.viewmodels.appointments_vm import AppointmentsViewModel
from kiosk.viewmodels.attract_vm import AttractViewModel
from kiosk.viewmodels.calculator_vm import CalculatorViewModel
from kiosk.viewmodels.calendar_vm import CalendarViewModel
from kiosk.viewmodels.catalogue_vm import CatalogueViewModel
from kiosk.viewmodels.chipscan_vm import ChipScanViewModel
from kiosk.viewmodels.clock_vm import ClockViewModel
from kiosk.viewmodels.form_vm import FormViewModel
from kiosk.viewmodels.guided_vm import GuidedViewModel
from kiosk.viewmodels.idscan_vm import IdScanViewModel
from kiosk.viewmodels.language_vm import LanguageViewModel
from kiosk.viewmodels.report_vm import ReportViewModel
from kiosk.viewmodels.session_vm import SessionViewModel
from kiosk.viewmodels.status_vm import StatusViewModel
from kiosk.viewmodels.taxes_vm import TaxesViewModel
from kiosk.viewmodels.theme_vm import ThemeViewModel
from kiosk.viewmodels.workshops_vm import WorkshopsViewModel
from kiosk.workshops.schedule import upcoming
from kiosk.workshops.store import WorkshopStore

log = logging.getLogger("kiosk.app")

ROOT = Path(__file__).resolve().parent.parent
QML_DIR = ROOT / "resources" / "qml"
FONTS_DIR = ROOT / "resources" / "fonts"
KEYBOARD_LAYOUTS = ROOT / "resources" / "keyboard" / "layouts"
THEME_PROPERTY = "kioskTheme"

_types_registered = False
_fonts_loaded = False


def _theme_for_engine(engine: QQmlEngine) -> QObject:
    theme = engine.property(THEME_PROPERTY)
    assert isinstance(theme, QObject), "engine has no kiosk theme"
    return theme


def register_qml_types() -> None:
    """Once per process, before the first QML engine exists: the Theme singleton type.

    Registering a type after an engine has started resolving imports leaves that
    process's type system inconsistent, so tools and tests call this up front.
    """
    global _types_registered
    if _types_registered:
        return
    # The stubs type the name as bytes; PySide6 takes str at run time.
    qmlRegisterSingletonType(  # type: ignore[call-overload]
        ThemeViewModel, "KioskTheme", 1, 0, "Theme", _theme_for_engine
    )
    _types_registered = True


def load_fonts() -> None:
    """Once per process, with a QGuiApplication: the bundled Latin + Cyrillic fonts."""
    global _fonts_loaded
    if _fonts_loaded:
        return
    for font in sorted(FONTS_DIR.glob("*.ttf")):
        if QFontDatabase.addApplicationFont(str(font)) < 0:
            log.warning("font_not_loaded", extra={"font": font.name})
    _fonts_loaded = True


def prepare_environment() -> None:
    """Environment Qt reads before the application object exists."""
    os.environ.setdefault("QT_IM_MODULE", "qtvirtualkeyboard")
    # The kiosk scales by the panel DPI from its own configuration, not the desktop's.
    os.environ.setdefault("QT_ENABLE_HIGHDPI_SCALING", "0")


@dataclass
class Kiosk:
    """The running application's parts, kept together so tests and tools can reach them."""

    config: KioskConfig
    engine: QQmlApplicationEngine
    window: QQuickWindow
    clock: Clock
    session: SessionViewModel
    languages: LanguageViewModel
    theme: ThemeViewModel
    catalogue: CatalogueViewModel
    calculator: CalculatorViewModel
    calendar: CalendarViewModel
    clock_vm: ClockViewModel
    attract: AttractViewModel
    forms: FormViewModel
    status: StatusViewModel
    appointments: AppointmentsViewModel
    taxes: TaxesViewModel
    id_scan: IdScanViewModel
    camera: KioskCamera
    portal: PortalAccess
    printer: ReceiptPrinter
    wipe: SessionWipe
    alert: AlertSound
    activity: ActivityFilter
    admin: AdminViewModel
    # Anonymous outcome of each session (services started/completed, assisted, language…).
    outcomes: SessionOutcomes
    statistics: StatisticsStore
    workshop_store: WorkshopStore
    workshops: WorkshopsViewModel
    report: ReportViewModel
    guided: GuidedViewModel
    guided_mode: GuidedMode
    staff: StaffRoster
    view_models: list[QObject] = field(default_factory=list)
    chip_scan: ChipScanViewModel | None = None

    def close(self) -> None:
        app = QGuiApplication.instance()
        if app is not None:
            app.removeEventFilter(self.activity)
        # Another kiosk in the same process (tools, tests) starts from no translation.
        self.languages.translators.deactivate()
        self.admin.shutdown()
        self.statistics.close()
        self.workshop_store.close()
        self.camera.close()
        if self.chip_scan is not None:
            self.chip_scan.wipe()
        printer_close = getattr(self.printer, "close", None)
        if callable(printer_close):
            printer_close()
        self.window.close()
        # Destroy the QML first, while the view-models it binds to are still alive:
        # otherwise every binding re-evaluates against deleted objects on the way out.
        for root in self.engine.rootObjects():
            root.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        self.engine.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def scene_items(window: QQuickWindow) -> list[QQuickItem]:
    """Every item in the window's visual tree.

    Walks `childItems()` rather than QObject children: items made by a Repeater
    or Loader delegate are not QObject children of the window.
    """
    found: list[QQuickItem] = []
    pending = [window.contentItem()]
    while pending:
        current = pending.pop()
        # PySide can hand back a stale wrapper of another type for an item freed while
        # the walk runs (its address reused); such an entry is no item of this scene.
        if not isinstance(current, QQuickItem):
            continue
        found.append(current)
        pending.extend(current.childItems())
    return found


def _clear_text_fields(window: QQuickWindow) -> None:
    """Empty every editable text item, on screen or left over from an unloaded screen.

    A screen the Loader has just replaced is out of the visual tree but may not be
    deleted yet; it is still a QObject child of the window, so look there as well.
    """
    seen = set()
    for item in [*scene_items(window), *window.findChildren(QQuickItem)]:
        if id(item) in seen:
            continue
        seen.add(id(item))
        # property() rather than metaObject(): a QML type's meta-object is freed with its
        # component, and PySide would later hand out its stale wrapper for a new item
        # allocated at the same address.
        if item.property("cursorPosition") is not None and item.property("text") is not None:
            item.setProperty("text", "")


def _release_unloaded_screens(engine: QQmlEngine) -> None:
    """Delete screens already unloaded and let QML's garbage collector free their memory."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    engine.collectGarbage()


def _clear_input_method_and_clipboard() -> None:
    im = QGuiApplication.inputMethod()
    im.reset()
    im.hide()
    clipboard = QGuiApplication.clipboard()
    if clipboard is not None:
        clipboard.clear()


def build_kiosk(
    config: KioskConfig,
    *,
    clock: Clock | None = None,
    catalogue: Catalogue | None = None,
    kiosk_mode: bool = False,
    on_language: Callable[[str], None] | None = None,
    portal: PortalAccess | None = None,
    printer: ReceiptPrinter | None = None,
    fixed_payment_key: str | None = None,
    config_path: Path | None = None,
    open_secrets: Callable[[], SecretStore] | None = None,
    restart: Callable[[], None] | None = None,
    printer_diagnostics: PrinterDiagnostics | None = None,
    card_reader: CardReaderDiagnostics | None = None,
    library_dir: Path | None = None,
    chip_worker: ChipReadWorker | None = None,
) -> Kiosk:
    """Create every part and load the QML window (not yet shown).

    `fixed_payment_key` is for screenshots only: every render of the payment screen
    replays the same payment order instead of creating (and locking) a new one.
    Admin screen: `config_path` is the file its settings page saves (None: read-only),
    `open_secrets` opens the keyring for enrolment (default: the Secret Service only),
    `restart` restarts the app (default: leave the event loop with RESTART_EXIT_CODE).
    Library: `library_dir` holds the statistics and workshop files (default: the data dir).
    `chip_worker` replaces the card reader of `[card_reader]` (screenshots: the sample card).
    """
    register_qml_types()
    load_fonts()
    clock = clock or SystemClock()
    if catalogue is None:
        catalogue = load_catalogue_file().for_jurisdiction(config.country)

    engine = QQmlApplicationEngine()
    engine.addImportPath(str(QML_DIR))

    theme = ThemeViewModel(
        ThemeData.load(),
        config.display.dpi,
        Variant(config.display.text_size, config.display.contrast),
    )
    engine.setProperty(THEME_PROPERTY, theme)

    translators = Translators(config.languages)
    languages = LanguageViewModel(
        translators, config.languages, config.default_language, engine.retranslate
    )
    wipe = SessionWipe()
    idle = IdleTimer(clock, config.session.idle_timeout_s, config.session.warning_s)
    # What each session amounted to, without anything personal; subscribers get it at the end.
    outcomes = SessionOutcomes(now=clock.now)
    session = SessionViewModel(
        clock, idle, wipe, outcomes=outcomes, language=lambda: languages.code
    )
    catalogue_vm = CatalogueViewModel(catalogue, languages.code)
    # Anonymous statistics: every session's outcome is appended (no personal data).
    library_dir = library_dir or config.data_dir
    statistics = StatisticsStore(
        library_dir / "statistics.sqlite3", config.reports.retention_days, now=clock.now
    )
    outcomes.subscribe(statistics.record)
    workshop_store = WorkshopStore(library_dir / "workshops.sqlite3")
    workshops = WorkshopsViewModel(config, workshop_store, clock.now, languages.code)

    def service_name(code: str, language: str) -> str:
        service = catalogue_vm.service(code)
        return pick(service.name, language) if service is not None else ""

    report = ReportViewModel(
        statistics,
        workshop_store,
        clock.now,
        languages.code,
        kiosk_id=config.kiosk_id,
        service_name=service_name,
        data_dir=config.data_dir,
    )
    calculator = CalculatorViewModel(Calculator(), languages.code)
    calendar = CalendarViewModel(clock, config.country, config.office_hours, languages.code)
    clock_vm = ClockViewModel(clock, languages.code)
    attract = AttractViewModel(
        languages,
        config.attract_messages,
        config.institution_name,
        upcoming_workshops=lambda: upcoming(workshops.schedule(), clock.now()),
    )
    workshops.scheduleChanged.connect(attract.refresh)
    alert = AlertSound()
    session.warningStarted.connect(alert.play)

    # Journeys: each view-model talks to the portal (when connected) and moves the session on.
    portal = portal if portal is not None else ConnectedPortal()
    # The receipt printer from [printer]: CUPS, a folder of PDFs, or none.
    printer = printer if printer is not None else build_printer(config, clock)
    forms = FormViewModel(
        portal,
        session.show,
        languages.code,
        services=catalogue_vm.service,
        printer=printer,
        institution=lambda: config.institution_name(languages.code),
        country=config.country,
        outcomes=outcomes,
    )
    # Guided mode's state; in a practice session these journeys get no portal at all.
    guided_mode = GuidedMode(
        StaffSession(clock, config.guided.staff_timeout_s), PracticePortal(clock), config.country
    )
    outside_practice = PracticeGuardedPortal(portal, guided_mode)
    status = StatusViewModel(
        outside_practice, session.show, languages.code, printer=printer, outcomes=outcomes
    )
    appointments = AppointmentsViewModel(
        outside_practice,
        session.show,
        languages.code,
        clock=clock,
        printer=printer,
        country=config.country,
        outcomes=outcomes,
    )
    taxes = TaxesViewModel(
        outside_practice,
        session.show,
        languages.code,
        printer=printer,
        country=config.country,
        outcomes=outcomes,
    )

    # The camera: "Scan your ID card" before a form, the receipt's QR code on the status screen.
    camera = KioskCamera(config.camera, config.country)
    engine.addImageProvider(camera.provider_id, camera.image_provider())
    # The ID card chip ([card_reader]): "Place your card on the reader" beside the camera.
    if chip_worker is None and config.card_reader.configured:
        chip_worker = ChipReadWorker(config.card_reader.reader, config.card_reader.master_list)
    chip_scan = ChipScanViewModel(chip_worker, session.show, apply_card=forms.apply_card)
    engine.addImageProvider(FACE_PROVIDER_ID, FaceImageProvider(chip_scan.faces))

    def camera_read(card: Mapping[str, str]) -> int:
        chip_scan.remember_camera_read(card)  # its MRZ opens the chip later in the session
        return forms.apply_card(card)

    id_scan = IdScanViewModel(
        camera.id_scan,
        session.show,
        languages.code,
        apply_card=camera_read,
        chip_reader=chip_worker is not None,
    )
    forms.set_id_scan(id_scan.offer)
    status.set_scanner(camera.qr_scanner)
    session.screenChanged.connect(lambda: id_scan.screen_shown(session.current))
    session.screenChanged.connect(lambda: chip_scan.screen_shown(session.current))

    # The technician admin screen: a layer over the kiosk, never part of a citizen session.
    recent_logs = RecentLogs()
    recent_logs.install()
    # Library staff who may sign in to guide sessions (managed on an admin page).
    roster = StaffRoster(config.staff_file)
    admin = AdminViewModel(
        config,
        clock,
        languages.code,
        end_citizen_session=session.end,
        in_citizen_session=lambda: session.current is not Screen.ATTRACT,
        settings=AdminSettingsViewModel(config_path, languages.code),
        diagnostics=AdminDiagnosticsViewModel(
            config,
            portal,
            clock,
            languages.code,
            camera=camera.id_scan,
            printer=printer_diagnostics or printer_diagnostics_for(printer),
            card_reader=card_reader or card_reader_for(config.card_reader),
            open_secrets=open_secrets or SecretStore.open,
            config_path=config_path,
            recent_logs=recent_logs,
        ),
        restart=restart,
        workshops=workshops,
        report=report,
        staff=AdminStaffViewModel(roster, languages.code),
    )

    def admin_follows_session() -> None:
        if session.current is not Screen.ATTRACT:
            admin.citizen_session_started()

    session.screenChanged.connect(admin_follows_session)

    def admin_after_wipe(reason: str) -> None:
        if reason != "admin":  # the admin screen itself ended the citizen session
            admin.close_for("wipe")

    session.sessionEnded.connect(admin_after_wipe)

    # Guided mode (library staff): sign-in, banner, practice sessions, assisted submissions.
    guided = GuidedViewModel(
        guided_mode,
        roster,
        clock,
        idle,
        config.data_dir,
        navigate=session.show,
        back=session.back,
        end_session=session.end,
        current_screen=lambda: session.current,
        outcomes=outcomes,
        open_staff_page=admin.openForStaff,
        library=config.profile == "library",
    )
    forms.set_guided(guided_mode)
    guided.on_change(forms.guided_changed)

    journeys: tuple[
        FormViewModel | StatusViewModel | AppointmentsViewModel | TaxesViewModel | IdScanViewModel,
        ...,
    ]
    journeys = (forms, id_scan, status, appointments, taxes)
    languages.languageChanged.connect(lambda: chip_scan.set_language(languages.code))

    def language_changed() -> None:
        code = languages.code
        for view_model in (catalogue_vm, calculator, calendar, clock_vm, *journeys):
            view_model.set_language(code)
        admin.set_language(code)
        if on_language is not None:
            on_language(code)

    languages.languageChanged.connect(language_changed)

    initial: dict[str, Any] = {
        "session": session,
        "languages": languages,
        "catalogue": catalogue_vm,
        "attract": attract,
        "clock": clock_vm,
        "calculator": calculator,
        "calendar": calendar,
        "forms": forms,
        "status": status,
        "appointments": appointments,
        "taxes": taxes,
        "idScan": id_scan,
        "chipScan": chip_scan,
        "admin": admin,
        "guided": guided,
        "kioskMode": kiosk_mode,
        "keyboardLayouts": QUrl.fromLocalFile(str(KEYBOARD_LAYOUTS) + "/")
        if (KEYBOARD_LAYOUTS / "ro_RO" / "main.qml").exists()
        else QUrl(),
    }
    engine.setInitialProperties(initial)
    engine.loadFromModule("Kiosk", "Main")
    roots = engine.rootObjects()
    if not roots or not isinstance(roots[0], QQuickWindow):
        raise RuntimeError("the QML window could not be created (see the qt_message log lines)")
    window = roots[0]
    window.resize(config.display.width, config.display.height)

    # One wipe, every layer. Order: data first, then what shows it, then the choices.
    wipe.register("forms", forms.wipe)
    # Receipts that never came out are cancelled: they must not print for the next person.
    printer_wipe = getattr(printer, "wipe", None)
    if callable(printer_wipe):
        wipe.register("printer", printer_wipe)
    # The camera stops, its last picture is blanked and the MRZ reader forgets.
    wipe.register("id_scan", id_scan.wipe)
    # The chip read stops; its data, the camera's MRZ key and the face picture are dropped.
    wipe.register("chip_scan", chip_scan.wipe)
    wipe.register("status", status.wipe)
    wipe.register("appointments", appointments.wipe)
    wipe.register("taxes", taxes.wipe)
    # Staff signed out, practice over (sample person and practice requests dropped).
    wipe.register("guided", guided.session_ended)
    wipe.register("catalogue", catalogue_vm.wipe)
    wipe.register("calculator", calculator.wipe)
    wipe.register("calendar", calendar.wipe)
    wipe.register("qml_text_fields", lambda: _clear_text_fields(window))
    wipe.register("input_method_and_clipboard", _clear_input_method_and_clipboard)
    wipe.register("display_variant", theme.wipe)
    wipe.register("language", languages.wipe)
    wipe.register("unloaded_screens", lambda: _release_unloaded_screens(engine))

    def any_activity() -> None:
        session.activity()
        admin.activity()
        guided.activity()

    activity = ActivityFilter(any_activity)
    app = QGuiApplication.instance()
    if app is not None:
        app.installEventFilter(activity)

    return Kiosk(
        config=config,
        engine=engine,
        window=window,
        clock=clock,
        session=session,
        languages=languages,
        theme=theme,
        catalogue=catalogue_vm,
        calculator=calculator,
        calendar=calendar,
        clock_vm=clock_vm,
        attract=attract,
        forms=forms,
        status=status,
        appointments=appointments,
        taxes=taxes,
        id_scan=id_scan,
        chip_scan=chip_scan,
        camera=camera,
        portal=portal,
        printer=printer,
        wipe=wipe,
        alert=alert,
        activity=activity,
        admin=admin,
        outcomes=outcomes,
        statistics=statistics,
        workshop_store=workshop_store,
        workshops=workshops,
        report=report,
        guided=guided,
        guided_mode=guided_mode,
        staff=roster,
        view_models=[
            session,
            languages,
            theme,
            catalogue_vm,
            calculator,
            calendar,
            clock_vm,
            *journeys,
            chip_scan,
            admin,
            workshops,
            report,
            guided,
        ],
    )
