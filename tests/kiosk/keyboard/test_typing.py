"""Typing by tapping keys produces exactly the characters a citizen expects."""

from __future__ import annotations

import unicodedata

import pytest

from tests.kiosk.keyboard.driver import DIALPAD, DIGITS, EMAIL, NUMBERS, Hints, Keyboard

NAMES = [
    ("ro_RO", "Ștefan Țăranu"),
    ("uk_UA", "Ґалина Їжакевич"),
    ("hu_HU", "Kőrösi Űr"),
    ("ru_RU", "Фёдор Объедков-Эльвин"),
    ("bg_BG", "Щерю Ъгълов-Юнашки"),
    ("en_GB", "Siobhan O'Neill-Smith"),
    ("uk_UA", "Мар'яна Соловйова"),
    ("ro_RO", "Înșir-te mărgărite, Âmbra"),
    ("hu_HU", "Árvíztűrő tükörfúrógép"),
]


@pytest.mark.parametrize(
    ("locale", "text"),
    [pytest.param(locale, text, id=f"{locale}-{i}") for i, (locale, text) in enumerate(NAMES)],
)
def test_tapping_types_the_name(keyboard: Keyboard, locale: str, text: str) -> None:
    keyboard.show(locale)
    keyboard.type(text)
    assert keyboard.text == text
    # Precomposed letters only: nothing that merely looks right.
    assert unicodedata.normalize("NFC", keyboard.text) == keyboard.text


def test_romanian_capitals_have_a_comma_below(keyboard: Keyboard) -> None:
    keyboard.show("ro_RO")
    keyboard.type("ȘȚșț")
    assert [f"U+{ord(c):04X}" for c in keyboard.text] == ["U+0218", "U+021A", "U+0219", "U+021B"]


@pytest.mark.parametrize("locale", ["ro_RO", "uk_UA", "bg_BG"])
def test_an_email_address_types_in_any_language(keyboard: Keyboard, locale: str) -> None:
    keyboard.show(locale, EMAIL)
    keyboard.type("ana-maria.o'neill_2@primaria.md")  # "_" is on the symbol layer
    assert keyboard.text == "ana-maria.o'neill_2@primaria.md"


def test_backspace_removes_the_last_character(keyboard: Keyboard) -> None:
    keyboard.show("ro_RO")
    keyboard.type("Țară")
    keyboard.tap(keyboard.special("backspace"))
    assert keyboard.text == "Țar"


@pytest.mark.parametrize(
    ("hints", "keys", "text"),
    [
        (DIGITS, "012345", "012345"),
        (DIALPAD, "+40721000111", "+40721000111"),
        (NUMBERS, "-12,5", "-12,5"),
    ],
)
def test_number_pads_type_what_they_show(
    keyboard: Keyboard, hints: Hints, keys: str, text: str
) -> None:
    keyboard.show("ro_RO", hints)
    keyboard.type(keys)
    assert keyboard.text == text


@pytest.mark.parametrize("locale", ["ru_RU", "uk_UA", "bg_BG"])
def test_moving_between_email_and_name_fields_keeps_every_key_working(
    keyboard: Keyboard, locale: str
) -> None:
    """The Cyrillic layouts swap to QWERTY and back; the input method must survive it."""
    keyboard.show(locale)
    keyboard.type("Юлиана")
    keyboard.show(locale, EMAIL)
    keyboard.type("iulia_2@post.md")
    assert keyboard.text == "iulia_2@post.md"
    keyboard.show(locale)
    keyboard.type("Мар'яна_1")
    assert keyboard.text == "Мар'яна_1"
