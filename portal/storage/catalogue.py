"""Service catalogue storage: groups, services, form versions and the changeset marker."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select

from portal.clock import utc_now
from portal.storage.tables import form_versions, meta, service_groups, services

CHANGESET_KEY = "catalogue_changeset"


@dataclass(frozen=True)
class ServiceRecord:
    code: str
    kind: str
    group: str
    jurisdiction: str
    names: dict[str, str]
    descriptions: dict[str, str]
    documents: dict[str, list[str]]
    fee: dict[str, Any] | None
    durations: dict[str, str]
    keywords: dict[str, list[str]]
    form_version: str | None
    term_days: int
    registers_later: bool

    def catalogue_entry(self) -> dict[str, Any]:
        """The entry exactly as in `resources/demo/catalogue.json` (all six languages)."""
        return {
            "code": self.code,
            "kind": self.kind,
            "group": self.group,
            "jurisdiction": self.jurisdiction,
            "name": self.names,
            "description": self.descriptions,
            "documents": self.documents,
            "fee": self.fee,
            "duration": self.durations,
            "keywords": self.keywords,
            "form_version": self.form_version,
        }


@dataclass(frozen=True)
class FormRecord:
    service_code: str
    version: str
    document: dict[str, Any]
    etag: str


def canonical_json(value: Any) -> str:
    """Stable text for hashing: sorted keys, no whitespace, UTF-8 kept as is."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _sha256(value: Any) -> str:
    return hashlib.sha256(canonical_json(value).encode("utf-8")).hexdigest()


def _service(row: Any) -> ServiceRecord:
    return ServiceRecord(
        code=row.code,
        kind=row.kind,
        group=row.group_code,
        jurisdiction=row.jurisdiction,
        names=row.names,
        descriptions=row.descriptions,
        documents=row.documents,
        fee=row.fee,
        durations=row.durations,
        keywords=row.keywords,
        form_version=row.form_version,
        term_days=row.term_days,
        registers_later=row.registers_later,
    )


def upsert_group(conn: Connection, code: str, names: dict[str, str], position: int) -> None:
    values = {"names": names, "position": position}
    updated = conn.execute(
        service_groups.update().where(service_groups.c.code == code).values(**values)
    )
    if updated.rowcount == 0:
        conn.execute(service_groups.insert().values(code=code, **values))


def upsert_service(
    conn: Connection,
    entry: dict[str, Any],
    *,
    term_days: int,
    position: int,
    registers_later: bool = False,
) -> None:
    """Insert or update one service from a catalogue entry (catalogue.json shape)."""
    values = {
        "kind": entry["kind"],
        "group_code": entry["group"],
        "jurisdiction": entry["jurisdiction"],
        "names": entry["name"],
        "descriptions": entry["description"],
        "documents": entry["documents"],
        "fee": entry["fee"],
        "durations": entry["duration"],
        "keywords": entry["keywords"],
        "form_version": entry["form_version"],
        "term_days": term_days,
        "registers_later": registers_later,
        "position": position,
    }
    updated = conn.execute(
        services.update().where(services.c.code == entry["code"]).values(**values)
    )
    if updated.rowcount == 0:
        conn.execute(services.insert().values(code=entry["code"], **values))


def add_form_version(
    conn: Connection, service_code: str, version: str, document: dict[str, Any]
) -> str:
    """Store a form version (replacing same-numbered content) and return its ETag."""
    etag = f'"{service_code}@{version}-{_sha256(document)[:16]}"'
    key = (form_versions.c.service_code == service_code) & (form_versions.c.version == version)
    updated = conn.execute(form_versions.update().where(key).values(document=document, etag=etag))
    if updated.rowcount == 0:
        conn.execute(
            form_versions.insert().values(
                service_code=service_code,
                version=version,
                document=document,
                etag=etag,
                created_at=utc_now(),
            )
        )
    return etag


def list_groups(conn: Connection) -> list[tuple[str, dict[str, str]]]:
    rows = conn.execute(select(service_groups).order_by(service_groups.c.position))
    return [(row.code, row.names) for row in rows]


def list_services(
    conn: Connection, kind: str | None = None, jurisdiction: str | None = None
) -> list[ServiceRecord]:
    query = select(services).order_by(services.c.position, services.c.code)
    if kind is not None:
        query = query.where(services.c.kind == kind)
    if jurisdiction is not None:
        query = query.where(services.c.jurisdiction == jurisdiction)
    return [_service(row) for row in conn.execute(query)]


def get_service(conn: Connection, code: str) -> ServiceRecord | None:
    row = conn.execute(select(services).where(services.c.code == code)).first()
    return _service(row) if row is not None else None


def get_form(conn: Connection, service_code: str, version: str) -> FormRecord | None:
    row = conn.execute(
        select(form_versions).where(
            (form_versions.c.service_code == service_code) & (form_versions.c.version == version)
        )
    ).first()
    if row is None:
        return None
    return FormRecord(row.service_code, row.version, row.document, row.etag)


def full_catalogue(conn: Connection) -> dict[str, Any]:
    """The whole catalogue in the `resources/demo/catalogue.json` shape."""
    return {
        "groups": [{"code": code, "name": names} for code, names in list_groups(conn)],
        "services": [service.catalogue_entry() for service in list_services(conn)],
    }


def refresh_changeset(conn: Connection) -> str:
    """Recompute the marker from catalogue and form content; call after any catalogue change."""
    forms = conn.execute(
        select(
            form_versions.c.service_code, form_versions.c.version, form_versions.c.etag
        ).order_by(form_versions.c.service_code, form_versions.c.version)
    ).all()
    marker = _sha256({"catalogue": full_catalogue(conn), "forms": [list(f) for f in forms]})[:20]
    updated = conn.execute(meta.update().where(meta.c.key == CHANGESET_KEY).values(value=marker))
    if updated.rowcount == 0:
        conn.execute(meta.insert().values(key=CHANGESET_KEY, value=marker))
    return marker


def changeset(conn: Connection) -> str:
    value = conn.execute(select(meta.c.value).where(meta.c.key == CHANGESET_KEY)).scalar()
    return value or "empty"
