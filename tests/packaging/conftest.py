from tests.cups_server import cups_server

__all__ = ["cups_server"]
