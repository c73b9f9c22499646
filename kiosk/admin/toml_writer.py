"""A small TOML writer for the kiosk configuration (the standard library only reads TOML).

Enough for what ``kiosk.toml`` holds: tables, arrays of tables (``[[closures]]``),
texts, numbers, booleans, dates, lists of those and inline tables of them. The
caller checks the result by reading it back with ``tomllib``.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Mapping
from typing import Any

_BARE_KEY = re.compile(r"^[A-Za-z0-9_-]+$")


def dumps_toml(data: Mapping[str, Any]) -> str:
    lines: list[str] = []
    _table(lines, (), data)
    return "\n".join(lines).strip() + "\n"


def _table(lines: list[str], path: tuple[str, ...], table: Mapping[str, Any]) -> None:
    subtables = []
    arrays = []
    for key, value in table.items():
        if isinstance(value, Mapping) and (not path or _is_section(value)):
            subtables.append((key, value))
        elif _is_table_array(value):
            arrays.append((key, value))
        else:
            lines.append(f"{_key(key)} = {_value(value)}")
    for key, value in subtables:
        lines.append("")
        lines.append("[" + ".".join(_key(k) for k in (*path, key)) + "]")
        _table(lines, (*path, key), value)
    for key, items in arrays:
        for item in items:
            lines.append("")
            lines.append("[[" + ".".join(_key(k) for k in (*path, key)) + "]]")
            _table(lines, (*path, key), item)


def _is_section(value: Mapping[str, Any]) -> bool:
    """Inside a section, a table of texts (a localized name) stays inline; others get [a.b]."""
    return (
        not value
        or any(isinstance(v, Mapping | list) for v in value.values())
        or (not all(isinstance(v, str) for v in value.values()))
    )


def _is_table_array(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, Mapping) for v in value)


def _key(key: str) -> str:
    return key if _BARE_KEY.match(key) else json.dumps(key, ensure_ascii=False)


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"{value!r} cannot be written to the configuration")
        return repr(value)
    if isinstance(value, str):
        # JSON string escapes are valid TOML basic-string escapes.
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    if isinstance(value, Mapping):
        return "{ " + ", ".join(f"{_key(k)} = {_value(v)}" for k, v in value.items()) + " }"
    raise ValueError(f"{type(value).__name__} values cannot be written to the configuration")
