"""Run the portal on uvicorn; with `--port 0` announce the bound port as a JSON line."""

from __future__ import annotations

import asyncio
import json
import socket
import sys

import uvicorn

from portal.api.app import create_app
from portal.config import Settings
from portal.logging_setup import configure_logging, log_event
from portal.storage.engine import make_engine
from portal.storage.migrate import upgrade


class AnnouncingServer(uvicorn.Server):
    """Prints `{"event": "listening", "port": N}` on stdout once it accepts connections."""

    def __init__(self, config: uvicorn.Config, sock: socket.socket) -> None:
        super().__init__(config)
        self._sock = sock

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets=sockets)
        if not self.should_exit:
            port = self._sock.getsockname()[1]
            sys.stdout.write(json.dumps({"event": "listening", "port": port}) + "\n")
            sys.stdout.flush()


def serve(settings: Settings, host: str, port: int) -> None:
    configure_logging()
    engine = make_engine(settings.db)
    upgrade(engine)
    app = create_app(settings, engine)
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP explicitly: asyncio sets TCP_NODELAY only on sockets that say so, and
    # without it every response waits ~40 ms for Nagle + delayed ACK on keep-alive.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.set_inheritable(True)
    config = uvicorn.Config(
        app,
        # Uvicorn's access log prints full URLs, and query strings hold access codes.
        access_log=False,
        log_level="warning",
        lifespan="off",
        timeout_graceful_shutdown=5,
    )
    server = AnnouncingServer(config, sock)
    log_event("starting", host=host, dialect=engine.dialect.name)
    try:
        asyncio.run(server.serve(sockets=[sock]))
    finally:
        engine.dispose()
        log_event("stopped")
