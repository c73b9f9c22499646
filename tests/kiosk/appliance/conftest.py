from tests.cups_server import cups_server, pdf_queue

__all__ = ["cups_server", "pdf_queue"]
