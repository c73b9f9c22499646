"""No visible string bypasses translation.

Every UI string is swapped for a marked pseudo-translation ("⟦Finish⟧"); then
every text on every screen must carry the mark, or be data that is translated
elsewhere (catalogue content, language names, the institution's name, dates
and numbers formatted by the locale). A string hard-coded in QML or Python
fails here, in any language.
"""

import dataclasses
import datetime
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from device.emrtd.emulator.specimen import ANNA as SAMPLE_HOLDER
from kiosk import screenshot_journeys as journeys
from kiosk.app import Kiosk
from kiosk.catalogue.model import load_catalogue_file
from kiosk.i18n.catalogues import TS_DIR, compiled_catalogue
from kiosk.i18n.languages import LANGUAGES
from kiosk.reports.samples import SAMPLE_WORKSHOPS
from kiosk.screenshots import SCREENS, settle
from tests.kiosk.i18n.ts_files import read_ts, write_pseudo_ts
from tests.kiosk.qml_helpers import interactive_items, visible_texts

MARK = "⟦"
NUMERIC = re.compile(r"^[\d\s.,:;%+\-−×÷=⌫±‹›▲▼–—•·/()\u202f]*$")
AMOUNT = re.compile(r"^[\d\s.,\u202f]+ [A-Z]{3}$")


def _data_strings(kiosk: Kiosk) -> set[str]:
    allowed: set[str] = {lang.native_name for lang in LANGUAGES}
    allowed |= set(kiosk.config.institution.values())
    allowed.add(kiosk.config.kiosk_id)
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
    # What the portal sends (form texts, streets, offices, debts) and what a person typed
    # are data, not the kiosk's own words.
    allowed |= _portal_demo_strings() | _strings_in(
        (journeys.SAMPLE_ANSWERS, journeys.PETITION_ANSWERS, journeys.SEARCH_FALLBACK)
    )
    # The sample card's chip (the name read from it) on the chip screens.
    allowed.add(f"{SAMPLE_HOLDER.given_names} {SAMPLE_HOLDER.surname}".upper())
    # Sample workshops (titles and places are what staff typed) on the library pages.
    for _, _, title, place, *_ in SAMPLE_WORKSHOPS:
        allowed |= {title, place}
    # Attract and language screens speak every language in turn, from the real catalogues.
    for lang in LANGUAGES:
        for message in read_ts(TS_DIR / f"kiosk_{lang.code}.ts"):
            if message.context == "Attract":
                allowed |= set(message.translations)
    return allowed


def _strings_in(value: object) -> set[str]:
    """Every string inside nested dicts, lists, tuples and dataclasses."""
    found: set[str] = set()
    pending = [value]
    while pending:
        current = pending.pop()
        if isinstance(current, str):
            found.add(current)
        elif isinstance(current, dict):
            pending.extend(current.keys())
            pending.extend(current.values())
        elif isinstance(current, list | tuple | set | frozenset):
            pending.extend(current)
        elif dataclasses.is_dataclass(current) and not isinstance(current, type):
            pending.extend(getattr(current, f.name) for f in dataclasses.fields(current))
    return found


def _portal_demo_strings() -> set[str]:
    from portal.demo import obligations, offices
    from portal.demo.forms import DEMO_FORMS

    found = _strings_in([build() for build in DEMO_FORMS.values()])
    found |= _strings_in(offices.DEMO_OFFICES)
    year = datetime.date.today().year
    for offset in (-1, 0, 1):
        found |= _strings_in(obligations.demo_obligations(year + offset))
    return found


# Registration numbers, access codes and order numbers the portal hands out (and the
# practice target's numbers, P-0001).
CODE = re.compile(
    r"^([0-9]{4}/[0-9]{6}|[A-Z0-9]{6,12}|[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}|P-[0-9]{4})$"
)


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


def _accounted_for(text: str, allowed: set[str], locale_words: set[str]) -> bool:
    """Translated (pseudo-marked), or data: portal texts, typed answers, codes, amounts, dates."""
    if MARK in text or text in allowed or NUMERIC.match(text):
        return True
    if CODE.match(text) or AMOUNT.match(text) or text == "✓":
        return True
    if re.fullmatch(r"https?://\S+", text):  # an address (the admin screen's portal)
        return True
    # An error summary line: "<field label from the portal>: <message>".
    label, _, message = text.partition(": ")
    if message and label in allowed and _accounted_for(message, allowed, locale_words):
        return True
    # A fee "15.00 RON — <note>", or a debt read out as "<description>, <amount>".
    for separator in (" — ", ", "):
        parts = text.rsplit(separator, 1) if separator == ", " else text.split(separator)
        if len(parts) > 1 and all(p in allowed or AMOUNT.match(p) for p in parts):
            return True
    # A chosen option marked with a tick: "✓ Română".
    if text.startswith("✓ ") and _accounted_for(text[2:], allowed, locale_words):
        return True
    # A line of parts: "<date and time> · <workshop title> · <place>".
    parts = text.split(" · ")
    if len(parts) > 1 and all(_accounted_for(p, allowed, locale_words) for p in parts):
        return True
    words = re.findall(r"[^\W\d_]+", text)
    return bool(words) and all(w.casefold() in locale_words for w in words)


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
    offenders = [t for t in texts if not _accounted_for(t, allowed, locale_words)]
    assert not offenders, f"not translated on {screen}: {offenders}"

    # What speech output will read: the accessible name of every control.
    names = [name for _, name, _ in interactive_items(kiosk.window)]
    unspoken = [n for n in names if not _accounted_for(n, allowed, locale_words)]
    assert not unspoken, f"accessible names not translated on {screen}: {unspoken}"
