"""The `[petitions]` config table: clear messages for every mistake an installer can make."""

from __future__ import annotations

import pytest

from kiosk.petitions.open311_models import PetitionDraft
from kiosk.petitions.open311_settings import Open311Settings, petitions_backend

GOOD = {
    "backend": "open311",
    "url": "https://311.deva.example/open311/v2/",
    "api_key": "k-123",
    "jurisdiction_id": "deva.ro",
}


def test_a_good_table_is_read() -> None:
    settings = Open311Settings.from_mapping(GOOD)
    assert settings.url == "https://311.deva.example/open311/v2"
    assert (settings.jurisdiction_id, settings.timeout_s) == ("deva.ro", 10.0)
    assert "k-123" not in repr(settings)


def test_plain_http_is_only_for_this_machine() -> None:
    local = Open311Settings.from_mapping({**GOOD, "url": "http://127.0.0.1:8080/open311/v2"})
    assert local.url.startswith("http://127.0.0.1")
    assert Open311Settings.from_mapping({**GOOD, "url": "http://localhost/v2"}).url
    with pytest.raises(ValueError, match=r"petitions\.url: .* must use https"):
        Open311Settings.from_mapping({**GOOD, "url": "http://311.deva.example/v2"})


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"url": None}, r"petitions\.url: missing"),
        ({"api_key": None}, r"petitions\.api_key: missing"),
        ({"api_key": " "}, r"petitions\.api_key: must be a non-empty string"),
        ({"url": "ftp://x/"}, r"petitions\.url: .* not an https URL"),
        ({"url": "https://x/v2/services.json"}, r'should end before "/services\.json"'),
        ({"url": "https://x/v2?key=1"}, r"must not have a query"),
        ({"timeout_s": 0}, r"petitions\.timeout_s: must be a number of seconds between 1 and 120"),
        ({"timeout_s": True}, r"petitions\.timeout_s"),
        ({"backend": "portal"}, r'petitions\.backend: must be "open311"'),
        ({"backend": "fax"}, r'petitions\.backend: must be "portal" or "open311"'),
        ({"api-key": "x"}, r"petitions\.api-key: unknown key"),
    ],
)
def test_mistakes_are_named(change: dict[str, object], message: str) -> None:
    table = {**GOOD, **change}
    table = {k: v for k, v in table.items() if v is not None}
    with pytest.raises(ValueError, match=message):
        Open311Settings.from_mapping(table)


def test_the_backend_defaults_to_the_portal() -> None:
    assert petitions_backend({}) == "portal"
    assert petitions_backend(GOOD) == "open311"


def test_a_draft_never_shows_personal_data() -> None:
    draft = PetitionDraft(
        service_code="101",
        description="My neighbour Ion Popescu parks on the pavement.",
        address_string="Str. Horea 12",
        first_name="Ioana",
        last_name="Popescu",
        email="ioana@example.org",
        phone="0722123456",
        attributes={"plate": "HD-12-ABC"},
    )
    for text in (repr(draft), str(draft), f"{draft}"):
        for secret in ("Popescu", "Ioana", "Horea", "ioana@", "0722", "HD-12"):
            assert secret not in text
        assert "101" in text
