"""`[appliance]` in kiosk.toml: checked like every other setting, off when left out."""

from __future__ import annotations

import pytest

from kiosk.config import ConfigError, parse_config


def test_defaults_are_no_endpoint_and_no_nightly_restart() -> None:
    appliance = parse_config({}).appliance
    assert appliance.metrics_port == 0 and appliance.nightly_restart is None


def test_settings_are_read() -> None:
    appliance = parse_config(
        {"appliance": {"nightly_restart": "03:30", "metrics_port": 9466}}
    ).appliance
    assert appliance.nightly_restart == "03:30" and appliance.metrics_port == 9466
    assert parse_config({"appliance": {"nightly_restart": ""}}).appliance.nightly_restart is None


@pytest.mark.parametrize(
    ("table", "problem"),
    [
        ({"nightly_restart": "3:30"}, 'appliance.nightly_restart: must be a time of day "HH:MM"'),
        ({"nightly_restart": "24:00"}, "appliance.nightly_restart: must be a time of day"),
        ({"metrics_port": 80}, "appliance.metrics_port: 80 is out of range (1024 to 65535"),
        ({"metrics_port": "9466"}, "appliance.metrics_port: must be a port number"),
        ({"metrics_prot": 9466}, "did you mean appliance.metrics_port?"),
    ],
)
def test_mistakes_are_named_by_key(table: dict[str, object], problem: str) -> None:
    with pytest.raises(ConfigError) as raised:
        parse_config({"appliance": table})
    assert problem in raised.value.explain()
