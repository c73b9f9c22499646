"""Random secrets the portal hands out: device tokens, enrolment codes, access codes."""

from __future__ import annotations

import hashlib
import hmac
import secrets

# No 0/O, 1/I/L, 2/Z, 5/S, 8/B, G/6: codes are read aloud and typed from paper receipts.
UNAMBIGUOUS_ALPHABET = "ACDEFHJKMNPRTUVWXY34679"
ACCESS_CODE_LENGTH = 8
ENROLMENT_CODE_LENGTH = 10


def sha256_hex(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


def new_device_token() -> str:
    """32 random bytes, URL-safe; only its SHA-256 is stored (enough for random tokens)."""
    return secrets.token_urlsafe(32)


def _random_code(length: int) -> str:
    return "".join(secrets.choice(UNAMBIGUOUS_ALPHABET) for _ in range(length))


def new_access_code() -> str:
    return _random_code(ACCESS_CODE_LENGTH)


def new_enrolment_code() -> str:
    return _random_code(ENROLMENT_CODE_LENGTH)


def normalise_code(code: str) -> str:
    """People type codes with spaces, dashes and lower case; all of that is noise."""
    return "".join(ch for ch in code.upper() if ch.isalnum())


def code_hash(code: str) -> str:
    return sha256_hex(normalise_code(code))


def code_matches(code: str, stored_hash: str) -> bool:
    return hmac.compare_digest(code_hash(code), stored_hash)
