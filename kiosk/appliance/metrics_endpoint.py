"""The Prometheus metrics endpoint: plain HTTP on 127.0.0.1 only, in a daemon thread.

Loopback only: a municipality's Prometheus reaches it through its own agent on the
kiosk (or reads the same figures from the portal's heartbeats), never over the network.
"""

from __future__ import annotations

import logging
import threading
from wsgiref.simple_server import WSGIServer

from prometheus_client import CollectorRegistry, start_http_server

log = logging.getLogger("kiosk.appliance")

LOOPBACK = "127.0.0.1"


class MetricsEndpoint:
    def __init__(self, server: WSGIServer, thread: threading.Thread) -> None:
        self._server = server
        self._thread = thread

    @classmethod
    def start(cls, registry: CollectorRegistry, port: int) -> MetricsEndpoint | None:
        """Serve `registry` on 127.0.0.1:`port` (0: any free port); None when it cannot."""
        try:
            server, thread = start_http_server(port, addr=LOOPBACK, registry=registry)
        except OSError as error:
            # A busy port must not stop the kiosk: it only means no local metrics.
            log.error("metrics_endpoint_failed", extra={"port": port, "error": error.strerror})
            return None
        endpoint = cls(server, thread)
        log.info("metrics_endpoint_started", extra={"port": endpoint.port})
        return endpoint

    @property
    def port(self) -> int:
        return int(self._server.server_port)

    @property
    def url(self) -> str:
        return f"http://{LOOPBACK}:{self.port}/metrics"

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)
