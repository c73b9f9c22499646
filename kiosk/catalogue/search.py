"""'What do you need?': typo-tolerant search over service names and keywords in every language."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.catalogue.model import Catalogue, Service
from kiosk.catalogue.normalize import words


def _distance_at_most_one(a: str, b: str) -> bool:
    """True when a and b differ by at most one edit (insert, delete, substitute, swap)."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diffs = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        if len(diffs) == 1:
            return True
        return len(diffs) == 2 and diffs[1] == diffs[0] + 1 and a[diffs[0]] == b[diffs[1]]
    short, long = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long[i]:
        i += 1
    return short[i:] == long[i + 1 :]


def _word_matches(query: str, word: str) -> float:
    if word.startswith(query):
        return 1.0
    if len(query) >= 4 and _distance_at_most_one(query, word[: len(query)]):
        return 0.7
    if len(query) >= 5 and _distance_at_most_one(query, word):
        return 0.7
    return 0.0


@dataclass(frozen=True, slots=True)
class SearchIndex:
    entries: tuple[tuple[Service, frozenset[str], frozenset[str]], ...]

    @classmethod
    def build(cls, catalogue: Catalogue) -> SearchIndex:
        entries = []
        for service in catalogue.services:
            name_words = {w for text in service.name.values() for w in words(text)}
            keyword_words = {
                w for items in service.keywords.values() for text in items for w in words(text)
            }
            entries.append((service, frozenset(name_words), frozenset(keyword_words)))
        return cls(tuple(entries))

    def search(self, query: str, limit: int = 12) -> list[Service]:
        terms = [t for t in words(query) if len(t) >= 2]
        if not terms:
            return []
        scored: list[tuple[float, int, Service]] = []
        for position, (service, names, keywords) in enumerate(self.entries):
            total = 0.0
            for term in terms:
                best = max(
                    max((_word_matches(term, w) * 1.2 for w in names), default=0.0),
                    max((_word_matches(term, w) for w in keywords), default=0.0),
                )
                if best == 0.0:
                    break
                total += best
            else:
                scored.append((total, -position, service))
        scored.sort(key=lambda item: (item[0], item[1]), reverse=True)
        return [service for _, _, service in scored[:limit]]
