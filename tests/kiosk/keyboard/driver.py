"""Drives the kiosk's keyboard layouts in a real Qt Virtual Keyboard InputPanel.

One window (harness.qml, next to this file) holds a text field and the InputPanel, set up
the way the kiosk sets it up: VirtualKeyboardSettings.layoutPath pointing at
resources/keyboard/layouts and one active locale. The tests switch locale and input hints
on that one window, as the kiosk does when the citizen changes language or field, read the
keys off the panel's item tree, and tap them with the mouse at their centres.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint, QRectF, Qt, QUrl
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtQml import QJSValue, QQmlApplicationEngine
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtTest import QTest

ROOT = Path(__file__).resolve().parents[3]
LAYOUTS = ROOT / "resources" / "keyboard" / "layouts"
HARNESS = Path(__file__).with_name("harness.qml")

LOCALES = ("ro_RO", "hu_HU", "ru_RU", "uk_UA", "bg_BG", "en_GB")

Hints = Qt.InputMethodHint
EMAIL = Hints.ImhEmailCharactersOnly
DIGITS = Hints.ImhDigitsOnly
DIALPAD = Hints.ImhDialableCharactersOnly
NUMBERS = Hints.ImhFormattedNumbersOnly
# Every layout a citizen can meet: the letters, the symbol layer (the "!?#" key), the letters
# of an e-mail field, and the pads for digits-only, telephone and number fields.
LAYERS = ("main", "symbols", "email", "digits", "dialpad", "numbers")
LAYER_HINTS = {"email": EMAIL, "digits": DIGITS, "dialpad": DIALPAD, "numbers": NUMBERS}


def kiosk_layout_url(path: Path = LAYOUTS) -> QUrl:
    """The layout folder URL exactly as kiosk/app.py builds it (with a trailing slash)."""
    return QUrl.fromLocalFile(str(path) + "/")


def layout_file(locale: str, hints: Hints = Hints.ImhNone) -> str:
    """The file, relative to the layout folder, the keyboard should load for these hints."""
    if hints & DIALPAD:
        return "fallback/dialpad.qml"
    if hints & NUMBERS:
        return "fallback/numbers.qml"
    if hints & DIGITS:
        return "fallback/digits.qml"
    return f"{locale}/main.qml"


def _wait_until(predicate: Callable[[], bool], what: str, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        QTest.qWait(10)


def _plain(value: object) -> object:
    return value.toVariant() if isinstance(value, QJSValue) else value


@dataclass(frozen=True)
class Key:
    """One visible key of the keyboard, as the citizen sees it."""

    item: QQuickItem
    kind: str  # "key", "shift", "backspace", "space", "enter", "hide", "symbolMode", ...
    text: str  # what the key types (lower case; shift makes it upper case)
    label: str  # what the key shows, when that differs from the text
    rect: QRectF  # in window coordinates
    long_press: tuple[str, ...]  # characters offered on long press (must stay empty)

    def __repr__(self) -> str:
        return f"Key({self.kind}, {self.text or self.label!r})"


class Keyboard:
    """Drives the harness window: configure, read the keys, tap them."""

    @classmethod
    def open(cls) -> Keyboard:
        engine = QQmlApplicationEngine()
        engine.setInitialProperties({"layoutPath": kiosk_layout_url()})
        engine.load(QUrl.fromLocalFile(str(HARNESS)))
        roots = engine.rootObjects()
        assert roots, "harness.qml did not load"
        window = roots[0]
        assert isinstance(window, QQuickWindow)
        window.requestActivate()
        _wait_until(window.isExposed, "the harness window to be exposed")
        return cls(engine, window)

    def close(self) -> None:
        QGuiApplication.inputMethod().hide()
        self.window.close()
        self.window.deleteLater()
        self.engine.deleteLater()
        QTest.qWait(10)

    def __init__(self, engine: QQmlApplicationEngine, window: QQuickWindow) -> None:
        self.engine = engine
        self.window = window
        field = window.findChild(QQuickItem, "field")
        panel = window.findChild(QQuickItem, "inputPanel")
        assert field is not None and panel is not None, "harness.qml has changed"
        self.field = field
        self.panel = panel
        key_types = _plain(window.property("keyTypes"))
        assert isinstance(key_types, dict)
        self._kinds = {int(value): name for name, value in key_types.items()}

    # -- configuration -------------------------------------------------------------------

    def show(self, locale: str, hints: Hints = Hints.ImhNone) -> None:
        """Focus the field with these hints, in this language, and wait for the layout."""
        input_method = QGuiApplication.inputMethod()
        input_method.hide()  # leaving and re-entering resets the symbol layer, as in use
        self.field.setProperty("text", "")
        self.field.setProperty("inputMethodHints", hints.value)
        self.window.setProperty("keyboardLocale", locale)
        self.field.forceActiveFocus()
        input_method.show()
        self.wait_for_layout(layout_file(locale, hints))

    def show_layer(self, locale: str, layer: str) -> None:
        """Show one of LAYERS: the field hints that select it, then the symbol key if needed."""
        self.show(locale, LAYER_HINTS.get(layer, Hints.ImhNone))
        if layer == "symbols":
            self.tap(self.special("symbolMode"))
            self.wait_for_layout("fallback/symbols.qml")

    def wait_for_layout(self, relative_file: str) -> None:
        def loaded() -> bool:
            layout = str(self.window.property("loadedLayout"))
            if not layout.endswith("/" + relative_file) or not self.panel.property("active"):
                return False
            keys = self.visible_keys()
            return bool(keys) and all(k.rect.width() > 0 and k.rect.height() > 0 for k in keys)

        _wait_until(loaded, f"the keyboard to show {relative_file}")
        QTest.qWait(30)  # let the row layouts settle before anyone measures them

    @property
    def layout(self) -> str:
        return str(self.window.property("loadedLayout"))

    @property
    def uppercase(self) -> bool:
        return bool(self.window.property("uppercase"))

    @property
    def text(self) -> str:
        return str(self.field.property("text"))

    # -- reading keys --------------------------------------------------------------------

    def _layout_loader(self) -> QQuickItem:
        pending = [self.panel]
        while pending:
            item = pending.pop()
            if item.objectName() == "keyboardLayoutLoader":
                return item
            pending.extend(item.childItems())
        raise AssertionError("no keyboardLayoutLoader in the InputPanel")

    def visible_keys(self) -> list[Key]:
        """Every visible key of the current layout, top row first, left to right."""
        found: list[Key] = []
        pending = [self._layout_loader()]
        while pending:
            item = pending.pop()
            for child in item.childItems():
                if not child.isVisible():
                    continue
                key_type = child.property("keyType")
                if key_type is None or child.property("displayText") is None:
                    pending.append(child)
                    continue
                alternatives = _plain(child.property("effectiveAlternativeKeys")) or ()
                found.append(
                    Key(
                        item=child,
                        kind=self._kinds.get(int(key_type), f"type {key_type}"),
                        text=str(child.property("text")),
                        label=str(child.property("displayText")),
                        rect=child.mapRectToScene(child.boundingRect()),
                        long_press=tuple(str(a) for a in alternatives),
                    )
                )
        return sorted(found, key=lambda k: (round(k.rect.y()), k.rect.x()))

    def characters(self) -> list[str]:
        """What the character keys type, one entry per key."""
        return [k.text for k in self.visible_keys() if k.kind == "key" and k.text]

    def key(self, text: str) -> Key:
        """The one character key that types `text` (in lower case)."""
        matches = [k for k in self.visible_keys() if k.kind == "key" and k.text == text]
        assert len(matches) == 1, f"{len(matches)} keys type {text!r} on {self.layout}"
        return matches[0]

    def special(self, kind: str) -> Key:
        matches = [k for k in self.visible_keys() if k.kind == kind]
        assert len(matches) == 1, f"{len(matches)} {kind} keys on {self.layout}"
        return matches[0]

    # -- tapping -------------------------------------------------------------------------

    def tap(self, key: Key) -> None:
        """A single short tap at the centre of the key: press, release."""
        centre = key.rect.center()
        QTest.mouseClick(
            self.window,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
            QPoint(round(centre.x()), round(centre.y())),
        )
        QCoreApplication.processEvents()

    def _find(self, text: str) -> Key | None:
        matches = [k for k in self.visible_keys() if k.kind in ("key", "space") and k.text == text]
        assert len(matches) <= 1, f"{len(matches)} keys type {text!r} on {self.layout}"
        return matches[0] if matches else None

    def _toggle_symbols(self) -> None:
        main = self.layout
        self.tap(self.special("symbolMode"))
        _wait_until(lambda: self.layout != main, "the symbol layer to open or close")
        folder, file = self.layout.split("/")[-2:]
        self.wait_for_layout(f"{folder}/{file}")

    def type(self, text: str) -> None:
        """Type `text` key by key like a person would: shift for capitals, and the symbol
        layer for a character that is not on the letters (then back to the letters)."""
        for char in text:
            base = char.lower()
            key = self._find(base)
            if key is None:
                self._toggle_symbols()
                key = self._find(base)
                assert key is not None, f"no key types {char!r} on {self.layout}"
                self._tap_and_wait(key, char)
                self._toggle_symbols()
                continue
            capital = char.isupper()
            if base != char.upper() and self.uppercase != capital:
                self.tap(self.special("shift"))
                _wait_until(lambda capital=capital: self.uppercase == capital, "shift")
            self._tap_and_wait(key, char)

    def _tap_and_wait(self, key: Key, char: str) -> None:
        before = self.text
        self.tap(key)
        _wait_until(lambda: self.text != before, f"{char!r} to be typed")

    def grab(self, path: Path) -> QImage:
        image = self.window.grabWindow()
        path.parent.mkdir(parents=True, exist_ok=True)
        assert image.save(str(path)), f"could not write {path}"
        return image
