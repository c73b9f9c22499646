"""The [portal] config table: valid values pass, each mistake names its key."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.portal.settings import PortalSettings


def test_minimal_and_defaults() -> None:
    settings = PortalSettings.from_mapping({"url": "https://portal.deva.ro/"})
    assert settings == PortalSettings(url="https://portal.deva.ro")
    assert settings.timeout_s == 15.0 and settings.petitions_backend == "portal"


def test_everything(tmp_path: Path) -> None:
    bundle = tmp_path / "ca.pem"
    bundle.write_text("-----BEGIN CERTIFICATE-----\n")
    settings = PortalSettings.from_mapping(
        {
            "url": "https://portal.example:8443/eservicii",
            "ca_bundle": str(bundle),
            "timeout_s": 20,
            "petitions_backend": "open311",
            "open311_url": "https://311.example/open311/v2",
            "open311_api_key_name": "open311-api-key",
        }
    )
    assert settings.ca_bundle == bundle
    assert settings.timeout_s == 20.0
    assert settings.open311_api_key_name == "open311-api-key"


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ({}, "portal.url: missing"),
        ({"url": "htp://x"}, 'portal.url: "htp://x" is not an http(s) URL'),
        ({"url": "https://"}, 'portal.url: "https://" is not an http(s) URL'),
        ({"url": "https://x:99999"}, 'portal.url: "https://x:99999" is not a valid URL'),
        ({"url": "https://x/?a=1"}, "must not have a query"),
        ({"url": 42}, "portal.url: must be a string URL, not int"),
        ({"url": "https://x", "timeout_s": 0}, "portal.timeout_s: must be a number of seconds"),
        ({"url": "https://x", "timeout_s": 121}, "between 1 and 120"),
        ({"url": "https://x", "timeout_s": "15"}, "portal.timeout_s"),
        ({"url": "https://x", "timeout_s": True}, "portal.timeout_s"),
        ({"url": "https://x", "timeout_s": float("nan")}, "portal.timeout_s"),
        ({"url": "https://x", "ca_bundle": "/nonexistent/ca.pem"}, "portal.ca_bundle:"),
        ({"url": "https://x", "petitions_backend": "email"}, "portal.petitions_backend:"),
        ({"url": "https://x", "petitions_backend": "open311"}, "portal.open311_url: required"),
        ({"url": "https://x", "open311_url": "ftp://x"}, "portal.open311_url:"),
        ({"url": "https://x", "open311_api_key_name": ""}, "portal.open311_api_key_name:"),
        ({"url": "https://x", "token": "secret"}, "portal.token: unknown key"),
    ],
)
def test_mistakes_name_the_key(table: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=r"^portal\.") as caught:
        PortalSettings.from_mapping(table)
    assert message in str(caught.value)
