"""Fixtures: one private cupsd for the session, a fresh cups-pdf queue per test."""

from tests.cups_server import cups_server, pdf_queue

__all__ = ["cups_server", "pdf_queue"]
