"""The six UI languages: codes, names in their own language and script, keyboard layouts.

Language names are never translated and never shown as flags: a citizen looks
for the name of their own language written the way they write it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Language:
    code: str
    native_name: str
    # Qt locale used for number/date formatting and the virtual keyboard layout.
    locale: str


LANGUAGES: tuple[Language, ...] = (
    Language("ro", "Română", "ro_RO"),
    Language("hu", "Magyar", "hu_HU"),
    Language("ru", "Русский", "ru_RU"),
    Language("uk", "Українська", "uk_UA"),
    Language("bg", "Български", "bg_BG"),
    Language("en", "English", "en_GB"),
)

LANGUAGE_CODES: tuple[str, ...] = tuple(lang.code for lang in LANGUAGES)
BY_CODE: dict[str, Language] = {lang.code: lang for lang in LANGUAGES}
