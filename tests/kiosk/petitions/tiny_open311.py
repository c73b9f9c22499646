"""A small, independent GeoReport v2 server that differs from the reference portal in allowed ways.

Numeric ``service_request_id``s assigned later (a POST answers only a token),
``jurisdiction_id`` required on every call, ``metadata``/``required`` as strings,
``keywords`` as a comma string, missing optional keys, extra keys, a required
``singlevaluelist`` attribute, a service whose required attribute is a photo,
errors as ``[{"code", "description"}]`` arrays, and failures on demand
(``fail_next``: e.g. one 503 with an HTML page; ``delay_next_s``: a slow answer).
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

API_KEY = "tiny-key-123"
JURISDICTION = "deva.example"

SERVICES: list[dict[str, Any]] = [
    {
        "service_code": 101,
        "service_name": "Pothole",
        "description": "A hole in the road or pavement",
        "metadata": "true",
        "type": "realtime",
        "keywords": "road, hole,asphalt",
        "group": "Streets",
        "x_internal_queue": 7,
    },
    {"service_code": "202", "service_name": "Overflowing bin", "metadata": "false"},
    {"service_code": "303", "service_name": "Graffiti (photo needed)", "metadata": True},
]

DEFINITIONS: dict[str, dict[str, Any]] = {
    "101": {
        "service_code": 101,
        "attributes": [
            {
                "variable": "true",
                "code": "hazard",
                "datatype": "singlevaluelist",
                "required": "true",
                "order": "1",
                "description": "How dangerous is it?",
                "values": [
                    {"key": 1, "name": "Cars swerve around it"},
                    {"key": 2, "name": "Someone fell or was hurt"},
                ],
            },
            {
                "code": "width",
                "datatype": "number",
                "required": False,
                "order": 3,
                "description": "About how wide is it, in metres?",
            },
            {
                "code": "first_seen",
                "datatype": "datetime",
                "order": 4,
                "description": "When did you first see it?",
            },
            {
                "code": "lanes",
                "datatype": "multivaluelist",
                "required": False,
                "order": 5,
                "description": "Which lanes?",
                "values": [
                    {"key": "left", "name": "Left lane"},
                    {"key": "right", "name": "Right lane"},
                ],
            },
            {
                "code": "crew.note",
                "datatype": "string",
                "order": 6,
                "description": "Anything the crew should know?",
            },
            {
                "variable": False,
                "code": "info",
                "datatype": "string",
                "order": 7,
                "description": "Crews come within a week.",
            },
        ],
    },
    "303": {
        "attributes": [
            {"code": "photo", "datatype": "image", "required": True, "description": "Photo"}
        ]
    },
}


@dataclass
class Filed:
    token: str
    service_code: str
    fields: list[tuple[str, str]]
    request_id: int | None = None
    status: str = "open"
    notes: str | None = None


@dataclass
class TinyOpen311:
    url: str = ""
    filed: list[Filed] = field(default_factory=list)
    fail_next: list[int] = field(default_factory=list)
    delay_next_s: float = 0.0
    next_id: int = 7001
    lock: threading.Lock = field(default_factory=threading.Lock)

    def assign_ids(self) -> None:
        """The back office catches up: every filed request gets its numeric id."""
        with self.lock:
            for filed in self.filed:
                if filed.request_id is None:
                    filed.request_id = self.next_id
                    self.next_id += 1

    def close_request(self, request_id: int, notes: str) -> None:
        with self.lock:
            for filed in self.filed:
                if filed.request_id == request_id:
                    filed.status, filed.notes = "closed", notes

    # --- request handling (called from the server's threads) ---------------------------

    def answer(self, method: str, path: str, query: dict[str, str], body: list[tuple[str, str]]):
        with self.lock:
            delay, self.delay_next_s = self.delay_next_s, 0.0
            failure = self.fail_next.pop(0) if self.fail_next else None
        if delay:
            time.sleep(delay)
        if failure is not None:
            return failure, "text/html", b"<html><body>Service Unavailable</body></html>"
        form = dict(body)
        if query.get("jurisdiction_id", form.get("jurisdiction_id")) != JURISDICTION:
            return _error(400, "jurisdiction_id is required and must be deva.example")
        route = path.removeprefix("/georeport/v2/")
        if method == "GET" and route == "services.json":
            return _json(SERVICES)
        if method == "GET" and route.startswith("services/"):
            code = route.removeprefix("services/").removesuffix(".json")
            if code not in DEFINITIONS:
                return _error(404, f"No definition for service {code}")
            return _json(DEFINITIONS[code])
        if method == "POST" and route == "requests.json":
            return self._create(body)
        if method == "GET" and route.startswith("tokens/"):
            token = route.removeprefix("tokens/").removesuffix(".json")
            found = next((f for f in self.filed if f.token == token), None)
            if found is None:
                return _error(404, "Token not found")
            entry: dict[str, Any] = {"token": token}
            if found.request_id is not None:
                entry["service_request_id"] = found.request_id
            return _json([entry])
        if method == "GET" and route.startswith("requests/"):
            wanted = route.removeprefix("requests/").removesuffix(".json")
            found = next((f for f in self.filed if str(f.request_id) == wanted), None)
            if found is None:
                return _error(404, f"Request {wanted} not found")
            entry = {
                "service_request_id": found.request_id,
                "status": found.status,
                "service_code": found.service_code,
                "updated_datetime": "2026-03-02T09:30:00+02:00",
            }
            if found.notes:
                entry["status_notes"] = found.notes
            return _json([entry])
        return _error(404, "No such endpoint")

    def _create(self, body: list[tuple[str, str]]):
        form = dict(body)
        if form.get("api_key") != API_KEY:
            return _error(403, "Invalid api_key")
        code = form.get("service_code")
        if code not in ("101", "202"):
            return _error(404, f"Unknown service_code {code}")
        if not (form.get("address_string") or (form.get("lat") and form.get("long"))):
            return _error(400, "A location is required: address_string or lat and long")
        if code == "101" and form.get("attribute[hazard]") not in ("1", "2"):
            return _error(400, "Attribute hazard is required: say how dangerous the pothole is")
        with self.lock:
            filed = Filed(f"tok-{len(self.filed) + 1}", code, body)
            self.filed.append(filed)
        return _json([{"token": filed.token}])


def _json(document: Any) -> tuple[int, str, bytes]:
    return 200, "application/json; charset=utf-8", json.dumps(document).encode()


def _error(status: int, description: str) -> tuple[int, str, bytes]:
    body = json.dumps([{"code": status, "description": description}]).encode()
    return status, "application/json", body


class _Handler(BaseHTTPRequestHandler):
    server_state: TinyOpen311

    def _serve(self, method: str) -> None:
        parts = urlsplit(self.path)
        query = dict(parse_qsl(parts.query))
        body: list[tuple[str, str]] = []
        if method == "POST":
            length = int(self.headers.get("Content-Length") or 0)
            body = parse_qsl(self.rfile.read(length).decode(), keep_blank_values=True)
        status, content_type, payload = self.server_state.answer(
            method, unquote(parts.path), query, body
        )
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (timeout tests)

    def do_GET(self) -> None:
        self._serve("GET")

    def do_POST(self) -> None:
        self._serve("POST")

    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def running_tiny_open311() -> Iterator[TinyOpen311]:
    state = TinyOpen311()
    handler = type("Handler", (_Handler,), {"server_state": state})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    state.url = f"http://127.0.0.1:{server.server_address[1]}/georeport/v2"
    thread = threading.Thread(
        target=server.serve_forever, args=(0.05,), name="tiny-open311", daemon=True
    )
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
