"""Names as they appear in an MRZ: ICAO 9303 part 3 transliteration to A-Z and '<'.

Latin letters with diacritics lose them (Ș→S, Ț→T, Ă→A, Â→A, Î→I); Cyrillic letters
follow the ICAO 9303 table (Ж→ZH, Х→KH, Ц→TS, Щ→SHCH, Ю→IU, Я→IA, Й→I, Є→IE, Ї→I …),
with the Ukrainian Г→H of Ukrainian travel documents. Hyphens, spaces and apostrophes
become '<' (apostrophes are dropped).
"""

from __future__ import annotations

import unicodedata
from typing import Final

_CYRILLIC: Final[dict[str, str]] = {
    "А": "A", "Б": "B", "В": "V", "Г": "G", "Ґ": "G", "Д": "D", "Е": "E", "Ё": "E",
    "Є": "IE", "Ж": "ZH", "З": "Z", "И": "I", "І": "I", "Ї": "I", "Й": "I", "К": "K",
    "Л": "L", "М": "M", "Н": "N", "О": "O", "П": "P", "Р": "R", "С": "S", "Т": "T",
    "У": "U", "Ў": "U", "Ф": "F", "Х": "KH", "Ц": "TS", "Ч": "CH", "Ш": "SH",
    "Щ": "SHCH", "Ъ": "IE", "Ы": "Y", "Ь": "", "Э": "E", "Ю": "IU", "Я": "IA",
}  # fmt: skip

_UKRAINIAN: Final[dict[str, str]] = {"Г": "H", "И": "Y"}


def to_mrz_name(text: str, *, ukrainian: bool = False) -> str:
    """``text`` (any case, Latin or Cyrillic) as MRZ characters: A-Z and '<' only."""
    out: list[str] = []
    for char in text.upper():
        if ukrainian and char in _UKRAINIAN:
            out.append(_UKRAINIAN[char])
        elif char in _CYRILLIC:
            out.append(_CYRILLIC[char])
        elif char in " -":
            out.append("<")
        elif char in "'’ʼ":
            continue
        else:
            base = unicodedata.normalize("NFKD", char)[0]
            if "A" <= base <= "Z":
                out.append(base)
    return "".join(out)


def name_field(surname: str, given_names: str, length: int) -> str:
    """``SURNAME<<GIVEN<NAMES`` padded to ``length``; too long names are truncated.

    ICAO 9303-3 §4.6: given names are cut first (keeping at least their first letter),
    then the surname; the field never ends in a cut-off filler.
    """
    given = given_names
    text = f"{surname}<<{given}" if given else surname
    while len(text) > length and len(given) > 1:
        given = given[:-1].rstrip("<")
        text = f"{surname}<<{given}"
    if len(text) > length:
        text = text[:length].rstrip("<")
    return text.ljust(length, "<")


def split_name_field(field: str) -> tuple[str, str]:
    """(surname, given names) as a reader prints them: '<' → space, trailing fillers gone."""
    surname, _, given = field.partition("<<")
    return surname.replace("<", " ").strip(), given.replace("<", " ").strip()
