"""No visible string bypasses translation.

Every UI string is swapped for a marked pseudo-translation ("⟦Finish⟧"); then
every text on every screen must carry the mark, or be data that is translated
elsewhere (catalogue content, language names, the institution's name, dates
and numbers formatted by the locale). A string hard-coded in QML or Python
fails here, in any language.
"""

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from kiosk.app import Kiosk
from kiosk.catalogue.model import load_catalogue_file
from kiosk.i18n.catalogues import TS_DIR, compiled_catalogue
from kiosk.i18n.languages import LANGUAGES
from kiosk.screenshots import SCREENS, settle
from tests.kiosk.i18n.ts_files import read_ts, write_pseudo_ts
from tests.kiosk.qml_helpers import interactive_items, visible_texts

MARK = "⟦"
NUMERIC = re.compile(r"^[\d\s.,:;%+\-−×÷=⌫±‹›▲▼–—•·/()\u202f]*$")
AMOUNT = re.compile(r"^[\d\s.,\u202f]+ [A-Z]{3}$")


def _data_strings(kiosk: Kiosk) -> set[str]:
    allowed: set[str] = {lang.native_name for lang in LANGUAGES}
    allowed |= set(kiosk.config.institution.values())
    catalogue = load_catalogue_file()
    for group in catalogue.groups:
        allowed |= set(group.name.values())
    for service in catalogue.services:
        allowed |= set(service.name.values()) | set(service.description.values())
        allowed |= set(service.duration.values())
        if service.fee is not None and service.fee.note:
            allowed |= set(service.fee.note.values())
        for documents in service.documents.values():
            allowed |= {f"•  {d}" for d in documents}
    for closure in kiosk.config.office_hours.closures:
        allowed |= {text for _, text in closure.reasons}
    # Attract and language screens speak every language in turn, from the real catalogues.
    for lang in LANGUAGES:
        for message in read_ts(TS_DIR / f"kiosk_{lang.code}.ts"):
            if message.context == "Attract":
                allowed |= set(message.translations)
    return allowed


def _locale_words() -> set[str]:
    locale = QLocale("en_GB")
    words: set[str] = set()
    for month in range(1, 13):
        for form in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
            words.add(locale.monthName(month, form))
            words.add(locale.standaloneMonthName(month, form))
    for day in range(1, 8):
        for form in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
            words.add(locale.dayName(day, form))
    return {w.casefold() for w in words}


@pytest.fixture(scope="module")
def pseudo_english(
    module_kiosk: Kiosk, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Kiosk]:
    folder = tmp_path_factory.mktemp("pseudo")
    ts = folder / "kiosk_pseudo.ts"
    qm = folder / "kiosk_pseudo.qm"
    write_pseudo_ts(TS_DIR / "kiosk_en.ts", ts)
    tool = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(tool), "-silent", str(ts), "-qm", str(qm)], check=True)
    translators = module_kiosk.languages.translators
    translators.replace_catalogue("en", qm)
    yield module_kiosk
    real = compiled_catalogue("en")
    assert real is not None
    translators.replace_catalogue("en", real)
    module_kiosk.engine.retranslate()


@pytest.mark.parametrize("screen", SCREENS)
def test_every_visible_string_went_through_translation(
    pseudo_english: Kiosk, kiosk: Kiosk, screen: str
) -> None:
    kiosk.languages.choose("en")
    kiosk.engine.retranslate()
    kiosk.languages.languageChanged.emit()
    SCREENS[screen](kiosk)
    settle()
    allowed = _data_strings(kiosk)
    locale_words = _locale_words()
    texts = [text for _, text in visible_texts(kiosk.window)]
    assert texts
    offenders = []
    for text in texts:
        if MARK in text or text in allowed or NUMERIC.match(text):
            continue
        parts = text.split(" — ")  # e.g. a fee: "15.00 RON — <note from the catalogue>"
        if len(parts) > 1 and all(p in allowed or AMOUNT.match(p) for p in parts):
            continue
        words = re.findall(r"[^\W\d_]+", text)
        if words and all(w.casefold() in locale_words for w in words):
            continue  # a date or weekday formatted by the locale
        offenders.append(text)
    assert not offenders, f"not translated on {screen}: {offenders}"

    # What speech output will read: the accessible name of every control.
    unspoken = [
        name
        for _, name, _ in interactive_items(kiosk.window)
        if MARK not in name
        and name not in allowed
        and not NUMERIC.match(name)
        and not all(w.casefold() in locale_words for w in re.findall(r"[^\W\d_]+", name))
    ]
    assert not unspoken, f"accessible names not translated on {screen}: {unspoken}"
