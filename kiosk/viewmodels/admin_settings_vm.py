"""The admin settings page: the fields of kiosk.toml a technician may change, then Save.

Values are edited as text in this object (Back and a refused save keep them);
Save validates everything (:func:`kiosk.admin.settings.apply_edits`) and only
then writes the file atomically. The running kiosk keeps its configuration until
it restarts, so a refused save changes nothing at all.
"""

from __future__ import annotations

import logging
import tomllib
from pathlib import Path
from typing import Any

from PySide6.QtCore import Property, QCoreApplication, Signal, Slot

from kiosk.admin.settings import (
    BY_KEY,
    EditResult,
    Problem,
    apply_edits,
    current_values,
    fields_for,
)
from kiosk.config import ConfigError, save_config
from kiosk.viewmodels.admin_page import AdminPageViewModel

log = logging.getLogger("kiosk.admin.settings")

C = "AdminSettings"


def _message(problem: Problem) -> str:
    text = QCoreApplication.translate("AdminSettings", problem[0])
    for number, value in enumerate(problem[1], start=1):
        text = text.replace(f"%{number}", value)
    return text


class AdminSettingsViewModel(AdminPageViewModel):
    changed = Signal()
    _log = log

    def __init__(self, config_path: Path | None, language: str) -> None:
        super().__init__(language)
        self._path = config_path
        self.forget()

    def forget(self) -> None:
        self._raw: dict[str, Any] | None = None
        self._values: dict[str, str] = {}
        self._problems: dict[str, Problem] = {}
        self._notice = ""
        self._load_error = ""
        self.changed.emit()

    def load(self) -> None:
        """Read the file as it is on disk now (the page opens)."""
        self.forget()
        if self._path is None:
            self._load_error = QCoreApplication.translate(
                "AdminSettings",
                "This kiosk was started without a settings file, so nothing can be saved.",
            )
        else:
            try:
                self._raw = tomllib.loads(self._path.read_text(encoding="utf-8"))
                self._values = current_values(self._raw)
            except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
                self._load_error = QCoreApplication.translate(
                    "AdminSettings", "The settings file cannot be read. Nothing was changed."
                )
        self.changed.emit()

    # -- properties -------------------------------------------------------------------
    def _get_fields(self) -> list[dict[str, Any]]:
        if self._raw is None:
            return []
        shown = []
        for f in fields_for(self._raw):
            value = self._values.get(f.key, "")
            chosen = set(value.split(",")) if f.kind == "languages" else {value}
            shown.append(
                {
                    "key": f.key,
                    "label": QCoreApplication.translate("AdminSettings", f.label),
                    "hint": QCoreApplication.translate("AdminSettings", f.hint) if f.hint else "",
                    "kind": f.kind,
                    "value": value,
                    "problem": _message(self._problems[f.key]) if f.key in self._problems else "",
                    "options": [
                        {
                            "value": option,
                            "label": QCoreApplication.translate("AdminSettings", label)
                            if f.translate_options
                            else label,
                            "selected": option in chosen,
                        }
                        for option, label in f.options
                    ],
                }
            )
        return shown

    def _get_error(self) -> str:
        if self._load_error:
            return self._load_error
        if "" in self._problems:
            return _message(self._problems[""])
        if self._problems:
            return QCoreApplication.translate(
                "AdminSettings",
                "Nothing was saved. Correct the settings marked below.",
                "",
                len(self._problems),
            )
        return ""

    def _get_notice(self) -> str:
        return self._notice

    fields = Property(list, _get_fields, notify=changed)
    error = Property(str, _get_error, notify=changed)
    notice = Property(str, _get_notice, notify=changed)

    def value(self, key: str) -> str:
        return self._values.get(key, "")

    def problem(self, key: str) -> str:
        return _message(self._problems[key]) if key in self._problems else ""

    # -- editing ----------------------------------------------------------------------
    @Slot(str, str)
    def setValue(self, key: str, value: str) -> None:
        field = BY_KEY.get(key)
        if field is None or self._values.get(key) == value:
            return
        self._values[key] = value
        # Typing keeps the list as it is (rebuilding it would take the field's focus away);
        # a chosen option redraws the choices.
        if field.kind in ("choice", "languages") or self._notice:
            self._notice = ""
            self.changed.emit()

    @Slot(str)
    def toggleLanguage(self, code: str) -> None:
        codes = [c for c in self._values.get("languages.enabled", "").split(",") if c]
        codes = [c for c in codes if c != code] if code in codes else [*codes, code]
        self.setValue("languages.enabled", ",".join(codes))

    @Slot()
    def save(self) -> None:
        if self._raw is None or self._path is None:
            return
        result: EditResult = apply_edits(self._raw, self._values)
        self._problems = dict(result.problems)
        if not result.ok:
            log.info("admin.settings_refused", extra={"problems": len(result.problems)})
            self._notice = ""
            self.changed.emit()
            return
        if not result.changed:
            self._notice = QCoreApplication.translate("AdminSettings", "Nothing has changed.")
            self.changed.emit()
            return
        try:
            save_config(self._path, result.data)
        except ConfigError as error:
            self._problems[""] = (
                "These settings cannot be used: %1",
                ("; ".join(error.problems),),
            )
            self.changed.emit()
            return
        self._record("settings_saved", keys=",".join(result.changed))
        self._raw = result.data
        self._values = current_values(result.data)
        self._notice = QCoreApplication.translate(
            "AdminSettings", "Saved. Restart the kiosk to use the new settings."
        )
        self.changed.emit()
