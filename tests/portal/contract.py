"""Check real HTTP responses against `portal/openapi.yaml`: every response a test sees must be
a documented status of its operation, with a body matching the documented schema."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

import httpx
from jsonschema import Draft202012Validator

from portal.api_contract import OPENAPI_URI, openapi_document, schema_validator


@dataclass(frozen=True)
class Operation:
    template: str
    method: str
    pattern: re.Pattern[str]


def _escape_pointer(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


@cache
def operations() -> tuple[Operation, ...]:
    found = []
    for template, item in openapi_document()["paths"].items():
        regex = ""
        for part in re.split(r"(\{[^}]+\})", template):
            if part.startswith("{"):
                # Registration numbers may arrive with a decoded slash.
                regex += "(.+)" if part == "{registration_number}" else "([^/]+)"
            else:
                regex += re.escape(part)
        for method in item:
            found.append(Operation(template, method, re.compile(f"^{regex}$")))
    # Literal paths before templated ones (e.g. /by-reference/… before /{registration_number}).
    return tuple(sorted(found, key=lambda op: (op.template.count("{"), -len(op.template))))


def find_operation(method: str, path: str) -> Operation:
    for operation in operations():
        if operation.method == method.lower() and operation.pattern.match(path):
            return operation
    raise AssertionError(f"{method} {path} is not in openapi.yaml")


def _resolve(node: dict[str, Any]) -> tuple[dict[str, Any], str]:
    """Follow a local `$ref` (responses are often refs); return the node and its pointer."""
    pointer = node["$ref"][1:]
    target: Any = openapi_document()
    for token in pointer.strip("/").split("/"):
        target = target[token.replace("~1", "/").replace("~0", "~")]
    return target, pointer


@cache
def _validator(pointer: str) -> Draft202012Validator:
    return schema_validator({"$ref": f"{OPENAPI_URI}#{pointer}"})


def check_response(response: httpx.Response) -> None:
    request = response.request
    operation = find_operation(request.method, request.url.path)
    spec = openapi_document()["paths"][operation.template][operation.method]
    responses = spec["responses"]
    status = str(response.status_code)
    assert status in responses, (
        f"{request.method} {operation.template} answered {status}, documented: {sorted(responses)}"
    )
    declared = responses[status]
    pointer = f"/paths/{_escape_pointer(operation.template)}/{operation.method}/responses/{status}"
    if "$ref" in declared:
        declared, pointer = _resolve(declared)
    for header in declared.get("headers", {}):
        if header in ("Retry-After", "WWW-Authenticate", "ETag"):
            assert header.lower() in response.headers, f"{header} missing on {status}"
    content = declared.get("content")
    if not content:
        return
    media_type = response.headers.get("content-type", "").split(";")[0].strip()
    assert media_type in content, f"content-type {media_type} not documented for {status}"
    schema = content[media_type].get("schema")
    if schema is None or not media_type.endswith("json"):
        return
    schema_pointer = f"{pointer}/content/{_escape_pointer(media_type)}/schema"
    errors = sorted(_validator(schema_pointer).iter_errors(response.json()), key=str)
    assert not errors, f"{request.method} {operation.template} {status}: {errors[0].message}"


class ContractClient(httpx.Client):
    """httpx client that checks every response against the contract."""

    def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:  # type: ignore[override]
        response = super().send(request, **kwargs)
        response.read()
        check_response(response)
        return response
