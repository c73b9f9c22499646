"""`seed --demo`: load the multilingual catalogue, forms, offices, slots and obligations."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Engine

from portal.clock import UTC, utc_now
from portal.demo.forms import DEMO_FORMS
from portal.demo.obligations import demo_obligations
from portal.demo.offices import DEMO_OFFICES
from portal.demo.service_terms import DEFAULT_TERM_DAYS, REGISTERS_LATER, TERM_DAYS
from portal.storage import appointments as appointment_store
from portal.storage import catalogue as catalogue_store
from portal.storage import payments as payment_store
from portal.storage.migrate import upgrade
from portal.storage.transactions import writing

# The kiosk reads the same file as its offline catalogue: the content exists once.
DEFAULT_CATALOGUE = Path(__file__).resolve().parents[2] / "resources" / "demo" / "catalogue.json"
SLOT_DAYS_AHEAD = 28


def load_catalogue(path: Path = DEFAULT_CATALOGUE) -> dict[str, Any]:
    with path.open(encoding="utf-8") as handle:
        catalogue: dict[str, Any] = json.load(handle)
    return catalogue


def seed_demo(engine: Engine, catalogue_path: Path = DEFAULT_CATALOGUE) -> dict[str, int]:
    """Create or refresh the demo content; safe to run again on the same database."""
    upgrade(engine)
    catalogue = load_catalogue(catalogue_path)
    with writing(engine) as conn:
        for position, group in enumerate(catalogue["groups"]):
            catalogue_store.upsert_group(conn, group["code"], group["name"], position)
        for position, entry in enumerate(catalogue["services"]):
            catalogue_store.upsert_service(
                conn,
                entry,
                term_days=TERM_DAYS.get(entry["code"], DEFAULT_TERM_DAYS),
                registers_later=entry["code"] in REGISTERS_LATER,
                position=position,
            )
            if entry["form_version"] is not None:
                document = DEMO_FORMS[entry["code"]]()
                catalogue_store.add_form_version(
                    conn, entry["code"], entry["form_version"], document
                )
        catalogue_store.refresh_changeset(conn)
        slots = _seed_offices_and_slots(conn)
        year = dt.datetime.now(UTC).year
        for obligation in demo_obligations(year):
            payment_store.add_obligation(
                conn,
                obligation_id=obligation.id,
                personal_id=obligation.personal_id,
                service_code=obligation.service_code,
                category=obligation.category,
                descriptions=obligation.descriptions,
                period=obligation.period,
                amount_minor=obligation.amount_minor,
                currency=obligation.currency,
                due_date=obligation.due_date,
            )
    return {"services": len(catalogue["services"]), "slots": slots}


def _seed_offices_and_slots(conn: Any) -> int:
    added = 0
    for demo in DEMO_OFFICES:
        office = appointment_store.Office(
            demo.code, demo.jurisdiction, demo.names, demo.address, demo.timezone
        )
        appointment_store.add_office(conn, office, list(demo.services))
        zone = ZoneInfo(demo.timezone)
        today = dt.datetime.now(zone).date()
        for offset in range(1, SLOT_DAYS_AHEAD + 1):
            day = today + dt.timedelta(days=offset)
            if day.weekday() not in demo.weekdays:
                continue
            first = dt.datetime.combine(day, dt.time(*demo.first_slot), tzinfo=zone)
            for index in range(demo.slots_per_day):
                local_start = first + dt.timedelta(minutes=demo.slot_minutes * index)
                starts_at = local_start.astimezone(UTC).replace(tzinfo=None)
                if starts_at <= utc_now():
                    continue
                for service_code in demo.services:
                    added += appointment_store.add_slot(
                        conn, demo.code, service_code, starts_at, demo.slot_minutes
                    )
    return added
