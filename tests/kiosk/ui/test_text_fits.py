"""Large-text mode: no text is cut off, runs past its box or sits on top of other text."""

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtQml import QQmlEngine, QQmlExpression

from kiosk.app import Kiosk
from kiosk.i18n.languages import LANGUAGE_CODES
from kiosk.screenshots import SCREENS, settle
from kiosk.theme.theme import VARIANTS
from tests.kiosk.qml_helpers import is_static_text, scene_rect, visible_rect, visible_texts

TOLERANCE = 2.0


def _overflow(item: object) -> str | None:
    width, height = item.width(), item.height()  # type: ignore[attr-defined]
    content_w = float(item.property("contentWidth") or 0)  # type: ignore[attr-defined]
    content_h = float(item.property("contentHeight") or 0)  # type: ignore[attr-defined]
    if item.property("truncated"):  # type: ignore[attr-defined]
        return "truncated"
    if content_w > width + TOLERANCE:
        return f"{content_w:.0f} px wide in a {width:.0f} px box"
    if content_h > height + TOLERANCE:
        return f"{content_h:.0f} px tall in a {height:.0f} px box"
    return None


def _overlap(a: QRectF, b: QRectF) -> bool:
    shared = a.intersected(b)
    return shared.width() > TOLERANCE and shared.height() > TOLERANCE


@pytest.mark.parametrize("language", LANGUAGE_CODES)
@pytest.mark.parametrize("screen", SCREENS)
def test_large_text_fits(kiosk: Kiosk, screen: str, language: str) -> None:
    kiosk.languages.choose(language)
    kiosk.theme.set_variant(VARIANTS["large"])
    SCREENS[screen](kiosk)
    settle()
    window = kiosk.window.contentItem()
    bounds = QRectF(0, 0, window.width(), window.height())
    texts = [(item, text) for item, text in visible_texts(kiosk.window) if is_static_text(item)]
    assert texts
    problems = []
    rects = []
    for item, text in texts:
        reason = _overflow(item)
        if reason:
            problems.append(f"{text!r}: {reason}")
        rect = scene_rect(item)
        if not bounds.adjusted(-TOLERANCE, -TOLERANCE, TOLERANCE, TOLERANCE).contains(
            visible_rect(item)
        ):
            problems.append(f"{text!r}: outside the window")
        rects.append((text, _ink_rect(item, rect)))
    for i, (text_a, rect_a) in enumerate(rects):
        for text_b, rect_b in rects[i + 1 :]:
            if _overlap(rect_a, rect_b):
                problems.append(f"{text_a!r} overlaps {text_b!r}")
    assert not problems


def _ink_rect(item: object, rect: QRectF) -> QRectF:
    """The part of the text box that holds text (a wide box with short text is mostly empty)."""
    content_w = min(float(item.property("contentWidth") or 0), rect.width())  # type: ignore[attr-defined]
    content_h = min(float(item.property("contentHeight") or 0), rect.height())  # type: ignore[attr-defined]
    # Enum properties do not convert to Python; let QML evaluate the alignment to a number.
    expression = QQmlExpression(
        QQmlEngine.contextForObject(item), item, "effectiveHorizontalAlignment"
    )  # type: ignore[arg-type]
    align = int(expression.evaluate()[0])
    if align & 0x4:  # AlignHCenter
        left = rect.left() + (rect.width() - content_w) / 2
    elif align & 0x2:  # AlignRight
        left = rect.right() - content_w
    else:
        left = rect.left()
    top = rect.top()
    return QRectF(left, top, content_w, content_h)
