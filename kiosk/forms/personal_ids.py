"""National personal identification numbers: checks and masking.

Romania CNP, Moldova IDNP, Bulgaria EGN, Ukraine RNOKPP. The algorithms are the published
ones (check digit weights and the date encoded in the number); the kiosk checks them before
sending so a person learns about a typo while still at the screen.
"""

from __future__ import annotations

import datetime as _dt
from typing import Final

# One copy of the control digits: the MRZ reader checks the same numbers on ID cards.
from device.mrz.national import cnp_control, egn_control, idnp_control

ID_FORMATS: Final = ("ro-cnp", "md-idnp", "bg-egn", "ua-rnokpp")
ID_FORMAT_BY_COUNTRY: Final = {"RO": "ro-cnp", "MD": "md-idnp", "BG": "bg-egn", "UA": "ua-rnokpp"}

# Counties 01-46 (46 = Bucharest sector 6), 47/48 the former Bucharest sectors 7 and 8
# (numbers issued before 1979 are still in use), 51 Călărași, 52 Giurgiu, and 70: the code the
# civil-status system (SIIEASC) gives every CNP it generates since 2024, whatever the county.
_CNP_COUNTIES: Final = frozenset({*range(1, 49), 51, 52, 70})
_RNOKPP_WEIGHTS: Final = (-1, 5, 7, 9, 4, 6, 10, 5, 7)


def _digits(value: str, length: int) -> list[int] | None:
    if len(value) != length or not value.isascii() or not value.isdigit():
        return None
    return [int(ch) for ch in value]


def _real_date(year: int, month: int, day: int) -> bool:
    try:
        _dt.date(year, month, day)
    except ValueError:
        return False
    return True


def valid_cnp(value: str) -> bool:
    """Romanian CNP: S YYMMDD JJ NNN C."""
    d = _digits(value, 13)
    if d is None or d[0] == 0:
        return False
    yy, month, day = d[1] * 10 + d[2], d[3] * 10 + d[4], d[5] * 10 + d[6]
    centuries = {1: (1900,), 2: (1900,), 3: (1800,), 4: (1800,), 5: (2000,), 6: (2000,)}
    # 7/8 foreign residents, 9 foreign persons: the century is not encoded; accept either.
    if not any(_real_date(c + yy, month, day) for c in centuries.get(d[0], (1900, 2000))):
        return False
    if d[7] * 10 + d[8] not in _CNP_COUNTIES:
        return False
    if d[9] == d[10] == d[11] == 0:
        return False
    return cnp_control(value[:12]) == value[12]


def valid_idnp(value: str) -> bool:
    """Moldovan IDNP: 13 digits, weights 7,3,1 repeating, sum mod 10."""
    d = _digits(value, 13)
    if d is None:
        return False
    return idnp_control(value[:12]) == value[12]


def valid_egn(value: str) -> bool:
    """Bulgarian EGN: YYMMDD RRR C; month +20 for the 1800s, +40 for the 2000s."""
    d = _digits(value, 10)
    if d is None:
        return False
    yy, month, day = d[0] * 10 + d[1], d[2] * 10 + d[3], d[4] * 10 + d[5]
    if month > 40:
        year, month = 2000 + yy, month - 40
    elif month > 20:
        year, month = 1800 + yy, month - 20
    else:
        year = 1900 + yy
    if not _real_date(year, month, day):
        return False
    return egn_control(value[:9]) == value[9]


def valid_rnokpp(value: str) -> bool:
    """Ukrainian RNOKPP (taxpayer number): 10 digits, (weighted sum mod 11) mod 10."""
    d = _digits(value, 10)
    if d is None:
        return False
    return sum(a * w for a, w in zip(d[:9], _RNOKPP_WEIGHTS, strict=True)) % 11 % 10 == d[9]


_CHECKS: Final = {
    "ro-cnp": valid_cnp,
    "md-idnp": valid_idnp,
    "bg-egn": valid_egn,
    "ua-rnokpp": valid_rnokpp,
}


def is_valid_personal_id(id_format: str, value: str) -> bool:
    """True when `value` is a valid number of `id_format` (one of ID_FORMATS)."""
    check = _CHECKS.get(id_format)
    return check is not None and check(value)


def mask_personal_id(value: str) -> str:
    """All but the last four characters replaced by "•" (spaces and dashes dropped)."""
    kept = "".join(ch for ch in value if ch.isalnum())
    return "•" * max(len(kept) - 4, 0) + kept[-4:]
