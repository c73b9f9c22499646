"""A message kept untranslated until it is shown, so a language switch changes it too."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

Message = tuple[str, str]  # (translation context, English source text)


def translate_message(message: Message | None) -> str:
    """The message in the current language ("" for none)."""
    return QCoreApplication.translate(*message) if message else ""
