"""One Kiosk QML component alone in a 1920×1080 window, themed as the kiosk themes it.

The form field widgets are pure views: values in through properties, choices out
through signals. The harness window plays the form's part: its QML (given by the
test) feeds each signal back into the widget's property, so a tap shows its
effect exactly as it will on the form screen, while `Recorder` keeps what the
widget emitted.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QUrl
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickItem, QQuickWindow

from kiosk.app import QML_DIR, THEME_PROPERTY, load_fonts, scene_items
from kiosk.config import DEMO_PATH, load_config
from kiosk.screenshots import settle
from kiosk.theme.theme import ThemeData, Variant
from kiosk.viewmodels.theme_vm import ThemeViewModel

WINDOW_QML = """
import QtQuick
import QtQuick.VirtualKeyboard
import KioskTheme
import Kiosk

Window {
    id: window
    width: 1920
    height: 1080
    visible: true
    color: Theme.colors.background
    Item {
        id: screen
        objectName: "content"
        anchors.fill: parent
        Column {
            objectName: "page"
            anchors { left: parent.left; right: parent.right; top: parent.top
                      margins: Theme.spacing.page_margin }
            spacing: Theme.spacing.large
            %s
        }
    }
    // Docked as in Main.qml: typing into a field goes through the on-screen keyboard.
    InputPanel {
        objectName: "keyboard"
        z: 100
        width: parent.width
        y: active ? parent.height - height : parent.height
        visible: active
    }
}
"""


@dataclass
class Recorder:
    """What a QML signal carried, call by call."""

    calls: list[tuple[Any, ...]] = field(default_factory=list)

    def __call__(self, *args: Any) -> None:
        self.calls.append(args)

    @property
    def values(self) -> list[Any]:
        return [call[0] if len(call) == 1 else call for call in self.calls]


@dataclass
class WidgetWindow:
    engine: QQmlApplicationEngine
    theme: ThemeViewModel
    window: QQuickWindow
    dpi: float

    def find(self, object_name: str) -> QQuickItem | None:
        settle()
        return next((i for i in scene_items(self.window) if i.objectName() == object_name), None)

    def item(self, object_name: str) -> QQuickItem:
        found = self.find(object_name)
        assert found is not None, f"no item named {object_name!r}"
        return found

    @property
    def widget(self) -> QQuickItem:
        return self.item("widget")

    def record(self, signal: str) -> Recorder:
        """Collect every emission of the widget's QML signal `signal`."""
        recorder = Recorder()
        bound: Callable[..., Any] = getattr(self.widget, signal).connect
        bound(recorder)
        return recorder

    def set_variant(self, variant: Variant) -> None:
        self.theme.set_variant(variant)
        settle()

    def close(self) -> None:
        self.window.close()
        self.window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        self.engine.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def open_widget(widget_qml: str, variant: Variant | None = None) -> WidgetWindow:
    """Show `widget_qml` (one QML object declaration, objectName "widget") in a window."""
    load_fonts()
    config = load_config(DEMO_PATH)
    engine = QQmlApplicationEngine()
    engine.addImportPath(str(QML_DIR))
    # Exactly as build_kiosk makes it, so sizes and colours are the kiosk's.
    theme = ThemeViewModel(
        ThemeData.load(),
        config.display.dpi,
        variant or Variant(config.display.text_size, config.display.contrast),
    )
    engine.setProperty(THEME_PROPERTY, theme)
    source = WINDOW_QML % widget_qml
    engine.loadData(source.encode(), QUrl.fromLocalFile(str(QML_DIR / "widget_harness.qml")))
    roots = engine.rootObjects()
    assert roots, "the widget's QML did not load"
    window = roots[0]
    assert isinstance(window, QQuickWindow)
    settle()
    return WidgetWindow(engine, theme, window, config.display.dpi)
