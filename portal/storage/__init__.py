"""Persistence for the portal: SQLAlchemy Core tables on SQLite (WAL) or PostgreSQL."""
