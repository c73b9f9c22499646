"""All six catalogues are complete, up to date with the sources, and written correctly."""

import re
import shutil
from pathlib import Path

import pytest

from kiosk.catalogue.model import load_catalogue_file
from kiosk.i18n.catalogues import TS_DIR
from kiosk.i18n.languages import LANGUAGE_CODES
from kiosk.i18n.lupdate import run_lupdate
from tests.kiosk.i18n.ts_files import read_ts

PLACEHOLDER = re.compile(r"%(?:\d|n)")


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_every_message_is_translated(language: str) -> None:
    messages = read_ts(TS_DIR / f"kiosk_{language}.ts")
    assert len(messages) > 50
    missing = [
        m.source for m in messages if m.unfinished or not all(t.strip() for t in m.translations)
    ]
    assert not missing, f"{len(missing)} untranslated in {language}: {missing[:10]}"


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_placeholders_are_kept(language: str) -> None:
    for message in read_ts(TS_DIR / f"kiosk_{language}.ts"):
        wanted = set(PLACEHOLDER.findall(message.source))
        for text in message.translations:
            found = set(PLACEHOLDER.findall(text))
            # A plural form may spell out the number ("one second"), so %n may be absent.
            assert wanted - {"%n"} <= found, (language, message.source, text)


def test_romanian_uses_comma_below_letters() -> None:
    text = (TS_DIR / "kiosk_ro.ts").read_text(encoding="utf-8")
    assert not set("şţŞŢ") & set(text), "Romanian needs ș ț (comma below), not ş ţ (cedilla)"


def test_catalogues_are_up_to_date_with_the_sources(tmp_path: Path) -> None:
    """lupdate over today's sources finds nothing the committed catalogues lack."""
    copy = tmp_path / "kiosk_ro.ts"
    shutil.copy(TS_DIR / "kiosk_ro.ts", copy)
    before = {(m.context, m.source) for m in read_ts(copy)}
    run_lupdate([copy])
    after = {(m.context, m.source) for m in read_ts(copy)}
    assert after - before == set(), "run `make lupdate` and translate the new strings"
    assert before - after == set(), "run `make lupdate` to drop strings no longer used"


def test_demo_catalogue_is_complete_in_every_language() -> None:
    catalogue = load_catalogue_file()
    for group in catalogue.groups:
        assert set(LANGUAGE_CODES) <= {k for k, v in group.name.items() if v.strip()}, group.code
    for service in catalogue.services:
        for field in ("name", "description", "duration"):
            texts = getattr(service, field)
            assert set(LANGUAGE_CODES) <= {k for k, v in texts.items() if v.strip()}, (
                service.code,
                field,
            )
        assert set(LANGUAGE_CODES) <= set(service.documents), service.code
