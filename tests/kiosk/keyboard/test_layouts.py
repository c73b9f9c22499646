"""Every letter a citizen needs is a direct key: one tap, no long press, no language switch."""

from __future__ import annotations

import pytest

from tests.kiosk.keyboard.driver import (
    DIALPAD,
    DIGITS,
    EMAIL,
    LAYERS,
    LAYOUTS,
    LOCALES,
    NUMBERS,
    Hints,
    Keyboard,
    kiosk_layout_url,
)

LATIN = "abcdefghijklmnopqrstuvwxyz"
ALPHABETS = {
    "en_GB": LATIN,
    # ș ț: comma below (U+0219, U+021B), the correct Romanian letters.
    "ro_RO": LATIN + "\u0103\u00e2\u00ee\u0219\u021b",  # ă â î ș ț
    "hu_HU": LATIN + "\u00e1\u00e9\u00ed\u00f3\u00f6\u0151\u00fa\u00fc\u0171",  # á é í ó ö ő ú ü ű
    "ru_RU": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    "uk_UA": "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",
    "bg_BG": "абвгдежзийклмнопрстуфхцчшщъьюя",
}
# The letters the stock Qt layouts hide behind a long press, or leave out.
LANGUAGE_LETTERS = {
    "ro_RO": "ăâîșț",
    "hu_HU": "őűöüóúéáí",
    "ru_RU": "ёъыэ",
    "uk_UA": "іїєґ",
    "bg_BG": "ъющь",
    "en_GB": "",
}
DIGIT_CHARS = set("0123456789")
HINTS = {"text": Hints.ImhNone, "email": EMAIL}


def letters(keyboard: Keyboard) -> list[str]:
    return [c for c in keyboard.characters() if c.isalpha()]


@pytest.mark.parametrize("locale", LOCALES)
def test_the_whole_alphabet_is_on_direct_keys(keyboard: Keyboard, locale: str) -> None:
    keyboard.show(locale)
    keys = letters(keyboard)
    assert len(keys) == len(set(keys)), f"a letter appears twice: {sorted(keys)}"
    assert set(keys) == set(ALPHABETS[locale])


@pytest.mark.parametrize("locale", LOCALES)
def test_language_letters_are_direct_keys(keyboard: Keyboard, locale: str) -> None:
    keyboard.show(locale)
    keys = keyboard.characters()
    missing = [c for c in LANGUAGE_LETTERS[locale] if c not in keys]
    assert not missing, f"{locale}: no key for {missing}"


def test_romanian_s_and_t_have_a_comma_below_not_a_cedilla(keyboard: Keyboard) -> None:
    keyboard.show("ro_RO")
    keys = keyboard.characters()
    assert "\u0219" in keys and "\u021b" in keys  # ș ț
    assert "\u015f" not in keys and "\u0163" not in keys  # ş ţ
    assert keyboard.key("\u0219").text.upper() == "\u0218"  # Ș
    assert keyboard.key("\u021b").text.upper() == "\u021a"  # Ț


@pytest.mark.parametrize("locale", ["ru_RU", "uk_UA", "bg_BG"])
def test_cyrillic_letters_are_cyrillic(keyboard: Keyboard, locale: str) -> None:
    """No Latin look-alike (a, e, i, o, p, c, x, y) slipped into a Cyrillic row."""
    keyboard.show(locale)
    latin = [c for c in letters(keyboard) if not "\u0400" <= c <= "\u04ff"]
    assert not latin


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("hint", HINTS)
def test_name_and_email_punctuation_is_one_tap_away(
    keyboard: Keyboard, locale: str, hint: str
) -> None:
    keyboard.show(locale, HINTS[hint])
    keys = keyboard.characters()
    for char in ["-", "'", "@", ".", ","]:
        assert keys.count(char) == 1, f"{locale}/{hint}: {char!r} is not a single direct key"
    for kind in ["shift", "backspace", "space", "enter", "hide", "symbolMode"]:
        keyboard.special(kind)


@pytest.mark.parametrize("locale", ["ru_RU", "uk_UA", "bg_BG"])
def test_email_fields_get_latin_letters(keyboard: Keyboard, locale: str) -> None:
    """An e-mail address can be typed on a Cyrillic keyboard without switching language."""
    keyboard.show(locale, EMAIL)
    assert keyboard.layout.endswith(f"/{locale}/main.qml")
    assert set(letters(keyboard)) == set(LATIN)
    keyboard.show(locale)
    assert set(letters(keyboard)) == set(ALPHABETS[locale])


@pytest.mark.parametrize("locale", LOCALES)
def test_digits_are_on_the_letter_layout_and_on_the_symbol_layer(
    keyboard: Keyboard, locale: str
) -> None:
    keyboard.show(locale)
    assert set(keyboard.characters()) >= DIGIT_CHARS
    keyboard.tap(keyboard.special("symbolMode"))
    keyboard.wait_for_layout("fallback/symbols.qml")
    symbols = keyboard.characters()
    assert set(symbols) >= DIGIT_CHARS
    assert {"-", "'", "@", ".", ",", "/", "(", ")", "+", "_", "?", "!"} <= set(symbols)
    back = keyboard.special("symbolMode")
    assert back.label == ("АБВ" if locale in {"ru_RU", "uk_UA", "bg_BG"} else "ABC")
    keyboard.tap(back)
    keyboard.wait_for_layout(f"{locale}/main.qml")


@pytest.mark.parametrize("locale", LOCALES)
def test_numeric_fields_get_a_number_pad(keyboard: Keyboard, locale: str) -> None:
    keyboard.show(locale, DIGITS)
    assert sorted(keyboard.characters()) == sorted(DIGIT_CHARS)

    keyboard.show(locale, DIALPAD)
    assert set(keyboard.characters()) == DIGIT_CHARS | {"+", "*", "#"}

    keyboard.show(locale, NUMBERS)
    decimal = "." if locale == "en_GB" else ","
    assert set(keyboard.characters()) == DIGIT_CHARS | {"-", decimal}

    for kind in ["backspace", "enter", "hide"]:
        keyboard.special(kind)


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("layer", LAYERS)
def test_nothing_hides_behind_a_long_press(keyboard: Keyboard, locale: str, layer: str) -> None:
    keyboard.show_layer(locale, layer)
    hidden = {k.text: k.long_press for k in keyboard.visible_keys() if k.long_press}
    assert not hidden


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("layer", LAYERS)
def test_no_key_switches_language_or_input_mode(
    keyboard: Keyboard, locale: str, layer: str
) -> None:
    keyboard.show_layer(locale, layer)
    kinds = {k.kind for k in keyboard.visible_keys()}
    assert not kinds & {"changeLanguage", "inputMode", "handwritingMode", "mode"}


def test_layout_folder_works_with_and_without_a_trailing_slash(keyboard: Keyboard) -> None:
    """The kiosk passes `.../layouts/`; the shared rows are found either way."""
    plain_url = kiosk_layout_url().toString().rstrip("/")
    assert plain_url.endswith(str(LAYOUTS))
    keyboard.window.setProperty("layoutPath", plain_url)
    try:
        for locale in ["ro_RO", "uk_UA"]:
            keyboard.show(locale)
            assert set(letters(keyboard)) == set(ALPHABETS[locale])
            assert "@" in keyboard.characters()
    finally:
        keyboard.window.setProperty("layoutPath", kiosk_layout_url())
    keyboard.show("ro_RO")


def test_every_locale_folder_has_a_main_layout_and_markers_for_the_shared_layers() -> None:
    """Without the .fallback markers the keyboard would show letters in a PIN field."""
    for locale in LOCALES:
        folder = LAYOUTS / locale
        assert (folder / "main.qml").is_file()
        for layer in ["symbols", "digits", "numbers", "dialpad"]:
            assert (folder / f"{layer}.fallback").is_file(), f"{locale}/{layer}.fallback"
            assert (LAYOUTS / "fallback" / f"{layer}.qml").is_file()
    assert sorted(p.name for p in LAYOUTS.iterdir() if p.is_dir()) == sorted([*LOCALES, "fallback"])
