"""Alembic migration scripts for the portal schema (run through `portal.storage.migrate`)."""
