"""'What do you need?': typos, missing diacritics and the other alphabet still find the service."""

import pytest

from kiosk.catalogue.model import load_catalogue_file
from kiosk.catalogue.normalize import fold
from kiosk.catalogue.search import SearchIndex

CATALOGUE = load_catalogue_file()
INDEX = SearchIndex.build(CATALOGUE)


def codes(query: str) -> list[str]:
    return [s.code for s in INDEX.search(query)]


def test_fold_removes_diacritics_and_transliterates() -> None:
    assert fold("Ștefan Țăranu") == fold("stefan taranu")
    assert fold("казиер") == fold("cazier") == fold("kazier")


def test_every_service_is_found_by_its_own_name_in_every_language() -> None:
    for service in CATALOGUE.services:
        for language, name in service.name.items():
            assert service.code in codes(name), (service.code, language)


@pytest.mark.parametrize("query", ["certificat urbanism", "certificat urbanizm", "urbanism"])
def test_typos_and_missing_diacritics(query: str) -> None:
    urbanism = [s.code for s in CATALOGUE.services if "urbanism" in s.name["ro"].lower()]
    assert urbanism and urbanism[0] in codes(query)


def test_nonsense_finds_nothing() -> None:
    assert codes("zzzxqv") == []
