"""Reference portal server for the public e-services kiosk (see portal/openapi.yaml)."""

API_VERSION = "1.0"
