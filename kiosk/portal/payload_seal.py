"""AES-256-GCM sealing of outbox payloads (the only personal data the kiosk writes to disk).

Each payload gets a fresh random 96-bit nonce, stored in front of the ciphertext.
The row's identifiers are bound in as associated data, so a sealed payload copied
onto another row fails to open instead of being sent under the wrong key.
"""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY_BYTES = 32
_NONCE_BYTES = 12


class PayloadUnreadable(Exception):
    """The payload cannot be opened: wrong key (keyring reset) or tampered data."""


class PayloadSeal:
    def __init__(self, key: bytes) -> None:
        if len(key) != KEY_BYTES:
            raise ValueError(f"the outbox key must be {KEY_BYTES} bytes")
        self._aead = AESGCM(key)

    def seal(self, plaintext: bytes, associated_data: bytes) -> bytes:
        nonce = os.urandom(_NONCE_BYTES)
        return nonce + self._aead.encrypt(nonce, plaintext, associated_data)

    def open(self, sealed: bytes, associated_data: bytes) -> bytes:
        nonce, ciphertext = sealed[:_NONCE_BYTES], sealed[_NONCE_BYTES:]
        try:
            return self._aead.decrypt(nonce, ciphertext, associated_data)
        except (InvalidTag, ValueError):
            raise PayloadUnreadable("the outbox payload cannot be decrypted") from None
