"""Reading fields out of portal JSON answers, with a PortalBadResponse for wrong shapes.

A portal upgrade that renames a field must give the citizen "the server sent an
answer the kiosk cannot read", not a KeyError deep inside a view-model.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from kiosk.portal.errors import PortalBadResponse


def text(document: Mapping[str, Any], key: str, where: str) -> str:
    value = document.get(key)
    if not isinstance(value, str):
        raise PortalBadResponse(f"{where}.{key}: expected a string")
    return value


def optional_text(document: Mapping[str, Any], key: str, where: str) -> str | None:
    value = document.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise PortalBadResponse(f"{where}.{key}: expected a string or null")
    return value


def integer(document: Mapping[str, Any], key: str, where: str) -> int:
    value = document.get(key)
    if isinstance(value, bool) or not isinstance(value, int):
        raise PortalBadResponse(f"{where}.{key}: expected an integer")
    return value


def obj(document: Mapping[str, Any], key: str, where: str) -> dict[str, Any]:
    value = document.get(key)
    if not isinstance(value, dict):
        raise PortalBadResponse(f"{where}.{key}: expected an object")
    return value


def optional_obj(document: Mapping[str, Any], key: str, where: str) -> dict[str, Any] | None:
    value = document.get(key)
    if value is None:
        return None
    if not isinstance(value, dict):
        raise PortalBadResponse(f"{where}.{key}: expected an object or null")
    return value


def objects(document: Mapping[str, Any], key: str, where: str) -> list[dict[str, Any]]:
    value = document.get(key)
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise PortalBadResponse(f"{where}.{key}: expected a list of objects")
    return value


def texts(document: Mapping[str, Any], key: str, where: str) -> list[str]:
    value = document.get(key)
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise PortalBadResponse(f"{where}.{key}: expected a list of strings")
    return value
