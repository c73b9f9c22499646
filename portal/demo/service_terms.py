"""Legal answer terms (calendar days) per demo service; they set `expected_at`."""

from __future__ import annotations

# Working-day terms are converted generously to calendar days (10 working days ≈ 14).
TERM_DAYS: dict[str, int] = {
    "ro-urbanism-certificate": 15,  # Legea 50/1991 art. 6^1
    "ro-street-address-certificate": 14,
    "ro-agricultural-register-certificate": 7,
    "ro-tax-certificate": 3,  # Codul de procedură fiscală: 2 zile lucrătoare (persoane fizice)
    "ro-new-building-tax-declaration": 30,
    "ro-petition": 30,  # OG 27/2002 art. 8
    "md-criminal-record-certificate": 14,
    "md-civil-status-certificate": 21,
    "ua-mayor-internet-reception": 30,  # Закон «Про звернення громадян», ст. 20
    "ua-pension-insurance-statement": 10,
}
DEFAULT_TERM_DAYS = 30

# Services whose submissions are accepted as `received` (202) and registered by staff later.
REGISTERS_LATER: frozenset[str] = frozenset({"md-civil-status-certificate"})
