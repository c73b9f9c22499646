"""After a session times out, the canary personal data is nowhere: not in QML, view-models,
the input method, the clipboard, nor in the logs."""

from collections.abc import Iterable

import pytest
from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication

from kiosk.app import Kiosk, scene_items
from kiosk.screenshots import settle
from kiosk.session.clock import ManualClock
from kiosk.theme.theme import VARIANTS
from tests.kiosk.qml_helpers import item, tap, type_text

CANARY_NAME = "Zamfirescu"
CANARY_CNP = "1800101223344"


def _strings(value: object) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, inner in value.items():
            yield str(key)
            yield from _strings(inner)
    elif isinstance(value, list | tuple):
        for inner in value:
            yield from _strings(inner)


TEXT_TYPES = {"QString", "QStringList", "QVariant", "QVariantMap", "QVariantList", "QUrl"}


def object_strings(obj: QObject) -> Iterable[str]:
    """Every property of a QObject that can hold text (strings, variants, lists, maps)."""
    meta = obj.metaObject()
    for index in range(meta.propertyCount()):
        prop = meta.property(index)
        if not prop.isReadable() or prop.typeName() not in TEXT_TYPES:
            continue
        try:
            value = obj.property(prop.name())
        except (RuntimeError, TypeError):
            continue  # a property type with no Python converter (enums, gadgets)
        yield from _strings(value)


def everything_visible_to_qt(kiosk: Kiosk) -> list[str]:
    found = []
    objects = [kiosk.window, *kiosk.window.findChildren(QObject), *scene_items(kiosk.window)]
    for obj in [*objects, *kiosk.view_models]:
        found += list(object_strings(obj))
    clipboard = QGuiApplication.clipboard()
    found.append(clipboard.text() if clipboard is not None else "")
    found += [str(v) for v in kiosk.calculator._calc.history]
    return found


def test_canary_is_gone_after_idle_timeout(kiosk: Kiosk, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level("DEBUG")
    clock = kiosk.clock
    assert isinstance(clock, ManualClock)

    kiosk.session.start()
    tap(kiosk.window, item(kiosk, "language_ro"))
    field = item(kiosk, "searchInput")
    tap(kiosk.window, field)
    type_text(kiosk.window, f"{CANARY_NAME} {CANARY_CNP}")
    assert CANARY_NAME in kiosk.catalogue.query
    clipboard = QGuiApplication.clipboard()
    assert clipboard is not None
    clipboard.setText(CANARY_CNP)
    kiosk.theme.set_variant(VARIANTS["large"])

    kiosk.session.openCalculator()
    settle()
    for digit in CANARY_CNP[:12]:
        tap(kiosk.window, item(kiosk, f"calc_{digit}"))
    tap(kiosk.window, item(kiosk, "calc_add"))
    tap(kiosk.window, item(kiosk, "calc_1"))
    tap(kiosk.window, item(kiosk, "calc_equals"))
    assert kiosk.calculator._calc.history, "the calculation should be in this session's history"

    before = " ".join(everything_visible_to_qt(kiosk))
    assert CANARY_CNP[:12] in before.replace("\u202f", "").replace(".", "")

    clock.advance(kiosk.config.session.idle_timeout_s + 1)
    kiosk.session.tick()
    assert kiosk.session.idleWarning
    clock.advance(kiosk.config.session.warning_s + 1)
    kiosk.session.tick()
    settle()

    assert kiosk.session.current.value == "attract"
    after = " ".join(everything_visible_to_qt(kiosk)).replace("\u202f", "").replace(".", "")
    assert CANARY_NAME not in after
    assert CANARY_CNP[:6] not in after
    assert kiosk.theme.variant == VARIANTS["normal"]
    assert kiosk.languages.code == kiosk.config.default_language
    assert not QGuiApplication.inputMethod().isVisible()
    assert CANARY_NAME not in caplog.text and CANARY_CNP not in caplog.text


def test_finish_wipes_too(kiosk: Kiosk) -> None:
    kiosk.session.start()
    tap(kiosk.window, item(kiosk, "language_en"))
    tap(kiosk.window, item(kiosk, "searchInput"))
    type_text(kiosk.window, CANARY_NAME)
    tap(kiosk.window, item(kiosk, "finishButton"))
    assert kiosk.session.current.value == "attract"
    assert CANARY_NAME not in " ".join(everything_visible_to_qt(kiosk))


def test_text_fields_outside_view_models_are_cleared(kiosk: Kiosk) -> None:
    """Belt and braces: a field not bound to any view-model is emptied by the wipe too."""
    kiosk.session.start()
    kiosk.session.languageChosen()
    settle()
    field = item(kiosk, "searchInput")
    field.setProperty("text", CANARY_NAME)
    kiosk.catalogue._set_query("")  # simulate a field with no binding back to a view-model
    kiosk.wipe.wipe("test")
    assert not any(CANARY_NAME in str(i.property("text") or "") for i in scene_items(kiosk.window))
