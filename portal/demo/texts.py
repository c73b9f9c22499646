"""A small helper that makes every user-visible demo text carry all six languages."""

from __future__ import annotations


def L(*, ro: str, ru: str, uk: str, bg: str, hu: str, en: str) -> dict[str, str]:
    """One text in Romanian, Russian, Ukrainian, Bulgarian, Hungarian and English."""
    return {"ro": ro, "ru": ru, "uk": uk, "bg": bg, "hu": hu, "en": en}
