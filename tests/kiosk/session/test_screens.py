"""Where Back leads: along the path actually taken, never into an endless chain."""

from kiosk.session.screens import Screen, ScreenPath


def test_back_follows_the_path_taken() -> None:
    path = ScreenPath()
    for screen in (Screen.LANGUAGE, Screen.HOME, Screen.SERVICE_DETAIL):
        path.go(screen)
    assert path.back() is Screen.HOME
    assert path.back() is Screen.LANGUAGE
    # Back never leads out of the session to the attract screen.
    assert path.back() is Screen.LANGUAGE


def test_home_is_a_hub() -> None:
    path = ScreenPath()
    path.go(Screen.LANGUAGE)
    for _ in range(5):
        path.go(Screen.HOME)
        path.go(Screen.CALCULATOR)
    path.go(Screen.HOME)
    assert path.back() is Screen.LANGUAGE


def test_revisiting_a_screen_trims_the_path() -> None:
    path = ScreenPath()
    for screen in (Screen.LANGUAGE, Screen.HOME, Screen.CALENDAR, Screen.CALCULATOR):
        path.go(screen)
    path.go(Screen.CALENDAR)
    assert path.back() is Screen.HOME


def test_attract_resets() -> None:
    path = ScreenPath()
    path.go(Screen.LANGUAGE)
    path.go(Screen.ATTRACT)
    assert not path.in_session
