"""A real HTTP/1.1 server on loopback that misbehaves on purpose (fault-injection tests).

Written on raw asyncio streams rather than an ASGI framework because the faults
live below what frameworks let you do: lying Content-Length, closing mid-body,
trickling bytes, garbage instead of HTTP. Each connection carries one request
(``Connection: close``), answered by the test's handler.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import ssl
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field


@dataclass
class Request:
    method: str
    target: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    content_type: str | None = "application/json"
    headers: dict[str, str] = field(default_factory=dict)
    delay_s: float = 0.0  # before anything is sent
    trickle_s: float = 0.0  # pause between body bytes
    declared_length: int | None = None  # lie about Content-Length (truncation)
    raw: bytes | None = None  # send these bytes instead of an HTTP response

    @classmethod
    def json(cls, status: int, document: object, **kwargs: object) -> Reply:
        return cls(status, json.dumps(document).encode(), **kwargs)  # type: ignore[arg-type]

    @classmethod
    def problem(cls, status: int, code: str, **extra: object) -> Reply:
        headers = extra.pop("headers", {})
        document = {
            "type": f"urn:portal:problem:{code}",
            "title": f"title of {code}",
            "status": status,
            "code": code,
            **extra,
        }
        return cls(
            status, json.dumps(document).encode(), "application/problem+json", headers=headers
        )  # type: ignore[arg-type]


Handler = Callable[[Request], Awaitable[Reply] | Reply]

_REASONS = {
    200: "OK",
    201: "Created",
    202: "Accepted",
    302: "Found",
    304: "Not Modified",
    400: "Bad Request",
    401: "Unauthorized",
    404: "Not Found",
    409: "Conflict",
    422: "Unprocessable Content",
    429: "Too Many Requests",
    500: "Internal Server Error",
    503: "Service Unavailable",
}


class FaultServer:
    def __init__(
        self, handler: Handler, ssl_context: ssl.SSLContext | None = None, port: int = 0
    ) -> None:
        self.handler = handler
        self._requested_port = port
        self.requests: list[Request] = []
        self._ssl = ssl_context
        self._server: asyncio.Server | None = None
        self._connections: set[asyncio.Task[None]] = set()

    @property
    def port(self) -> int:
        assert self._server is not None
        return int(self._server.sockets[0].getsockname()[1])

    @property
    def url(self) -> str:
        scheme = "https" if self._ssl else "http"
        return f"{scheme}://127.0.0.1:{self.port}"

    async def start(self) -> None:
        self._server = await asyncio.start_server(
            self._serve, "127.0.0.1", self._requested_port, ssl=self._ssl
        )

    async def stop(self) -> None:
        assert self._server is not None
        self._server.close()
        for task in list(self._connections):
            task.cancel()
        await asyncio.gather(*self._connections, return_exceptions=True)
        await self._server.wait_closed()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._connections.add(task)
        try:
            request = await self._read(reader)
            if request is None:
                return
            self.requests.append(request)
            reply = self.handler(request)
            if not isinstance(reply, Reply):
                reply = await reply
            await self._write(writer, reply)
        except (ConnectionError, asyncio.IncompleteReadError, ssl.SSLError):
            pass
        finally:
            self._connections.discard(task)
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()

    async def _read(self, reader: asyncio.StreamReader) -> Request | None:
        head = await reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        method, target, _ = lines[0].split(" ", 2)
        headers: dict[str, str] = {}
        for line in lines[1:]:
            if line:
                name, _, value = line.partition(":")
                headers[name.strip().lower()] = value.strip()
        length = int(headers.get("content-length", "0"))
        body = await reader.readexactly(length) if length else b""
        return Request(method, target, headers, body)

    async def _write(self, writer: asyncio.StreamWriter, reply: Reply) -> None:
        if reply.delay_s:
            await asyncio.sleep(reply.delay_s)
        if reply.raw is not None:
            writer.write(reply.raw)
            await writer.drain()
            return
        length = len(reply.body) if reply.declared_length is None else reply.declared_length
        head = [
            f"HTTP/1.1 {reply.status} {_REASONS.get(reply.status, 'Status')}",
            f"Content-Length: {length}",
            "Connection: close",
        ]
        if reply.content_type:
            head.append(f"Content-Type: {reply.content_type}")
        head += [f"{k}: {v}" for k, v in reply.headers.items()]
        writer.write(("\r\n".join(head) + "\r\n\r\n").encode("latin-1"))
        if reply.trickle_s:
            for byte in reply.body:
                writer.write(bytes([byte]))
                await writer.drain()
                await asyncio.sleep(reply.trickle_s)
        else:
            writer.write(reply.body)
        await writer.drain()


@contextlib.asynccontextmanager
async def fault_server(
    handler: Handler, ssl_context: ssl.SSLContext | None = None, port: int = 0
) -> AsyncIterator[FaultServer]:
    server = FaultServer(handler, ssl_context, port)
    await server.start()
    try:
        yield server
    finally:
        await server.stop()
