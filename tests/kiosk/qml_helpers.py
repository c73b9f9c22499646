"""Small named helpers for driving the kiosk's QML in tests (no ad-hoc mocks)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QAccessible, QGuiApplication, QKeyEvent
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtTest import QTest

from kiosk.app import Kiosk, build_kiosk, scene_items
from kiosk.chip.worker import ChipReadWorker
from kiosk.config import DEMO_PATH, KioskConfig, load_config
from kiosk.portal_access import PortalAccess
from kiosk.printing.receipt_printer import ReceiptPrinter
from kiosk.screenshots import find_item, settle
from kiosk.session.clock import ManualClock

START = datetime(2026, 11, 20, 10, 30).astimezone()  # a Friday, office open


def demo_config(tmp_path: Path | None = None, **changes: object) -> KioskConfig:
    config = load_config(DEMO_PATH)
    if tmp_path is not None:
        config = dataclasses.replace(config, data_dir=tmp_path)
    return dataclasses.replace(config, **changes) if changes else config


def start_kiosk(
    config: KioskConfig | None = None,
    *,
    kiosk_mode: bool = False,
    portal: PortalAccess | None = None,
    printer: ReceiptPrinter | None = None,
    fixed_payment_key: str | None = None,
    chip_worker: ChipReadWorker | None = None,
) -> Kiosk:
    kiosk = build_kiosk(
        config or demo_config(),
        clock=ManualClock(START),
        kiosk_mode=kiosk_mode,
        portal=portal,
        printer=printer,
        fixed_payment_key=fixed_payment_key,
        chip_worker=chip_worker,
    )
    kiosk.window.show()
    settle()
    return kiosk


@contextmanager
def running_kiosk(
    config: KioskConfig | None = None,
    *,
    language: str | None = None,
    portal: PortalAccess | None = None,
    printer: ReceiptPrinter | None = None,
) -> Iterator[Kiosk]:
    """A kiosk from :func:`start_kiosk`, in `language` if one is given; afterwards, whatever
    the test did, its session is ended (the one wipe) and its window closed."""
    kiosk = start_kiosk(config, portal=portal, printer=printer)
    try:
        if language is not None:
            kiosk.languages.choose(language)
        yield kiosk
    finally:
        kiosk.session.end("test")
        kiosk.close()


def item(kiosk: Kiosk, object_name: str) -> QQuickItem:
    """The item named ``object_name`` on screen, looked for again for up to about a second:
    a Loader may still be building the screen, and a walk of the scene that meets a
    wrapper PySide left over from an item just freed misses that item's subtree."""
    found = None
    for _ in range(10):
        settle()
        found = find_item(kiosk, object_name)
        if found is not None:
            break
    assert found is not None, f"no item named {object_name!r} on screen {kiosk.session.current}"
    return found


def tap(window: QQuickWindow, target: QQuickItem) -> None:
    """A real mouse click at the centre of the item, as a finger would."""
    centre = target.mapToScene(QPointF(target.width() / 2, target.height() / 2))
    QTest.mouseClick(
        window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre.toPoint()
    )
    settle()


def scene_rect(target: QQuickItem) -> QRectF:
    return target.mapRectToScene(QRectF(0, 0, target.width(), target.height()))


def visible_rect(target: QQuickItem) -> QRectF:
    """The part of the item not cut off by a clipping ancestor (a scrolled page shows part
    of a line at its edge; that part is what must lie inside the window)."""
    rect = scene_rect(target)
    parent = target.parentItem()
    while parent is not None:
        if parent.clip():
            rect = rect.intersected(scene_rect(parent))
        parent = parent.parentItem()
    return rect


def _clipped_out(target: QQuickItem) -> bool:
    """True when the item is scrolled out of a clipping ancestor (not actually visible)."""
    rect = scene_rect(target)
    parent = target.parentItem()
    while parent is not None:
        if parent.clip() and not scene_rect(parent).intersects(rect):
            return True
        parent = parent.parentItem()
    return False


def _descends_from(target: QQuickItem, ancestor: QQuickItem) -> bool:
    current: QQuickItem | None = target
    while current is not None:
        if current is ancestor:
            return True
        current = current.parentItem()
    return False


def visible_items(window: QQuickWindow) -> Iterator[QQuickItem]:
    """Items a person can see: visible, not scrolled away, not behind a modal overlay."""
    items = scene_items(window)
    overlays = [i for i in items if i.isVisible() and i.property("modalOverlay")]
    top = max(overlays, key=lambda i: i.z()) if overlays else None
    for candidate in items:
        if top is not None and not _descends_from(candidate, top):
            continue
        if not candidate.isVisible() or candidate.opacity() == 0:
            continue
        if candidate.width() <= 0 or candidate.height() <= 0 or _clipped_out(candidate):
            continue
        if candidate.objectName() == "keyboard" or _inside_keyboard(candidate):
            continue
        yield candidate


def _inside_keyboard(target: QQuickItem) -> bool:
    parent = target.parentItem()
    while parent is not None:
        if parent.objectName() == "keyboard":
            return True
        parent = parent.parentItem()
    return False


def is_text(target: QQuickItem) -> bool:
    """Text, TextInput/TextField or TextEdit, including QML types derived from them."""
    return any(
        target.inherits(base) for base in ("QQuickText", "QQuickTextInput", "QQuickTextEdit")
    )


def is_static_text(target: QQuickItem) -> bool:
    return target.inherits("QQuickText")


def visible_texts(window: QQuickWindow) -> list[tuple[QQuickItem, str]]:
    result = []
    for candidate in visible_items(window):
        if is_text(candidate):
            text = str(candidate.property("text") or "").strip()
            if text:
                result.append((candidate, text))
    return result


INTERACTIVE_ROLES = {
    QAccessible.Role.Button,
    QAccessible.Role.EditableText,
    QAccessible.Role.CheckBox,
    QAccessible.Role.RadioButton,
    QAccessible.Role.ComboBox,
    QAccessible.Role.Link,
}


def interactive_items(window: QQuickWindow) -> list[tuple[QQuickItem, str, QAccessible.Role]]:
    """Every visible item a citizen can operate, with its accessible name and role."""
    found = []
    for candidate in visible_items(window):
        interface = QAccessible.queryAccessibleInterface(candidate)
        if interface is None:
            continue
        role = interface.role()
        if role in INTERACTIVE_ROLES:
            found.append((candidate, interface.text(QAccessible.Text.Name), role))
    return found


def type_text(window: QQuickWindow, text: str) -> None:
    """Type on a hardware keyboard, one key event per character (any script)."""
    for character in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, character)
            QGuiApplication.sendEvent(window, event)
    settle()


def press_key(
    window: QQuickWindow,
    key: Qt.Key,
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    QTest.keyClick(window, key, modifiers)
    settle()


def point(target: QQuickItem) -> QPoint:
    return target.mapToScene(QPointF(target.width() / 2, target.height() / 2)).toPoint()
