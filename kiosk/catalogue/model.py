"""The multilingual service catalogue (shape of resources/demo/catalogue.json).

Every user-visible field is a mapping from language code to text, so the
kiosk can switch language live without asking the portal again.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DEMO_CATALOGUE = Path(__file__).resolve().parents[2] / "resources" / "demo" / "catalogue.json"

Localized = dict[str, str]


class CatalogueError(ValueError):
    """The catalogue file is not usable; the message says where and why."""


def pick(texts: Localized, language: str, fallback: str = "en") -> str:
    return texts.get(language) or texts.get(fallback) or next(iter(texts.values()), "")


@dataclass(frozen=True, slots=True)
class Fee:
    amount: str
    currency: str
    note: Localized | None


@dataclass(frozen=True, slots=True)
class Service:
    code: str
    kind: str
    group: str
    jurisdiction: str
    name: Localized
    description: Localized
    documents: dict[str, list[str]]
    fee: Fee | None
    duration: Localized
    keywords: dict[str, list[str]]
    form_version: str


@dataclass(frozen=True, slots=True)
class Group:
    code: str
    name: Localized


@dataclass(frozen=True, slots=True)
class Catalogue:
    groups: tuple[Group, ...]
    services: tuple[Service, ...]

    def service(self, code: str) -> Service | None:
        return next((s for s in self.services if s.code == code), None)

    def for_jurisdiction(self, jurisdiction: str) -> Catalogue:
        return Catalogue(
            self.groups, tuple(s for s in self.services if s.jurisdiction == jurisdiction)
        )


def _texts(raw: Any, where: str) -> Localized:
    if not isinstance(raw, dict) or not all(isinstance(v, str) for v in raw.values()):
        raise CatalogueError(f"{where}: expected texts by language")
    return dict(raw)


def _lists(raw: Any, where: str) -> dict[str, list[str]]:
    if not isinstance(raw, dict):
        raise CatalogueError(f"{where}: expected lists by language")
    result: dict[str, list[str]] = {}
    for code, items in raw.items():
        if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
            raise CatalogueError(f"{where}.{code}: expected a list of texts")
        result[code] = list(items)
    return result


def parse_catalogue(data: Any) -> Catalogue:
    if not isinstance(data, dict):
        raise CatalogueError("catalogue: expected an object")
    groups = tuple(
        Group(str(g["code"]), _texts(g["name"], f"groups[{i}].name"))
        for i, g in enumerate(data.get("groups", []))
    )
    services = []
    for i, raw in enumerate(data.get("services", [])):
        where = f"services[{i}]"
        try:
            fee_raw = raw.get("fee")
            fee = (
                Fee(
                    str(fee_raw["amount"]),
                    str(fee_raw["currency"]),
                    _texts(fee_raw["note"], f"{where}.fee.note") if fee_raw.get("note") else None,
                )
                if fee_raw
                else None
            )
            services.append(
                Service(
                    code=str(raw["code"]),
                    kind=str(raw["kind"]),
                    group=str(raw["group"]),
                    jurisdiction=str(raw.get("jurisdiction", "")),
                    name=_texts(raw["name"], f"{where}.name"),
                    description=_texts(raw.get("description", {}), f"{where}.description"),
                    documents=_lists(raw.get("documents", {}), f"{where}.documents"),
                    fee=fee,
                    duration=_texts(raw.get("duration", {}), f"{where}.duration"),
                    keywords=_lists(raw.get("keywords", {}), f"{where}.keywords"),
                    form_version=str(raw.get("form_version") or ""),
                )
            )
        except (KeyError, TypeError, AttributeError) as error:
            raise CatalogueError(f"{where}: missing or malformed {error}") from None
    return Catalogue(groups, tuple(services))


def load_catalogue_file(path: Path = DEMO_CATALOGUE) -> Catalogue:
    try:
        return parse_catalogue(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, json.JSONDecodeError) as error:
        raise CatalogueError(f"{path}: {error}") from None
