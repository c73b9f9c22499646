"""The OpenAPI document (`portal/openapi.yaml`) and validators for its component schemas.

Request bodies are checked against the same schemas the contract publishes, so the document
and the server cannot drift apart silently.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

OPENAPI_PATH = Path(__file__).with_name("openapi.yaml")
OPENAPI_URI = "urn:portal:openapi"


@cache
def openapi_text() -> str:
    return OPENAPI_PATH.read_text(encoding="utf-8")


@cache
def openapi_document() -> dict[str, Any]:
    document: dict[str, Any] = yaml.safe_load(openapi_text())
    return document


@cache
def _registry() -> Registry:  # type: ignore[type-arg]
    resource = Resource.from_contents(openapi_document(), default_specification=DRAFT202012)
    return Registry().with_resource(OPENAPI_URI, resource)


@cache
def component_validator(name: str) -> Draft202012Validator:
    """Validator for `#/components/schemas/<name>`."""
    schema = {"$ref": f"{OPENAPI_URI}#/components/schemas/{name}"}
    return Draft202012Validator(schema, registry=_registry())


def schema_validator(schema: dict[str, Any]) -> Draft202012Validator:
    """Validator for an inline schema that may `$ref` into the document (`urn:portal:openapi#…`)."""
    return Draft202012Validator(schema, registry=_registry())
