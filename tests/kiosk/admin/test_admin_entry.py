"""The hidden way in (corner taps, Ctrl+Alt+A), the PIN pad and the lockout on screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from kiosk.admin.gesture import CornerTaps
from kiosk.app import Kiosk
from kiosk.session.clock import ManualClock
from kiosk.session.screens import Screen
from tests.kiosk.admin.conftest import TEST_PIN, enter_pin, start_admin_kiosk
from tests.kiosk.qml_helpers import START, item, press_key, settle, tap, visible_texts


def _tap_corner(kiosk: Kiosk, times: int, gap_s: float = 0.2) -> None:
    corner = item(kiosk, "adminCorner")
    clock = kiosk.clock
    assert isinstance(clock, ManualClock)
    for _ in range(times):
        tap(kiosk.window, corner)
        clock.advance(gap_s)


def test_admin_corner_taps_count_only_five_within_three_seconds() -> None:
    now = [0.0]
    taps = CornerTaps(lambda: now[0])
    for _ in range(4):
        assert not taps.tap()
        now[0] += 0.7
    assert taps.tap()  # fifth tap 2.8 s after the first
    for _ in range(4):
        assert not taps.tap()
        now[0] += 1.0
    assert not taps.tap()  # 4 s after the first: too slow
    now[0] += 0.1
    assert not taps.tap()  # the last five taps still span more than 3 s


def test_admin_five_quick_taps_in_the_corner_open_the_pin_pad(admin_kiosk: Kiosk) -> None:
    _tap_corner(admin_kiosk, 5)
    assert admin_kiosk.admin.current.value == "admin-pin"
    assert item(admin_kiosk, "pinDots").isVisible()
    # The corner taps did not start a citizen session underneath.
    assert admin_kiosk.session.current is Screen.ATTRACT


def test_admin_four_taps_or_slow_taps_do_not_open_it(admin_kiosk: Kiosk) -> None:
    _tap_corner(admin_kiosk, 4)
    assert not admin_kiosk.admin.property("open")
    admin_kiosk.clock.advance(5)  # type: ignore[attr-defined]
    _tap_corner(admin_kiosk, 5, gap_s=0.9)  # five taps spread over 3.6 s
    assert not admin_kiosk.admin.property("open")


def test_admin_ordinary_taps_elsewhere_do_not_open_it(admin_kiosk: Kiosk) -> None:
    window = admin_kiosk.window
    for _ in range(6):
        QTest.mouseClick(
            window,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
            QPoint(window.width() // 2, window.height() // 2),
        )
    settle()
    assert not admin_kiosk.admin.property("open")
    # Those taps started a citizen session; the hidden corner is not offered during one.
    assert admin_kiosk.session.current is Screen.LANGUAGE
    assert not item(admin_kiosk, "adminCorner").isVisible()


def test_admin_key_combination_opens_it_and_wipes_a_citizen_session(admin_kiosk: Kiosk) -> None:
    admin_kiosk.session.start()
    admin_kiosk.session.languageChosen()
    admin_kiosk.catalogue.setProperty("query", "impozit")
    settle()
    press_key(
        admin_kiosk.window,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier,
    )
    assert admin_kiosk.admin.current.value == "admin-pin"
    assert admin_kiosk.session.current is Screen.ATTRACT
    assert admin_kiosk.catalogue.property("query") == ""
    texts = [text for _, text in visible_texts(admin_kiosk.window)]
    assert "impozit" not in texts


def test_admin_right_pin_opens_the_admin_home_by_taps(admin_kiosk: Kiosk) -> None:
    admin_kiosk.admin.keyCombination()
    for digit in TEST_PIN:
        tap(admin_kiosk.window, item(admin_kiosk, f"pinKey_{digit}"))
    assert admin_kiosk.admin.property("pinLength") == len(TEST_PIN)
    tap(admin_kiosk.window, item(admin_kiosk, "pinKey_ok"))
    assert admin_kiosk.admin.current.value == "admin-home"
    assert item(admin_kiosk, "adminSystemInfo").isVisible()
    tap(admin_kiosk.window, item(admin_kiosk, "adminCloseButton"))
    assert not admin_kiosk.admin.property("open")


def test_admin_wrong_pins_lock_the_pad_also_after_a_restart(tmp_path: Path) -> None:
    kiosk = start_admin_kiosk(tmp_path)
    try:
        kiosk.admin.keyCombination()
        enter_pin(kiosk, "0000")
        assert "not right" in kiosk.admin.property("message")
        for _ in range(4):
            enter_pin(kiosk, "0000")
        assert kiosk.admin.current.value == "admin-lockout"
        assert "30 s" in item(kiosk, "lockoutCountdown").property("text")
    finally:
        kiosk.close()
    # A restart (a new kiosk on the same data) still shows the lockout, not the PIN pad.
    clock = ManualClock(START)
    kiosk = start_admin_kiosk(tmp_path, clock=clock)
    try:
        kiosk.admin.keyCombination()
        assert kiosk.admin.current.value == "admin-lockout"
        enter_pin(kiosk)  # the right PIN does nothing while locked
        assert kiosk.admin.current.value == "admin-lockout"
        clock.advance(31)
        kiosk.admin.tick()
        assert kiosk.admin.current.value == "admin-pin"
        enter_pin(kiosk)
        assert kiosk.admin.current.value == "admin-home"
    finally:
        kiosk.close()
    audit = (tmp_path / "admin-audit.jsonl").read_text()
    assert "pin_refused" in audit and "locked_out" in audit and "pin_accepted" in audit
    assert TEST_PIN not in audit and "0000" not in audit


def test_admin_pin_pad_asks_for_a_pin_and_says_when_none_is_set(tmp_path: Path) -> None:
    kiosk = start_admin_kiosk(tmp_path)
    try:
        kiosk.admin.keyCombination()
        enter_pin(kiosk, "")
        assert kiosk.admin.property("message") == "Enter the admin PIN"
        (tmp_path / "admin-pin").unlink()
        enter_pin(kiosk, "1234")
        assert "No admin PIN is set" in kiosk.admin.property("message")
        assert kiosk.admin.property("pinLength") == 0
        assert kiosk.admin.current.value == "admin-pin"
    finally:
        kiosk.close()
    audit = (tmp_path / "admin-audit.jsonl").read_text()
    assert "no_pin_set" in audit and "wrong_pin" not in audit


def test_admin_closes_itself_when_idle(admin_kiosk: Kiosk) -> None:
    admin_kiosk.admin.keyCombination()
    enter_pin(admin_kiosk)
    clock = admin_kiosk.clock
    assert isinstance(clock, ManualClock)
    clock.advance(100)
    admin_kiosk.admin.activity()  # a touch keeps it open
    clock.advance(100)
    admin_kiosk.admin.tick()
    assert admin_kiosk.admin.property("open")
    clock.advance(admin_kiosk.config.admin.idle_timeout_s)
    admin_kiosk.admin.tick()
    settle()
    assert not admin_kiosk.admin.property("open")
    assert not item(admin_kiosk, "adminLayer").isVisible()


def test_admin_closes_when_a_citizen_session_starts(admin_kiosk: Kiosk) -> None:
    admin_kiosk.admin.keyCombination()
    enter_pin(admin_kiosk)
    admin_kiosk.session.start()  # e.g. a card put in the reader
    settle()
    assert not admin_kiosk.admin.property("open")
    # Admin pages are not citizen screens: Back never leads there.
    admin_kiosk.session.back()
    assert not admin_kiosk.admin.property("open")


def test_admin_pages_behind_the_pin_cannot_be_reached_without_it(admin_kiosk: Kiosk) -> None:
    admin_kiosk.admin.show("admin-settings")
    assert not admin_kiosk.admin.property("open")
    admin_kiosk.admin.keyCombination()
    admin_kiosk.admin.show("admin-settings")
    assert admin_kiosk.admin.current.value == "admin-pin"


def test_admin_restart_button_restarts(tmp_path: Path) -> None:
    restarts: list[str] = []
    kiosk = start_admin_kiosk(tmp_path, restart=lambda: restarts.append("restart"))
    try:
        kiosk.admin.keyCombination()
        enter_pin(kiosk)
        tap(kiosk.window, item(kiosk, "adminRestartButton"))
        assert restarts == ["restart"]
        assert not kiosk.admin.property("open")
    finally:
        kiosk.close()
