"""The settings a technician can change on screen, checked before anything is saved.

Each :class:`SettingField` maps one key of ``kiosk.toml`` to a control on the
settings page. Values travel as text (what the screen shows and the technician
types); :func:`apply_edits` turns the changed ones into TOML values, reports
every problem in plain words (English source strings with ``%1`` placeholders,
translated in the ``AdminSettings`` context), and finally runs the full
configuration check so nothing invalid can reach the file.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from kiosk.config import ConfigError, parse_config
from kiosk.i18n.languages import LANGUAGES
from kiosk.i18n.noop import QT_TRANSLATE_NOOP

Kind = Literal["text", "number", "decimal", "choice", "languages"]
# A message for the technician: English source text and the values for %1, %2.
Problem = tuple[str, tuple[str, ...]]

C = "AdminSettings"
_KIOSK_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")
_URL = re.compile(r"^https?://[^\s/]+")


@dataclass(frozen=True, slots=True)
class SettingField:
    key: str  # "section.name" in kiosk.toml
    label: str  # English source (context AdminSettings)
    kind: Kind
    options: tuple[tuple[str, str], ...] = ()  # (value, label); labels of languages are native
    low: float = 0
    high: float = 0
    hint: str = ""
    translate_options: bool = True

    def __repr__(self) -> str:
        return f"SettingField({self.key})"


_LANGUAGE_OPTIONS = tuple((lang.code, lang.native_name) for lang in LANGUAGES)

FIELDS: tuple[SettingField, ...] = (
    SettingField(
        "kiosk.id",
        QT_TRANSLATE_NOOP("AdminSettings", "Kiosk ID"),
        "text",
        hint=QT_TRANSLATE_NOOP(
            "AdminSettings", "The name the portal knows this kiosk by, e.g. deva-lobby-1"
        ),
    ),
    SettingField("kiosk.institution", QT_TRANSLATE_NOOP("AdminSettings", "Site name"), "text"),
    SettingField(
        "kiosk.profile",
        QT_TRANSLATE_NOOP("AdminSettings", "Kind of kiosk"),
        "choice",
        (
            ("lobby", QT_TRANSLATE_NOOP("AdminSettings", "Town-hall lobby panel")),
            ("library", QT_TRANSLATE_NOOP("AdminSettings", "Library point")),
        ),
    ),
    SettingField(
        "languages.enabled",
        QT_TRANSLATE_NOOP("AdminSettings", "Languages offered"),
        "languages",
        _LANGUAGE_OPTIONS,
        translate_options=False,
    ),
    SettingField(
        "languages.default",
        QT_TRANSLATE_NOOP("AdminSettings", "Language shown first"),
        "choice",
        _LANGUAGE_OPTIONS,
        translate_options=False,
    ),
    SettingField(
        "session.idle_timeout_s",
        QT_TRANSLATE_NOOP("AdminSettings", "Seconds without a touch before the warning"),
        "number",
        low=20,
        high=900,
    ),
    SettingField(
        "session.warning_s",
        QT_TRANSLATE_NOOP("AdminSettings", "Seconds the warning counts down"),
        "number",
        low=10,
        high=120,
    ),
    SettingField(
        "admin.idle_timeout_s",
        QT_TRANSLATE_NOOP("AdminSettings", "Seconds before this admin screen closes itself"),
        "number",
        low=30,
        high=1800,
    ),
    SettingField(
        "display.dpi",
        QT_TRANSLATE_NOOP("AdminSettings", "Screen dots per inch (DPI)"),
        "decimal",
        low=50,
        high=600,
        hint=QT_TRANSLATE_NOOP(
            "AdminSettings", "Touch targets are sized in millimetres from this value"
        ),
    ),
    SettingField(
        "display.rotation",
        QT_TRANSLATE_NOOP("AdminSettings", "Screen rotation"),
        "choice",
        (("0", "0°"), ("90", "90°"), ("180", "180°"), ("270", "270°")),
        translate_options=False,
    ),
    SettingField(
        "display.text_size",
        QT_TRANSLATE_NOOP("AdminSettings", "Text size at the start of each session"),
        "choice",
        (
            ("normal", QT_TRANSLATE_NOOP("AdminSettings", "Normal")),
            ("large", QT_TRANSLATE_NOOP("AdminSettings", "Large")),
        ),
    ),
    SettingField(
        "camera.source",
        QT_TRANSLATE_NOOP("AdminSettings", "Camera"),
        "choice",
        (
            (
                "auto",
                QT_TRANSLATE_NOOP("AdminSettings", "Camera if connected, else the demo camera"),
            ),
            ("device", QT_TRANSLATE_NOOP("AdminSettings", "Camera device")),
            ("simulated", QT_TRANSLATE_NOOP("AdminSettings", "Demo camera")),
            ("none", QT_TRANSLATE_NOOP("AdminSettings", "No camera")),
        ),
    ),
    SettingField(
        "camera.device",
        QT_TRANSLATE_NOOP("AdminSettings", "Camera device number (N in /dev/videoN)"),
        "number",
        low=0,
        high=63,
    ),
    SettingField(
        "portal.petitions_backend",
        QT_TRANSLATE_NOOP("AdminSettings", "Where petitions go"),
        "choice",
        (
            ("portal", QT_TRANSLATE_NOOP("AdminSettings", "The portal")),
            ("open311", QT_TRANSLATE_NOOP("AdminSettings", "An Open311 server")),
        ),
    ),
    SettingField(
        "portal.open311_url", QT_TRANSLATE_NOOP("AdminSettings", "Open311 server address"), "text"
    ),
)
BY_KEY = {f.key: f for f in FIELDS}
# Shown only when the configuration has a [portal] table (the demo runs its own portal).
_NEEDS_PORTAL = ("portal.petitions_backend", "portal.open311_url")
DEFAULTS = {
    "kiosk.profile": "lobby",
    "session.idle_timeout_s": "90",
    "session.warning_s": "30",
    "admin.idle_timeout_s": "120",
    "display.dpi": "96",
    "display.rotation": "0",
    "display.text_size": "normal",
    "camera.source": "none",
    "camera.device": "0",
    "portal.petitions_backend": "portal",
}


def fields_for(raw: Mapping[str, Any]) -> tuple[SettingField, ...]:
    has_portal = isinstance(raw.get("portal"), Mapping)
    return tuple(f for f in FIELDS if has_portal or f.key not in _NEEDS_PORTAL)


def _default_language(raw: Mapping[str, Any]) -> str:
    langs = raw.get("languages")
    if isinstance(langs, Mapping) and isinstance(langs.get("default"), str):
        return str(langs["default"])
    return "ro"


def current_values(raw: Mapping[str, Any]) -> dict[str, str]:
    """Every field's value as the screen shows it."""
    values: dict[str, str] = {}
    for f in fields_for(raw):
        section, name = f.key.split(".")
        table = raw.get(section)
        value = table.get(name) if isinstance(table, Mapping) else None
        if f.key == "kiosk.institution" and isinstance(value, Mapping):
            code = _default_language(raw)
            value = value.get(code) or value.get("en") or next(iter(value.values()), "")
        if f.key == "languages.enabled" and value is None:
            value = [lang.code for lang in LANGUAGES]
        if isinstance(value, list):
            values[f.key] = ",".join(str(v) for v in value)
        elif isinstance(value, bool) or value is None:
            values[f.key] = DEFAULTS.get(f.key, "")
        elif isinstance(value, float) and value.is_integer():
            values[f.key] = str(int(value))
        else:
            values[f.key] = str(value)
    return values


@dataclass(frozen=True)
class EditResult:
    data: dict[str, Any]
    problems: dict[str, Problem]  # by field key; "" for the configuration as a whole
    changed: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def apply_edits(raw: Mapping[str, Any], edits: Mapping[str, str]) -> EditResult:
    """The configuration with the changed values, or the problems that stop it being saved."""
    data: dict[str, Any] = copy.deepcopy(dict(raw))
    before = current_values(raw)
    problems: dict[str, Problem] = {}
    changed = []
    for key, text in edits.items():
        f = BY_KEY.get(key)
        if f is None or before.get(key) == text:
            continue
        value, problem = _convert(f, text.strip())
        if problem is not None:
            problems[key] = problem
            continue
        changed.append(key)
        section, name = key.split(".")
        table = data.setdefault(section, {})
        if key == "kiosk.institution" and isinstance(table.get(name), Mapping):
            table[name] = {**table[name], _default_language(data): value}
        elif key == "portal.open311_url" and value == "":
            table.pop(name, None)
        else:
            table[name] = value
    if not problems:
        try:
            parse_config(data)
        except ConfigError as error:
            problems[""] = (
                QT_TRANSLATE_NOOP("AdminSettings", "These settings cannot be used: %1"),
                ("; ".join(error.problems),),
            )
    return EditResult(data, problems, tuple(changed))


def _convert(f: SettingField, text: str) -> tuple[Any, Problem | None]:
    if f.kind in ("number", "decimal"):
        return _number(f, text)
    if f.kind == "choice":
        if text not in {value for value, _ in f.options}:
            return None, (QT_TRANSLATE_NOOP("AdminSettings", "Choose one of the options"), ())
        return (int(text) if f.key == "display.rotation" else text), None
    if f.kind == "languages":
        codes = [c for c in text.split(",") if c]
        if not codes:
            return None, (QT_TRANSLATE_NOOP("AdminSettings", "Choose at least one language"), ())
        known = [code for code, _ in f.options]
        return [c for c in known if c in codes], None
    if f.key == "kiosk.id" and not _KIOSK_ID.match(text):
        return None, (
            QT_TRANSLATE_NOOP(
                "AdminSettings",
                "Enter up to 64 letters, digits, dots, dashes or underscores, with no spaces",
            ),
            (),
        )
    if f.key == "portal.open311_url":
        if text and not _URL.match(text):
            return None, (
                QT_TRANSLATE_NOOP("AdminSettings", "Enter an address starting with https://"),
                (),
            )
        return text, None
    if not text:
        return None, (QT_TRANSLATE_NOOP("AdminSettings", "Enter a value"), ())
    return text, None


def _number(f: SettingField, text: str) -> tuple[Any, Problem | None]:
    low, high = f"{f.low:g}", f"{f.high:g}"
    try:
        value: float = float(text.replace(",", ".")) if f.kind == "decimal" else int(text)
    except ValueError:
        message = (
            QT_TRANSLATE_NOOP("AdminSettings", "Enter a number from %1 to %2")
            if f.kind == "decimal"
            else QT_TRANSLATE_NOOP("AdminSettings", "Enter a whole number from %1 to %2")
        )
        return None, (message, (low, high))
    if not f.low <= value <= f.high:
        return None, (
            QT_TRANSLATE_NOOP("AdminSettings", "Enter a number from %1 to %2"),
            (low, high),
        )
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return value, None
