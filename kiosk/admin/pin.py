"""The admin PIN as a slow salted hash (scrypt), and the file that holds it.

The PIN itself is never stored, logged or shown: only ``scrypt$n$r$p$salt$hash``
(base64) is written, readable by the kiosk's user alone. Checking compares in
constant time. :class:`AdminPin` wraps the typed digits so an accidental
``repr`` or log call shows nothing.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from pathlib import Path

from kiosk.atomic_write import write_atomically

MIN_DIGITS = 4
MAX_DIGITS = 12
# scrypt cost: about 50 ms and 16 MiB on the appliance's CPU; enough to make guessing
# a stolen hash slow, short enough that a technician does not notice.
SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
_SALT_BYTES = 16
_HASH_BYTES = 32
_SCHEME = "scrypt"


class PinFileError(Exception):
    """The PIN file is missing, unreadable or not a PIN hash."""


class AdminPin:
    """Typed digits; ``repr``/``str`` never show them."""

    __slots__ = ("_digits",)

    def __init__(self, digits: str) -> None:
        self._digits = digits

    def reveal(self) -> str:
        return self._digits

    def __len__(self) -> int:
        return len(self._digits)

    def __repr__(self) -> str:
        return "AdminPin(<hidden>)"

    __str__ = __repr__


def pin_problem(digits: str) -> str | None:
    """Why these digits cannot be a PIN (English; the CLI shows it), or None."""
    if not digits.isascii() or not digits.isdigit():
        return "the PIN must be digits only"
    if not MIN_DIGITS <= len(digits) <= MAX_DIGITS:
        return f"the PIN must have {MIN_DIGITS} to {MAX_DIGITS} digits"
    return None


@dataclass(frozen=True, slots=True)
class PinHash:
    n: int
    r: int
    p: int
    salt: bytes
    digest: bytes

    def __repr__(self) -> str:
        return f"PinHash(scrypt n={self.n})"

    def encode(self) -> str:
        salt = base64.b64encode(self.salt).decode("ascii")
        digest = base64.b64encode(self.digest).decode("ascii")
        return f"{_SCHEME}${self.n}${self.r}${self.p}${salt}${digest}"

    @classmethod
    def decode(cls, text: str) -> PinHash:
        parts = text.strip().split("$")
        if len(parts) != 6 or parts[0] != _SCHEME:
            raise PinFileError("not an scrypt PIN hash")
        try:
            n, r, p = (int(v) for v in parts[1:4])
            salt = base64.b64decode(parts[4], validate=True)
            digest = base64.b64decode(parts[5], validate=True)
        except (ValueError, binascii.Error):
            raise PinFileError("the PIN hash is damaged") from None
        if n < 2 or n & (n - 1) or not salt or not digest:
            raise PinFileError("the PIN hash is damaged")
        return cls(n, r, p, salt, digest)

    def matches(self, pin: AdminPin) -> bool:
        candidate = _scrypt(pin.reveal(), self.salt, self.n, self.r, self.p, len(self.digest))
        return hmac.compare_digest(candidate, self.digest)


def hash_pin(pin: AdminPin) -> PinHash:
    problem = pin_problem(pin.reveal())
    if problem:
        raise ValueError(problem)
    salt = secrets.token_bytes(_SALT_BYTES)
    digest = _scrypt(pin.reveal(), salt, SCRYPT_N, SCRYPT_R, SCRYPT_P, _HASH_BYTES)
    return PinHash(SCRYPT_N, SCRYPT_R, SCRYPT_P, salt, digest)


def _scrypt(pin: str, salt: bytes, n: int, r: int, p: int, length: int) -> bytes:
    return hashlib.scrypt(
        pin.encode("ascii"), salt=salt, n=n, r=r, p=p, maxmem=64 * 1024 * 1024, dklen=length
    )


class PinFile:
    """The file holding the PIN hash (``[admin] pin_file``)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> PinHash:
        try:
            text = self.path.read_text(encoding="ascii")
        except FileNotFoundError:
            raise PinFileError("no admin PIN is set") from None
        except (OSError, UnicodeDecodeError):
            raise PinFileError("the PIN file cannot be read") from None
        lines = [line for line in text.splitlines() if line and not line.startswith("#")]
        if len(lines) != 1:
            raise PinFileError("not an scrypt PIN hash")
        return PinHash.decode(lines[0])

    @property
    def is_set(self) -> bool:
        try:
            self.load()
        except PinFileError:
            return False
        return True

    def save(self, pin: AdminPin) -> None:
        write_atomically(self.path, (hash_pin(pin).encode() + "\n").encode("ascii"), mode=0o600)
