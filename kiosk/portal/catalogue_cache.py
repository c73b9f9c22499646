"""The portal's catalogue and forms, cached on disk so the kiosk works when the portal is down.

Neither holds personal data, so they are plain JSON files in the cache directory,
each stored with the ETag it came with: a refresh costs a 304 when nothing
changed. Writes go to a temporary file and are renamed over the old one, so a
power cut leaves the previous copy, never half a file.

The catalogue comes from ``GET /catalogue`` (every language in one answer, the
shape of ``resources/demo/catalogue.json``). Portals without that endpoint (404)
are asked ``GET /services`` once per language, and the answers are merged into
the same multilingual shape.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal
from urllib.parse import quote

from kiosk.atomic_write import write_atomically
from kiosk.portal import response_fields as f
from kiosk.portal.catalogue_models import (
    CatalogueDocument,
    CataloguePage,
    FormDocument,
    NotModified,
)
from kiosk.portal.client import PortalClient
from kiosk.portal.errors import PortalBadResponse, PortalError, PortalNotFound

log = logging.getLogger("kiosk.portal.catalogue_cache")

CATALOGUE_FILE = "catalogue.json"
FORMS_DIR = "forms"
_SERVICE_KEYS = (
    "code",
    "kind",
    "group",
    "jurisdiction",
    "name",
    "description",
    "documents",
    "fee",
    "duration",
    "keywords",
    "form_version",
)


class CatalogueUnavailable(Exception):
    """Neither the portal nor the disk cache could provide it (first start, offline)."""

    def __init__(self, message: str, cause: PortalError | None = None) -> None:
        super().__init__(message)
        self.cause = cause


@dataclass(frozen=True)
class CatalogueResult:
    """A catalogue in the kiosk's shape, and where it came from."""

    catalogue: dict[str, Any]
    source: Literal["portal", "not_modified", "cache"]
    changeset: str | None
    error: PortalError | None = None  # why the cache was used, when it was


class CatalogueCache:
    def __init__(self, cache_dir: Path, client: PortalClient) -> None:
        self._dir = cache_dir
        self._client = client

    # Catalogue.

    async def load_catalogue(self, languages: Sequence[str]) -> dict[str, Any]:
        """The catalogue in the kiosk's shape, for ``languages``: fresh if possible, else cached.

        Raises :class:`CatalogueUnavailable` only when the portal cannot be asked and
        nothing was ever cached.
        """
        return (await self.refresh_catalogue(languages)).catalogue

    async def refresh_catalogue(self, languages: Sequence[str]) -> CatalogueResult:
        cached = self._read_json(self._dir / CATALOGUE_FILE)
        etag = cached.get("etag") if cached else None
        try:
            answer = await self._client.catalogue(etag=etag if isinstance(etag, str) else None)
        except PortalNotFound:
            # A portal without /catalogue: build the same shape from /services per language.
            return await self._refresh_from_services(languages, cached)
        except PortalError as error:
            return self._from_cache(languages, cached, error)
        if isinstance(answer, NotModified) and cached is not None:
            log.info("catalogue.not_modified")
            return CatalogueResult(
                _for_languages(cached["catalogue"], languages),
                "not_modified",
                cached.get("changeset"),
            )
        if isinstance(answer, NotModified):  # 304 without a cache: the portal is confused
            return self._from_cache(
                languages, None, PortalBadResponse("GET /catalogue: 304 without If-None-Match")
            )
        document = _validated(answer)
        self._write_json(
            self._dir / CATALOGUE_FILE,
            {
                "etag": answer.etag,
                "changeset": answer.changeset,
                "fetched_at": time.time(),
                "catalogue": document,
            },
        )
        log.info("catalogue.refreshed", extra={"services": len(document["services"])})
        return CatalogueResult(_for_languages(document, languages), "portal", answer.changeset)

    def cached_catalogue(self, languages: Sequence[str]) -> dict[str, Any] | None:
        """What is on disk, without asking the portal (instant start-up)."""
        cached = self._read_json(self._dir / CATALOGUE_FILE)
        return None if cached is None else _for_languages(cached["catalogue"], languages)

    async def _refresh_from_services(
        self, languages: Sequence[str], cached: dict[str, Any] | None
    ) -> CatalogueResult:
        pages: dict[str, CataloguePage] = {}
        try:
            for language in languages:
                pages[language] = await self._client.services(language=language)
        except PortalError as error:
            return self._from_cache(languages, cached, error)
        document = merge_service_pages(pages)
        changeset = next(iter(pages.values())).changeset if pages else None
        self._write_json(
            self._dir / CATALOGUE_FILE,
            {
                "etag": None,
                "changeset": changeset,
                "fetched_at": time.time(),
                "catalogue": document,
            },
        )
        log.info("catalogue.refreshed_per_language", extra={"languages": len(pages)})
        return CatalogueResult(document, "portal", changeset)

    def _from_cache(
        self, languages: Sequence[str], cached: dict[str, Any] | None, error: PortalError
    ) -> CatalogueResult:
        if cached is None:
            raise CatalogueUnavailable("no catalogue: portal unavailable and nothing cached", error)
        log.warning(
            "catalogue.from_cache", extra={"error": type(error).__name__, "status": error.status}
        )
        return CatalogueResult(
            _for_languages(cached["catalogue"], languages), "cache", cached.get("changeset"), error
        )

    # Forms.

    async def form(self, service_code: str) -> FormDocument:
        """The service's current form: fresh (or confirmed by 304), else the cached copy."""
        path = self._form_path(service_code)
        cached = self._read_json(path)
        cached_form = _form_from_cache(service_code, cached)
        try:
            answer = await self._client.form(
                service_code, etag=cached_form.etag if cached_form else None
            )
        except PortalError as error:
            if cached_form is None or not error.transient:
                raise
            log.warning(
                "form.from_cache", extra={"service": service_code, "error": type(error).__name__}
            )
            return cached_form
        if isinstance(answer, NotModified):
            if cached_form is None:
                raise PortalBadResponse("GET /services/{code}/form: 304 without If-None-Match")
            return cached_form
        self._write_json(path, {"etag": answer.etag, "form": answer.to_json()})
        log.info("form.refreshed", extra={"service": service_code})
        return answer

    def cached_form(self, service_code: str) -> FormDocument | None:
        return _form_from_cache(service_code, self._read_json(self._form_path(service_code)))

    # Files.

    def _form_path(self, service_code: str) -> Path:
        return self._dir / FORMS_DIR / (quote(service_code, safe="") + ".json")

    def _read_json(self, path: Path) -> dict[str, Any] | None:
        try:
            document = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError):
            log.warning("cache.unreadable", extra={"file": path.name})
            return None
        if not isinstance(document, dict):
            return None
        return document

    def _write_json(self, path: Path, document: dict[str, Any]) -> None:
        write_atomically(path, json.dumps(document, ensure_ascii=False).encode("utf-8"))


def merge_service_pages(pages: dict[str, CataloguePage]) -> dict[str, Any]:
    """``GET /services`` answers, one per language, as one multilingual catalogue."""
    services: dict[str, dict[str, Any]] = {}
    groups: dict[str, dict[str, Any]] = {}
    for language, page in pages.items():
        for group in page.groups:
            code = f.text(group, "code", "services.groups")
            entry = groups.setdefault(code, {"code": code, "name": {}})
            entry["name"][language] = f.text(group, "name", "services.groups")
        for item in page.services:
            where = "services.services"
            code = f.text(item, "code", where)
            entry = services.setdefault(
                code,
                {
                    "code": code,
                    "kind": f.text(item, "kind", where),
                    "group": f.text(item, "group", where),
                    "jurisdiction": f.text(item, "jurisdiction", where),
                    "name": {},
                    "description": {},
                    "documents": {},
                    "fee": None,
                    "duration": {},
                    "keywords": {},
                    "form_version": f.optional_text(item, "form_version", where),
                },
            )
            entry["name"][language] = f.text(item, "name", where)
            entry["description"][language] = f.text(item, "description", where)
            entry["documents"][language] = f.texts(item, "documents", where)
            entry["duration"][language] = f.text(item, "duration", where)
            entry["keywords"][language] = f.texts(item, "keywords", where)
            fee = f.optional_obj(item, "fee", where)
            if fee is not None:
                merged = entry["fee"] or {
                    "amount": f.text(fee, "amount", where + ".fee"),
                    "currency": f.text(fee, "currency", where + ".fee"),
                    "note": {},
                }
                merged["note"][language] = f.text(fee, "note", where + ".fee")
                entry["fee"] = merged
            group_name = item.get("group_name")
            if isinstance(group_name, str) and entry["group"] not in groups:
                groups[entry["group"]] = {"code": entry["group"], "name": {language: group_name}}
            elif isinstance(group_name, str):
                groups[entry["group"]]["name"].setdefault(language, group_name)
    return {"groups": list(groups.values()), "services": list(services.values())}


def _validated(answer: CatalogueDocument) -> dict[str, Any]:
    document = answer.to_json()
    for service in document["services"]:
        missing = [key for key in _SERVICE_KEYS if key not in service]
        if missing:
            raise PortalBadResponse(f"catalogue.services: missing {missing[0]}")
    return document


def _for_languages(catalogue: dict[str, Any], languages: Sequence[str]) -> dict[str, Any]:
    """Keep only ``languages`` in every multilingual field (all of them if empty)."""
    if not languages:
        return catalogue
    wanted = set(languages)

    def texts(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: v for k, v in value.items() if k in wanted}
        return value

    services = []
    for service in catalogue["services"]:
        entry = {key: service.get(key) for key in _SERVICE_KEYS}
        for key in ("name", "description", "documents", "duration", "keywords"):
            entry[key] = texts(entry[key])
        if isinstance(entry["fee"], dict):
            entry["fee"] = {**entry["fee"], "note": texts(entry["fee"].get("note"))}
        services.append(entry)
    groups = [{"code": g["code"], "name": texts(g["name"])} for g in catalogue["groups"]]
    return {"groups": groups, "services": services}


def _form_from_cache(service_code: str, cached: dict[str, Any] | None) -> FormDocument | None:
    if cached is None or not isinstance(cached.get("form"), dict):
        return None
    try:
        return FormDocument.from_json(service_code, cached["form"], etag=cached.get("etag"))
    except PortalBadResponse:
        return None
