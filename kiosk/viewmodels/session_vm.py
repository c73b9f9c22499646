"""The citizen session as QML sees it: current screen, idle warning, Finish and Back."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot

from kiosk.session.clock import Clock
from kiosk.session.idle import IdlePhase, IdleTimer
from kiosk.session.outcomes import SessionOutcomes
from kiosk.session.screens import Screen, ScreenPath
from kiosk.session.wipe import SessionWipe

log = logging.getLogger("kiosk.session")

TICK_MS = 250


class SessionViewModel(QObject):
    screenChanged = Signal()
    idleChanged = Signal()
    serviceChanged = Signal()
    # Emitted when the idle warning appears, so the view can sound it (audible + visible).
    warningStarted = Signal()
    sessionEnded = Signal(str)

    def __init__(
        self,
        clock: Clock,
        idle: IdleTimer,
        wipe: SessionWipe,
        parent: QObject | None = None,
        tick_ms: int = TICK_MS,
        *,
        outcomes: SessionOutcomes | None = None,
        language: Callable[[], str] = lambda: "",
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        # Told when a session starts and ends (anonymous statistics); `language` is read
        # before the wipe puts the default one back.
        self._outcomes = outcomes or SessionOutcomes()
        self._language = language
        self._idle = idle
        self._wipe = wipe
        self._path = ScreenPath()
        self._warning = False
        self._seconds_left = 0
        self._service_code = ""
        self._started_at = clock.monotonic()
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self.tick)
        self._timer.start()

    # -- properties -------------------------------------------------------
    def _screen(self) -> str:
        return self._path.current.value

    def _in_session(self) -> bool:
        return self._path.in_session

    def _idle_warning(self) -> bool:
        return self._warning

    def _get_seconds_left(self) -> int:
        return self._seconds_left

    def _service(self) -> str:
        return self._service_code

    def _extensions(self) -> int:
        return self._idle.extensions

    screen = Property(str, _screen, notify=screenChanged)
    inSession = Property(bool, _in_session, notify=screenChanged)
    idleWarning = Property(bool, _idle_warning, notify=idleChanged)
    secondsLeft = Property(int, _get_seconds_left, notify=idleChanged)
    extensions = Property(int, _extensions, notify=idleChanged)
    serviceCode = Property(str, _service, notify=serviceChanged)

    @property
    def current(self) -> Screen:
        return self._path.current

    # -- navigation ---------------------------------------------------------
    def _go(self, screen: Screen) -> None:
        before = self._path.current
        if screen is not Screen.ATTRACT and before is Screen.ATTRACT:
            self._started_at = self._clock.monotonic()
            self._idle.reset()
            self._outcomes.session_started()
            log.info("session_started")
        self._path.go(screen)
        if self._path.current is not before:
            log.info("screen_shown", extra={"screen": self._path.current.value})
            self.screenChanged.emit()

    @Slot()
    def start(self) -> None:
        """A tap on the attract screen."""
        self._go(Screen.LANGUAGE)

    @Slot()
    def languageChosen(self) -> None:
        if self._path.current is Screen.LANGUAGE:
            self._go(Screen.HOME)

    @Slot()
    def goHome(self) -> None:
        self._go(Screen.HOME)

    @Slot(str)
    def openService(self, code: str) -> None:
        self._service_code = code
        self.serviceChanged.emit()
        log.info("service_opened", extra={"service": code})
        self._go(Screen.SERVICE_DETAIL)

    @Slot()
    def openCalculator(self) -> None:
        self._go(Screen.CALCULATOR)

    @Slot()
    def openCalendar(self) -> None:
        self._go(Screen.CALENDAR)

    def show(self, screen: Screen) -> None:
        """A journey moves on (view-models call this; QML uses `goTo`)."""
        self._go(screen)

    @Slot(str)
    def goTo(self, name: str) -> None:
        """Show a screen by its name (the `Screen` values); unknown names are ignored."""
        try:
            screen = Screen(name)
        except ValueError:
            log.warning("unknown_screen", extra={"screen": name[:40]})
            return
        self._go(screen)

    @Slot()
    def back(self) -> None:
        before = self._path.current
        self._path.back()
        if self._path.current is not before:
            self.screenChanged.emit()

    # -- ending -------------------------------------------------------------
    @Slot()
    def finish(self) -> None:
        """The Finish button: the person is done; forget everything."""
        self.end("finish")

    def end(self, reason: str) -> None:
        """End the session for any reason (finish, idle, card_removed, staff)."""
        was_in_session = self._path.in_session
        duration = round(self._clock.monotonic() - self._started_at, 1)
        self._service_code = ""
        self._path.reset()
        self._set_warning(False, 0)
        # Before the wipe: the outcome carries the language the person used, not the default.
        self._outcomes.session_ended(reason, self._language())
        self._wipe.wipe(reason)
        self._idle.reset()
        if was_in_session:
            log.info("session_ended", extra={"reason": reason, "duration_s": duration})
        self.serviceChanged.emit()
        self.screenChanged.emit()
        self.sessionEnded.emit(reason)

    # -- idle ---------------------------------------------------------------
    @Slot()
    def activity(self) -> None:
        """Any touch or key press. While the warning shows, only its buttons count."""
        if not self._warning:
            self._idle.activity()

    @Slot()
    def extendTime(self) -> None:
        """'I need more time'."""
        self._idle.extend()
        log.info("idle_extended", extra={"extensions": self._idle.extensions})
        self._set_warning(False, 0)
        self.idleChanged.emit()

    @Slot()
    def tick(self) -> None:
        if not self._path.in_session:
            return
        status = self._idle.status()
        if status.phase is IdlePhase.EXPIRED:
            self.end("idle")
        elif status.phase is IdlePhase.WARNING:
            if not self._warning:
                log.info("idle_warning_shown")
                self._set_warning(True, status.seconds_left)
                self.warningStarted.emit()
            else:
                self._set_warning(True, status.seconds_left)
        elif self._warning:
            self._set_warning(False, 0)

    def _set_warning(self, shown: bool, seconds_left: int) -> None:
        if (shown, seconds_left) != (self._warning, self._seconds_left):
            self._warning = shown
            self._seconds_left = seconds_left
            self.idleChanged.emit()
