"""Catalogue and form answers from the portal (not personal: safe to cache on disk)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from kiosk.portal import response_fields as f


@dataclass(frozen=True)
class NotModified:
    """304: the cached copy under ``etag`` is still current."""

    etag: str


@dataclass(frozen=True)
class Discovery:
    api_version: str
    jurisdictions: list[str]
    languages: list[str]
    changeset: str  # changes whenever the catalogue or a form changes
    server_time: str | None
    kiosk: str | None  # this kiosk's name, when the token is valid

    @classmethod
    def from_json(cls, document: Mapping[str, Any]) -> Discovery:
        where = "discovery"
        return cls(
            api_version=f.text(document, "api_version", where),
            jurisdictions=f.texts(document, "jurisdictions", where)
            if "jurisdictions" in document
            else [],
            languages=f.texts(document, "languages", where) if "languages" in document else [],
            changeset=str(document.get("changeset", "")),
            server_time=f.optional_text(document, "server_time", where),
            kiosk=f.optional_text(document, "kiosk", where),
        )


@dataclass(frozen=True)
class CataloguePage:
    """``GET /services`` in one language: services and groups as the portal sent them."""

    services: list[dict[str, Any]]
    groups: list[dict[str, Any]]
    changeset: str | None
    etag: str | None

    @classmethod
    def from_json(cls, document: Mapping[str, Any], *, etag: str | None) -> CataloguePage:
        where = "services"
        services = f.objects(document, "services", where)
        for service in services:
            f.text(service, "code", where + ".services")
        groups = f.objects(document, "groups", where) if "groups" in document else []
        changeset = document.get("changeset")
        return cls(
            services=services,
            groups=groups,
            changeset=None if changeset is None else str(changeset),
            etag=etag,
        )


@dataclass(frozen=True)
class CatalogueDocument:
    """``GET /catalogue``: every language at once, shaped like ``resources/demo/catalogue.json``."""

    groups: list[dict[str, Any]]
    services: list[dict[str, Any]]
    changeset: str | None
    etag: str | None

    @classmethod
    def from_json(cls, document: Mapping[str, Any], *, etag: str | None) -> CatalogueDocument:
        where = "catalogue"
        services = f.objects(document, "services", where)
        for service in services:
            f.text(service, "code", where + ".services")
        changeset = document.get("changeset")
        return cls(
            groups=f.objects(document, "groups", where),
            services=services,
            changeset=None if changeset is None else str(changeset),
            etag=etag,
        )

    def to_json(self) -> dict[str, Any]:
        """The kiosk's catalogue model input: exactly ``{"groups", "services"}``."""
        return {"groups": self.groups, "services": self.services}


@dataclass(frozen=True)
class FormDocument:
    """``GET /services/{code}/form``: JSON Schema, UI schema, messages and MRZ/chip prefill."""

    service_code: str
    schema: dict[str, Any]
    uischema: dict[str, Any]
    i18n: dict[str, Any]
    prefill: dict[str, Any]
    version: str | None
    etag: str | None

    @classmethod
    def from_json(
        cls, service_code: str, document: Mapping[str, Any], *, etag: str | None
    ) -> FormDocument:
        where = "form"
        return cls(
            service_code=service_code,
            schema=f.obj(document, "schema", where),
            uischema=f.obj(document, "uischema", where),
            i18n=f.optional_obj(document, "i18n", where) or {},
            prefill=f.optional_obj(document, "prefill", where) or {},
            version=_version(document),
            etag=etag,
        )

    def to_json(self) -> dict[str, Any]:
        document: dict[str, Any] = {
            "schema": self.schema,
            "uischema": self.uischema,
            "i18n": self.i18n,
            "prefill": self.prefill,
        }
        if self.version is not None:
            document["version"] = self.version
        return document


def _version(document: Mapping[str, Any]) -> str | None:
    for key in ("version", "form_version"):
        value = document.get(key)
        if isinstance(value, str):
            return value
    return None
