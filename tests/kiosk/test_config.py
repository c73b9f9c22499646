"""The configuration file: a technician's typo is named precisely and nothing starts on it."""

import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.config import DEMO_PATH, ConfigError, load_config, parse_config

ROOT = Path(__file__).resolve().parents[2]


def problems(text: str, tmp_path: Path) -> list[str]:
    path = tmp_path / "kiosk.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    return caught.value.problems


def test_demo_configuration_is_valid() -> None:
    config = load_config(DEMO_PATH)
    assert config.country == "RO"
    assert config.languages == ("ro", "hu", "ru", "uk", "bg", "en")
    assert config.institution_name("hu").startswith("Déva")
    assert config.session.idle_timeout_s == 90


def test_defaults_when_empty() -> None:
    config = parse_config({})
    assert config.session.idle_timeout_s == 90
    assert config.display.dpi == 96


def test_misspelt_key_is_named_with_a_suggestion(tmp_path: Path) -> None:
    found = problems("[display]\ndip = 120\n", tmp_path)
    assert found == ["display.dip: unknown setting (did you mean display.dpi?)"]


def test_misspelt_section_is_named(tmp_path: Path) -> None:
    assert problems("[sesion]\nidle_timeout_s = 60\n", tmp_path) == [
        "sesion: unknown setting (did you mean session?)"
    ]


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    found = problems(
        '[session]\nidle_timeout_s = "ninety"\nwarning_s = 5\n'
        '[languages]\nenabled = ["ro", "de"]\n',
        tmp_path,
    )
    assert "session.idle_timeout_s: must be a whole number of seconds, not 'ninety'" in found
    assert "session.warning_s: 5 is out of range (10 to 120 seconds)" in found
    assert any(p.startswith("languages.enabled: 'de' is not a language code") for p in found)


def test_default_language_must_be_enabled(tmp_path: Path) -> None:
    found = problems('[languages]\nenabled = ["ro", "hu"]\ndefault = "en"\n', tmp_path)
    assert found == ["languages.default: 'en' is not in languages.enabled"]


def test_bad_office_hours_name_the_day(tmp_path: Path) -> None:
    found = problems('[office_hours]\ntuesday = "8-16"\n', tmp_path)
    assert len(found) == 1 and found[0].startswith("office_hours.tuesday:")


def test_invalid_toml_says_where(tmp_path: Path) -> None:
    found = problems("[kiosk\nid = 1\n", tmp_path)
    assert found[0].startswith("is not valid TOML")
    assert "line 1" in found[0]


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="does not exist"):
        load_config(tmp_path / "nope.toml")


def test_kiosk_refuses_to_start_and_explains(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text('[display]\ncontrast = "hihg"\n', encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "kiosk", "--config", str(path), "--windowed"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert result.returncode == 2
    assert "The kiosk cannot start" in result.stderr
    assert "display.contrast: 'hihg' is not one of 'normal', 'high'" in result.stderr


def test_no_display_points_to_screenshots(tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "kiosk", "--demo"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=60,
    )
    assert result.returncode == 1
    assert "make screenshots" in result.stderr
