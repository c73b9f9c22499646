"""Staff sign-in on the kiosk: PIN pad, lockout, banner state, idle paused and resumed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.admin.pin import AdminPin
from kiosk.app import Kiosk
from kiosk.guided.staff import StaffRoster
from kiosk.session.clock import ManualClock
from kiosk.session.screens import Screen
from tests.kiosk.qml_helpers import demo_config, running_kiosk

PIN = "135790"


@pytest.fixture(scope="module")
def module_kiosk(qapp: object, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Kiosk]:
    data = tmp_path_factory.mktemp("guided")
    StaffRoster(data / "staff.json").add("ana.ionescu", "Ana Ionescu", AdminPin(PIN))
    with running_kiosk(demo_config(data)) as kiosk:
        yield kiosk


@pytest.fixture
def kiosk(module_kiosk: Kiosk) -> Iterator[Kiosk]:
    module_kiosk.guided._lockout.record_success()  # each test starts with no wrong PINs
    module_kiosk.session.end("test")
    module_kiosk.languages.choose("en")
    yield module_kiosk
    module_kiosk.session.end("test")


def clock_of(kiosk: Kiosk) -> ManualClock:
    assert isinstance(kiosk.clock, ManualClock)
    return kiosk.clock


def type_pin(kiosk: Kiosk, pin: str) -> None:
    for digit in pin:
        kiosk.guided.digit(digit)
    kiosk.guided.submitPin()


def sign_in(kiosk: Kiosk) -> None:
    kiosk.session.start()
    kiosk.languages.choose("en")
    kiosk.session.languageChosen()
    kiosk.guided.openSignIn()
    assert kiosk.session.current is Screen.GUIDED_SIGNIN
    type_pin(kiosk, PIN)


def test_guided_sign_in_returns_to_the_screen_and_names_the_staff_member(kiosk: Kiosk) -> None:
    sign_in(kiosk)
    assert kiosk.session.current is Screen.HOME
    assert kiosk.guided.property("signedIn") is True
    assert kiosk.guided.property("staffName") == "Ana Ionescu"
    assert kiosk.guided_mode.assisted_by() == {
        "staff_id": "ana.ionescu",
        "on_behalf_of": False,
        "consent_recorded": False,
    }


def test_guided_idle_reset_is_paused_while_staff_are_signed_in(kiosk: Kiosk) -> None:
    sign_in(kiosk)
    idle = kiosk.config.session.idle_timeout_s + kiosk.config.session.warning_s
    clock_of(kiosk).advance(idle * 3)
    kiosk.session.tick()
    assert kiosk.session.current is Screen.HOME
    assert kiosk.session.property("idleWarning") is False

    # Signed out: the ordinary idle reset runs again, from the moment of signing out.
    kiosk.guided.signOut()
    assert kiosk.guided.property("signedIn") is False
    clock_of(kiosk).advance(kiosk.config.session.idle_timeout_s + 1)
    kiosk.session.tick()
    assert kiosk.session.property("idleWarning") is True
    clock_of(kiosk).advance(kiosk.config.session.warning_s)
    kiosk.session.tick()
    assert kiosk.session.current is Screen.ATTRACT


def test_guided_staff_timeout_signs_out_and_resumes_the_idle_reset(kiosk: Kiosk) -> None:
    sign_in(kiosk)
    clock_of(kiosk).advance(kiosk.config.guided.staff_timeout_s - 1)
    kiosk.guided.tick()
    assert kiosk.guided.property("signedIn") is True
    clock_of(kiosk).advance(2)
    kiosk.guided.tick()
    assert kiosk.guided.property("signedIn") is False
    clock_of(kiosk).advance(kiosk.config.session.idle_timeout_s + kiosk.config.session.warning_s)
    kiosk.session.tick()
    assert kiosk.session.current is Screen.ATTRACT


def test_guided_end_session_wipes_and_signs_out(kiosk: Kiosk) -> None:
    sign_in(kiosk)
    kiosk.catalogue.setProperty("query", "certificat")
    kiosk.guided.endSession()
    assert kiosk.session.current is Screen.ATTRACT
    assert kiosk.guided.property("signedIn") is False
    assert kiosk.catalogue.property("query") == ""


def test_guided_wrong_staff_pins_lock_the_pad(kiosk: Kiosk) -> None:
    kiosk.session.start()
    kiosk.languages.choose("en")
    kiosk.session.languageChosen()
    kiosk.guided.openSignIn()
    type_pin(kiosk, "")
    assert kiosk.guided.property("message") == "Enter your staff PIN."
    for _ in range(4):
        type_pin(kiosk, "000000")
        assert "not right" in kiosk.guided.property("message")
    type_pin(kiosk, "000000")
    assert kiosk.guided.property("locked") is True
    # Locked: even the right PIN does not sign in, and the lockout is kept on disk.
    type_pin(kiosk, PIN)
    assert kiosk.guided.property("signedIn") is False
    assert "Try again in 30 seconds" in kiosk.guided.property("message")
    assert (kiosk.config.data_dir / "staff-lockout.json").exists()
    clock_of(kiosk).advance(31)
    type_pin(kiosk, PIN)
    assert kiosk.guided.property("signedIn") is True


def test_guided_practice_and_staff_pages_need_staff_on_a_lobby_kiosk(kiosk: Kiosk) -> None:
    kiosk.session.start()
    kiosk.session.languageChosen()
    kiosk.guided.startPractice()
    assert kiosk.guided.property("practice") is False
    assert kiosk.guided.property("practiceOffered") is False
    assert kiosk.guided.openStaffPage("report") is False
    assert kiosk.admin.property("open") is False

    kiosk.guided.openSignIn()
    type_pin(kiosk, PIN)
    assert kiosk.guided.property("practiceOffered") is True
    # Staff open the library's report page from their menu (the session ends first).
    assert kiosk.guided.openStaffPage("report") is True
    assert kiosk.admin.property("page") == "report"
    assert kiosk.session.current is Screen.ATTRACT
    kiosk.admin.close()


def test_practice_is_offered_to_anyone_on_a_library_kiosk(qapp: object, tmp_path: Path) -> None:
    from tests.kiosk.journeys.driving import tap_on, texts_on_screen

    with running_kiosk(demo_config(tmp_path, profile="library")) as kiosk:
        kiosk.session.start()
        kiosk.languages.choose("en")
        kiosk.session.languageChosen()
        tap_on(kiosk, "practiceTile")
        assert kiosk.guided.property("practice") is True
        assert kiosk.guided.property("signedIn") is False
        on_screen = texts_on_screen(kiosk)
        assert "PRACTICE — nothing is sent to the town hall" in on_screen
        assert "Staff menu" not in on_screen
        # Finish ends the practice like any session.
        tap_on(kiosk, "finishButton")
        assert kiosk.session.current is Screen.ATTRACT
        assert kiosk.guided.property("practice") is False


def test_guided_sign_in_without_any_staff_says_how_to_add_them(
    qapp: object, tmp_path: Path
) -> None:
    with running_kiosk(demo_config(tmp_path)) as kiosk:
        kiosk.session.start()
        kiosk.languages.choose("en")
        kiosk.session.languageChosen()
        kiosk.guided.openSignIn()
        type_pin(kiosk, PIN)
        assert "admin screen" in kiosk.guided.property("message")
        assert kiosk.guided.property("signedIn") is False
        assert not (tmp_path / "staff-lockout.json").exists(), "not a wrong PIN"
