"""The six UI languages and `Accept-Language` negotiation."""

from __future__ import annotations

LANGUAGES: tuple[str, ...] = ("ro", "ru", "uk", "bg", "hu", "en")
DEFAULT_LANGUAGE = "ro"


def negotiate(accept_language: str | None, default: str = DEFAULT_LANGUAGE) -> str:
    """Best supported language for an `Accept-Language` header (RFC 9110 q-values)."""
    if not accept_language:
        return default
    ranked: list[tuple[float, int, str]] = []
    for position, part in enumerate(accept_language.split(",")):
        pieces = part.strip().split(";")
        tag = pieces[0].strip().lower()
        quality = 1.0
        for param in pieces[1:]:
            name, _, value = param.strip().partition("=")
            if name.strip() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if tag and quality > 0:
            ranked.append((-quality, position, tag))
    for _, _, tag in sorted(ranked):
        if tag == "*":
            return default
        primary = tag.split("-")[0]
        if primary in LANGUAGES:
            return primary
        # Moldovan is Romanian (mo/ro-MD); Ukrainian clients sometimes send `ua`.
        if primary == "mo":
            return "ro"
        if primary == "ua":
            return "uk"
    return default


def pick(texts: dict[str, str], language: str) -> str:
    """Text in `language`, falling back to English, then Romanian."""
    return texts.get(language) or texts.get("en") or texts.get("ro") or ""
