"""The idle warning: seen and heard, a big 'I need more time', then back to the start."""

from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.screenshots import settle
from kiosk.session.clock import ManualClock
from tests.kiosk.qml_helpers import item, tap


def _wait_for_warning(kiosk: Kiosk) -> None:
    clock = kiosk.clock
    assert isinstance(clock, ManualClock)
    clock.advance(kiosk.config.session.idle_timeout_s + 0.5)
    kiosk.session.tick()
    settle()


def test_warning_counts_down_and_extends_many_times(kiosk: Kiosk, qtbot: QtBot) -> None:
    kiosk.session.start()
    tap(kiosk.window, item(kiosk, "language_en"))
    sounds_before = kiosk.alert.played
    for round_number in range(12):
        _wait_for_warning(kiosk)
        warning = item(kiosk, "idleWarning")
        assert warning.isVisible(), round_number
        assert item(kiosk, "idleCountdown").property("text") == str(kiosk.config.session.warning_s)
        tap(kiosk.window, item(kiosk, "moreTimeButton"))
        assert not warning.isVisible()
        assert kiosk.session.current.value == "home"
    assert kiosk.alert.played - sounds_before == 12
    assert kiosk.session.extensions == 12


def test_taps_behind_the_warning_do_not_extend(kiosk: Kiosk) -> None:
    kiosk.session.start()
    kiosk.session.languageChosen()
    _wait_for_warning(kiosk)
    kiosk.session.activity()  # a touch somewhere on the dimmed screen
    clock = kiosk.clock
    assert isinstance(clock, ManualClock)
    clock.advance(kiosk.config.session.warning_s)
    kiosk.session.tick()
    assert kiosk.session.current.value == "attract"


def test_no_warning_on_the_attract_screen(kiosk: Kiosk) -> None:
    _wait_for_warning(kiosk)
    assert not kiosk.session.idleWarning


def test_finish_now_from_the_warning(kiosk: Kiosk) -> None:
    kiosk.session.start()
    kiosk.session.languageChosen()
    _wait_for_warning(kiosk)
    tap(kiosk.window, item(kiosk, "endNowButton"))
    assert kiosk.session.current.value == "attract"
