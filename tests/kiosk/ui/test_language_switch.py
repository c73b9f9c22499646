"""Language changes live, on any screen, without losing what was typed."""

from PySide6.QtQml import QQmlEngine, QQmlExpression
from PySide6.QtQuick import QQuickItem

from kiosk.app import Kiosk
from kiosk.screenshots import settle
from tests.kiosk.qml_helpers import item, tap, type_text


def button_text(kiosk: Kiosk, name: str) -> str:
    found = item(kiosk, name)
    labels = [str(c.property("text")) for c in found.findChildren(QQuickItem) if c.property("text")]
    return labels[0]


def test_switch_language_mid_session_keeps_input(kiosk: Kiosk) -> None:
    kiosk.session.start()
    tap(kiosk.window, item(kiosk, "language_en"))
    assert button_text(kiosk, "finishButton") == "Finish"
    tap(kiosk.window, item(kiosk, "searchInput"))
    type_text(kiosk.window, "urbanism")
    tap(kiosk.window, item(kiosk, "languageButton"))
    tap(kiosk.window, item(kiosk, "switch_uk"))
    settle()
    assert kiosk.languages.code == "uk"
    assert button_text(kiosk, "finishButton") != "Finish"
    assert item(kiosk, "searchInput").property("text") == "urbanism"
    assert kiosk.window.property("panel") == ""


def test_keyboard_layout_follows_the_language(kiosk: Kiosk) -> None:
    kiosk.session.start()
    for code, locale in (("ro", "ro_RO"), ("uk", "uk_UA"), ("hu", "hu_HU"), ("bg", "bg_BG")):
        tap(kiosk.window, item(kiosk, f"language_{code}"))
        keyboard = item(kiosk, "keyboard")
        expression = QQmlExpression(
            QQmlEngine.contextForObject(keyboard), keyboard, "VirtualKeyboardSettings.locale"
        )
        assert expression.evaluate()[0] == locale
        kiosk.session.end("test")
        kiosk.session.start()


def test_institution_name_follows_the_language(kiosk: Kiosk) -> None:
    kiosk.session.start()
    tap(kiosk.window, item(kiosk, "language_hu"))
    assert kiosk.window.title() == kiosk.config.institution["hu"]
    kiosk.session.end("test")
    assert kiosk.window.title() == kiosk.config.institution[kiosk.config.default_language]
