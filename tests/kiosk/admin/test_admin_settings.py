"""Settings: checked before saving, saved atomically, a refused value changes nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import tomllib
from pathlib import Path

import pytest

from kiosk.admin.settings import apply_edits, current_values
from kiosk.app import Kiosk
from kiosk.config import DEMO_PATH, ConfigError, load_config, save_config
from tests.kiosk.admin.conftest import enter_pin
from tests.kiosk.qml_helpers import item, settle, tap, type_text

REPO = Path(__file__).resolve().parents[3]


def _demo() -> dict[str, object]:
    return tomllib.loads(DEMO_PATH.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("key", "value", "words"),
    [
        ("session.idle_timeout_s", "ninety", "whole number from 20 to 900"),
        ("session.idle_timeout_s", "5", "from 20 to 900"),
        ("display.dpi", "9000", "from 50 to 600"),
        ("kiosk.id", "lobby one", "no spaces"),
        ("kiosk.profile", "airport", "Choose one of the options"),
        ("languages.enabled", "", "at least one language"),
    ],
)
def test_admin_settings_invalid_values_are_refused_with_a_reason(
    key: str, value: str, words: str
) -> None:
    result = apply_edits(_demo(), {key: value})
    assert not result.ok
    message, _ = result.problems[key]
    assert words.split()[0] in message


def test_admin_settings_whole_configuration_checked() -> None:
    # Each value is fine alone; together they are not (the default is not offered).
    result = apply_edits(_demo(), {"languages.enabled": "ro,en", "languages.default": "hu"})
    assert not result.ok
    assert "languages.default" in result.problems[""][1][0]


def test_admin_settings_valid_edits_change_only_those_keys() -> None:
    raw = _demo()
    result = apply_edits(
        raw,
        {
            "session.idle_timeout_s": "120",
            "display.dpi": "141.5",
            "kiosk.institution": "Primăria Deva",
        },
    )
    assert result.ok, result.problems
    assert result.data["session"]["idle_timeout_s"] == 120  # type: ignore[index]
    assert result.data["display"]["dpi"] == 141.5  # type: ignore[index]
    # The site name in the default language changes; the other languages' names stay.
    assert result.data["kiosk"]["institution"]["ro"] == "Primăria Deva"  # type: ignore[index]
    assert result.data["kiosk"]["institution"]["en"] == "Deva City Hall"  # type: ignore[index]
    assert current_values(result.data)["session.idle_timeout_s"] == "120"


def test_admin_save_config_refuses_invalid_and_keeps_the_file(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_bytes(DEMO_PATH.read_bytes())
    before = path.read_bytes()
    data = _demo()
    data["session"] = {"idle_timeout_s": 1}
    with pytest.raises(ConfigError):
        save_config(path, data)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["kiosk.toml"]


def test_admin_save_config_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    data = _demo()
    data["session"] = {"idle_timeout_s": 200, "warning_s": 40}
    save_config(path, data)
    config = load_config(path)
    assert config.session.idle_timeout_s == 200
    assert config.office_hours == load_config(DEMO_PATH).office_hours


_SAVER = textwrap.dedent(
    """
    import os, sys, tomllib
    from pathlib import Path
    from kiosk import atomic_write
    from kiosk.config import save_config
    path = Path(sys.argv[1])
    data = tomllib.loads(path.read_text())
    data["session"]["idle_timeout_s"] = 600
    real_fsync = os.fsync
    def fsync_then_wait(fd):
        real_fsync(fd)
        if not Path(sys.argv[1] + ".previous-done").exists() and sys.argv[2] == "hang":
            print("written", flush=True)
            sys.stdin.read()  # killed here: new bytes on disk, not yet renamed
    atomic_write.os.fsync = fsync_then_wait
    save_config(path, data)
    """
)


def test_admin_atomic_save_under_a_kill_keeps_the_old_file(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_bytes(DEMO_PATH.read_bytes())
    before = path.read_bytes()
    saver = subprocess.Popen(
        [sys.executable, "-c", _SAVER, str(path), "hang"],
        cwd=REPO,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert saver.stdout is not None
    try:
        assert saver.stdout.readline().strip() == "written"
    finally:
        os.kill(saver.pid, signal.SIGKILL)
        saver.wait(10)
        saver.stdout.close()
        assert saver.stdin is not None
        saver.stdin.close()
    # Killed mid-save: the configuration in force is still the old one, whole.
    assert path.read_bytes() == before
    assert load_config(path).session.idle_timeout_s == 90


def test_admin_settings_page_refuses_then_saves(admin_kiosk: Kiosk, tmp_path: Path) -> None:
    config_path = tmp_path / "kiosk.toml"
    before = config_path.read_bytes()
    admin_kiosk.admin.keyCombination()
    enter_pin(admin_kiosk)
    tap(admin_kiosk.window, item(admin_kiosk, "adminTile_admin-settings"))
    field = item(admin_kiosk, "setting_session.idle_timeout_s")
    field.setProperty("text", "")
    field.forceActiveFocus()
    type_text(admin_kiosk.window, "5")
    tap(admin_kiosk.window, item(admin_kiosk, "saveSettingsButton"))
    problem = item(admin_kiosk, "problem_session.idle_timeout_s").property("text")
    assert "20" in problem and "900" in problem
    assert "Nothing was saved" in item(admin_kiosk, "settingsError").property("text")
    assert config_path.read_bytes() == before
    # What was typed stays, to be corrected.
    assert item(admin_kiosk, "setting_session.idle_timeout_s").property("text") == "5"

    field = item(admin_kiosk, "setting_session.idle_timeout_s")
    field.forceActiveFocus()
    type_text(admin_kiosk.window, "0")  # 50
    # (Further down the scrolled list: chosen through the view-model, as its button does.)
    admin_kiosk.admin.settings.setValue("display.text_size", "large")
    tap(admin_kiosk.window, item(admin_kiosk, "saveSettingsButton"))
    settle()
    assert "Saved" in item(admin_kiosk, "settingsNotice").property("text")
    saved = load_config(config_path)
    assert saved.session.idle_timeout_s == 50
    assert saved.display.text_size == "large"
    # The running kiosk keeps its configuration until it restarts.
    assert admin_kiosk.config.session.idle_timeout_s == 90
    audit = (tmp_path / "admin-audit.jsonl").read_text()
    assert "settings_saved" in audit and "session.idle_timeout_s" in audit
