"""Test-wide set-up: Qt runs offscreen with the software renderer and the virtual keyboard.

These must be set before any Qt import, which is why they live at the top of the
top-level conftest.
"""

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["QT_QUICK_BACKEND"] = "software"
os.environ["QT_IM_MODULE"] = "qtvirtualkeyboard"
os.environ["QT_ENABLE_HIGHDPI_SCALING"] = "0"
os.environ.setdefault("LANG", "C.UTF-8")

import PySide6.QtQuick  # noqa: F401 - root objects must be QQuickWindow for grabWindow()

from kiosk.app import register_qml_types

# Before any test creates a QML engine (see register_qml_types).
register_qml_types()

# `qasync_loop`: view-models' background work runs on a qasync loop, as in the app.
pytest_plugins = ["tests.kiosk.async_helpers"]
