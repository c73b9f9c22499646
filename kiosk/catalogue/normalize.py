"""Folding text for search: no diacritics, one case, Cyrillic written in Latin letters.

A citizen may type "cazier", "kazier" or "казиер" on a keyboard in another
language; all three must meet the same service.
"""

from __future__ import annotations

import unicodedata

# A phonetic transliteration shared by ru/uk/bg, close to how people type Cyrillic
# words with a Latin keyboard (and back). Ambiguous letters fold to one spelling.
_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "e",
    "є": "e", "ж": "j", "з": "z", "и": "i", "і": "i", "ї": "i", "й": "i", "к": "k",
    "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "h", "ц": "t", "ч": "c", "ш": "s", "щ": "s", "ъ": "",
    "ы": "i", "ь": "", "э": "e", "ю": "iu", "я": "ia",
}  # fmt: skip
# Latin spellings that sound alike: fold them as well, so "kazier" meets "cazier".
_LATIN = str.maketrans({"k": "c", "q": "c", "w": "v", "y": "i", "x": "cs"})


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    # NFKD turns й into и + breve and ї into і + diaeresis; both fold to "i" anyway.
    latin = "".join(_CYRILLIC.get(ch, ch) for ch in plain)
    return latin.translate(_LATIN)


def words(text: str) -> list[str]:
    folded = fold(text)
    cleaned = "".join(ch if ch.isalnum() else " " for ch in folded)
    return cleaned.split()
