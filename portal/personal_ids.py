"""National personal identification numbers: CNP (RO), IDNP (MD), RNOKPP (UA).

Check digits are verified server-side (JSON Schema `format` values `ro-cnp`, `md-idnp`,
`ua-rnokpp`); clients that do not know these formats still get the `pattern` check.
"""

from __future__ import annotations

import hashlib
import re

_CNP_WEIGHTS = (2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9)
_RNOKPP_WEIGHTS = (-1, 5, 7, 9, 4, 6, 10, 5, 7)


def cnp_check_digit(first12: str) -> int:
    total = sum(int(d) * w for d, w in zip(first12, _CNP_WEIGHTS, strict=True))
    remainder = total % 11
    return 1 if remainder == 10 else remainder


def is_valid_cnp(value: str) -> bool:
    if not re.fullmatch(r"[1-9]\d{12}", value):
        return False
    return cnp_check_digit(value[:12]) == int(value[12])


def idnp_check_digit(first12: str) -> int:
    weights = (7, 3, 1) * 4
    return sum(int(d) * w for d, w in zip(first12, weights, strict=True)) % 10


def is_valid_idnp(value: str) -> bool:
    if not re.fullmatch(r"[0-9]{13}", value):
        return False
    return idnp_check_digit(value[:12]) == int(value[12])


def rnokpp_check_digit(first9: str) -> int:
    total = sum(int(d) * w for d, w in zip(first9, _RNOKPP_WEIGHTS, strict=True))
    return (total % 11) % 10


def is_valid_rnokpp(value: str) -> bool:
    if not re.fullmatch(r"[0-9]{10}", value):
        return False
    return rnokpp_check_digit(value[:9]) == int(value[9])


def normalise_personal_id(value: str) -> str:
    return "".join(ch for ch in value if ch.isalnum()).upper()


def personal_id_hash(value: str) -> str:
    """Lookup key for obligations; the portal never needs the ID itself back."""
    return hashlib.sha256(normalise_personal_id(value).encode("ascii", "ignore")).hexdigest()


def mask_personal_id(value: str) -> str:
    """Receipts show only the last four digits."""
    value = normalise_personal_id(value)
    return "•" * max(len(value) - 4, 0) + value[-4:]
