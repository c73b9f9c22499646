"""Driving the kiosk as a person does: tap what is on screen, type, scroll with the buttons."""

from __future__ import annotations

import asyncio

from PySide6.QtGui import QGuiApplication
from PySide6.QtQuick import QQuickItem

from kiosk.app import Kiosk
from kiosk.screenshot_journeys import SAMPLE_FORM
from kiosk.session.screens import Screen
from tests.kiosk.async_helpers import run_until
from tests.kiosk.qml_helpers import item, scene_rect, settle, tap, type_text, visible_texts


def texts_on_screen(kiosk: Kiosk) -> str:
    return "\n".join(text for _, text in visible_texts(kiosk.window))


def scrolled_to(kiosk: Kiosk, object_name: str) -> QQuickItem:
    """Page down with the ▼ button until the item is fully on screen, as a person would."""
    target = item(kiosk, object_name)
    for _ in range(15):
        rect = scene_rect(target)
        if rect.bottom() <= kiosk.window.height() and rect.top() >= 0:
            break
        tap(kiosk.window, item(kiosk, "scrollDownButton"))
    return target


def tap_on(kiosk: Kiosk, object_name: str) -> None:
    tap(kiosk.window, scrolled_to(kiosk, object_name))


def type_into(kiosk: Kiosk, object_name: str, text: str) -> None:
    """Tap the field, type, then put the on-screen keyboard away."""
    field = scrolled_to(kiosk, object_name)
    tap(kiosk.window, field)
    type_text(kiosk.window, text)
    QGuiApplication.inputMethod().hide()
    settle()


def start_sample_request(kiosk: Kiosk, loop: asyncio.AbstractEventLoop) -> None:
    """From the attract screen to the sample form's ID-card offer, by taps.

    The sample form takes answers from an ID card, so it offers the scan (or the chip)
    before its first step; the test goes on from that offer.
    """
    kiosk.session.start()
    kiosk.session.languageChosen()
    settle()
    tap_on(kiosk, f"service_{SAMPLE_FORM}")
    tap_on(kiosk, "startButton")
    run_until(loop, lambda: kiosk.session.current is Screen.ID_SCAN, what="the ID scan offer")
    settle()
