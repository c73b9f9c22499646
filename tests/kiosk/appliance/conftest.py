from tests.cups_server import cups_server, pdf_queue
from tests.kiosk.journeys.conftest import connected_portal

__all__ = ["connected_portal", "cups_server", "pdf_queue"]
