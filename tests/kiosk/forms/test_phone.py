"""Phone numbers typed the way people write them reach the portal in international form."""

import pytest

from kiosk.forms.phone import normalize_phone


@pytest.mark.parametrize(
    ("typed", "country", "sent"),
    [
        ("0722 123 456", "RO", "+40722123456"),
        ("0722-123-456", "RO", "+40722123456"),
        ("069 123 456", "MD", "+37369123456"),
        ("0888 123 456", "BG", "+359888123456"),
        ("(067) 123 45 67", "UA", "+380671234567"),
        ("+40 722 123 456", "UA", "+40722123456"),
        ("0040 722 123 456", "MD", "+40722123456"),
        ("0722 123 456", None, "0722123456"),
        ("call me", "RO", "callme"),
    ],
)
def test_national_numbers_get_the_country_code(typed: str, country: str | None, sent: str) -> None:
    assert normalize_phone(typed, country) == sent
