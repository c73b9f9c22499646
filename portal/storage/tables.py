"""The portal's tables (SQLAlchemy Core). Migrations in `migrations/` create exactly these."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

meta = Table(
    "meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

service_groups = Table(
    "service_groups",
    metadata,
    Column("code", String(40), primary_key=True),
    Column("names", JSON, nullable=False),
    Column("position", Integer, nullable=False),
)

services = Table(
    "services",
    metadata,
    Column("code", String(80), primary_key=True),
    Column("kind", String(20), nullable=False),
    Column("group_code", String(40), ForeignKey("service_groups.code"), nullable=False),
    Column("jurisdiction", String(2), nullable=False),
    Column("names", JSON, nullable=False),
    Column("descriptions", JSON, nullable=False),
    Column("documents", JSON, nullable=False),
    Column("fee", JSON, nullable=True),
    Column("durations", JSON, nullable=False),
    Column("keywords", JSON, nullable=False),
    Column("form_version", String(20), nullable=True),
    # Legal answer term in calendar days; drives `expected_at`.
    Column("term_days", Integer, nullable=False),
    # True: submissions are accepted as `received` (202) and registered later by staff.
    Column("registers_later", Boolean, nullable=False, default=False),
    Column("position", Integer, nullable=False),
)

form_versions = Table(
    "form_versions",
    metadata,
    Column("service_code", String(80), ForeignKey("services.code"), primary_key=True),
    Column("version", String(20), primary_key=True),
    Column("document", JSON, nullable=False),
    Column("etag", String(80), nullable=False),
    Column("created_at", DateTime, nullable=False),
)

kiosks = Table(
    "kiosks",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(120), nullable=False, unique=True),
    Column("token_hash", String(64), nullable=True, unique=True),
    Column("status", String(10), nullable=False),  # active | revoked
    Column("created_at", DateTime, nullable=False),
    Column("last_seen_at", DateTime, nullable=True),
    Column("heartbeat", JSON, nullable=True),
)

enrolment_codes = Table(
    "enrolment_codes",
    metadata,
    Column("code_hash", String(64), primary_key=True),
    Column("kiosk_name", String(120), nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("expires_at", DateTime, nullable=False),
    Column("used_at", DateTime, nullable=True),
)

registration_counters = Table(
    "registration_counters",
    metadata,
    Column("year", Integer, primary_key=True, autoincrement=False),
    Column("last_value", Integer, nullable=False),
)

submissions = Table(
    "submissions",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("service_code", String(80), ForeignKey("services.code"), nullable=False),
    Column("form_version", String(20), nullable=True),
    Column("registration_number", String(20), nullable=True, unique=True),
    Column("access_code_hash", String(64), nullable=False),
    Column("status", String(20), nullable=False),
    Column("data", JSON, nullable=False),
    Column("applicant", JSON, nullable=True),
    Column("contact", JSON, nullable=True),
    Column("assisted_by", JSON, nullable=True),
    Column("locale", String(5), nullable=False),
    Column("client_reference", String(80), nullable=True),
    Column("kiosk_id", Integer, ForeignKey("kiosks.id"), nullable=True),
    Column("source", String(10), nullable=False),  # api | open311
    Column("open311_token", String(40), nullable=True, unique=True),
    Column("received_at", DateTime, nullable=False),
    Column("registered_at", DateTime, nullable=True),
    Column("expected_at", DateTime, nullable=True),
    Column("updated_at", DateTime, nullable=False),
    UniqueConstraint("kiosk_id", "client_reference", name="uq_submissions_kiosk_reference"),
    Index("ix_submissions_service_received", "service_code", "received_at"),
)

status_history = Table(
    "status_history",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("submission_id", String(36), ForeignKey("submissions.id"), nullable=False),
    Column("status", String(20), nullable=False),
    Column("note", Text, nullable=True),
    Column("at", DateTime, nullable=False),
    Index("ix_status_history_submission", "submission_id", "id"),
)

idempotency_keys = Table(
    "idempotency_keys",
    metadata,
    Column("kiosk_id", Integer, ForeignKey("kiosks.id"), primary_key=True),
    Column("key", String(255), primary_key=True),
    Column("request_hash", String(64), nullable=False),
    Column("state", String(10), nullable=False),  # in_flight | done
    Column("response_status", Integer, nullable=True),
    Column("response_body", JSON, nullable=True),
    Column("response_headers", JSON, nullable=True),
    Column("created_at", DateTime, nullable=False),
    Column("completed_at", DateTime, nullable=True),
    Index("ix_idempotency_keys_created", "created_at"),
)

offices = Table(
    "offices",
    metadata,
    Column("code", String(60), primary_key=True),
    Column("jurisdiction", String(2), nullable=False),
    Column("names", JSON, nullable=False),
    Column("address", Text, nullable=False),
    Column("timezone", String(40), nullable=False),
)

office_services = Table(
    "office_services",
    metadata,
    Column("office_code", String(60), ForeignKey("offices.code"), primary_key=True),
    Column("service_code", String(80), ForeignKey("services.code"), primary_key=True),
)

appointment_slots = Table(
    "appointment_slots",
    metadata,
    Column("id", String(200), primary_key=True),
    Column("office_code", String(60), ForeignKey("offices.code"), nullable=False),
    Column("service_code", String(80), ForeignKey("services.code"), nullable=False),
    Column("starts_at", DateTime, nullable=False),
    Column("ends_at", DateTime, nullable=False),
    Column("state", String(10), nullable=False),  # free | held | booked
    Column("held_until", DateTime, nullable=True),
    Column("appointment_id", String(36), nullable=True),
    Index("ix_appointment_slots_lookup", "service_code", "office_code", "starts_at"),
)

appointments = Table(
    "appointments",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("slot_id", String(200), ForeignKey("appointment_slots.id"), nullable=False),
    Column("service_code", String(80), ForeignKey("services.code"), nullable=False),
    Column("office_code", String(60), ForeignKey("offices.code"), nullable=False),
    Column("status", String(12), nullable=False),  # reserved | confirmed | cancelled | expired
    Column("hold_expires_at", DateTime, nullable=False),
    Column("access_code_hash", String(64), nullable=False),
    Column("applicant", JSON, nullable=False),
    Column("contact", JSON, nullable=True),
    Column("locale", String(5), nullable=False),
    Column("client_reference", String(80), nullable=True),
    Column("kiosk_id", Integer, ForeignKey("kiosks.id"), nullable=True),
    Column("created_at", DateTime, nullable=False),
    Column("updated_at", DateTime, nullable=False),
)

obligations = Table(
    "obligations",
    metadata,
    Column("id", String(40), primary_key=True),
    # SHA-256 of the normalised personal ID: lookups work without storing the ID itself.
    Column("personal_id_hash", String(64), nullable=False),
    Column("service_code", String(80), ForeignKey("services.code"), nullable=False),
    Column("category", String(40), nullable=False),
    Column("descriptions", JSON, nullable=False),
    Column("period", String(20), nullable=False),
    Column("amount_minor", Integer, nullable=False),
    Column("currency", String(3), nullable=False),
    Column("due_date", Date, nullable=False),
    Column("status", String(10), nullable=False),  # unpaid | paid
    Index("ix_obligations_person", "personal_id_hash", "service_code"),
)

payment_orders = Table(
    "payment_orders",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("kiosk_id", Integer, ForeignKey("kiosks.id"), nullable=True),
    Column("service_code", String(80), ForeignKey("services.code"), nullable=False),
    Column("amount_minor", Integer, nullable=False),
    Column("currency", String(3), nullable=False),
    Column("status", String(10), nullable=False),  # pending | paid | expired
    Column("client_reference", String(80), nullable=True),
    Column("created_at", DateTime, nullable=False),
    Column("expires_at", DateTime, nullable=False),
    Column("paid_at", DateTime, nullable=True),
)

payment_order_items = Table(
    "payment_order_items",
    metadata,
    Column("order_id", String(36), ForeignKey("payment_orders.id"), primary_key=True),
    Column("obligation_id", String(40), ForeignKey("obligations.id"), primary_key=True),
)
