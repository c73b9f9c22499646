"""Symmetric primitives of ICAO 9303 part 11: 3DES/AES in CBC, retail MAC, CMAC, KDF.

3DES here is two-key triple DES (K1, K2, K1) with a zero IV; the MAC is ISO/IEC 9797-1
MAC algorithm 3 (single-DES CBC with K1, then DES-decrypt K2 / encrypt K1 on the last
block). AES uses CMAC truncated to 8 bytes. Padding is ISO/IEC 9797-1 method 2.
"""

from __future__ import annotations

import hashlib
from enum import StrEnum

from cryptography.hazmat.decrepit.ciphers.algorithms import TripleDES
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.cmac import CMAC


class CipherKind(StrEnum):
    TDES = "3DES"
    AES128 = "AES-128"
    AES192 = "AES-192"
    AES256 = "AES-256"

    @property
    def block(self) -> int:
        return 8 if self is CipherKind.TDES else 16

    @property
    def key_length(self) -> int:
        return {"3DES": 16, "AES-128": 16, "AES-192": 24, "AES-256": 32}[self.value]


KDF_ENC = 1
KDF_MAC = 2
KDF_PACE = 3


def pad(data: bytes, block: int) -> bytes:
    padded = data + b"\x80"
    return padded + b"\x00" * (-len(padded) % block)


def unpad(data: bytes) -> bytes:
    stripped = data.rstrip(b"\x00")
    if not stripped.endswith(b"\x80"):
        raise ValueError("bad padding")
    return stripped[:-1]


def _des_parity(key: bytes) -> bytes:
    return bytes((b & 0xFE) | (1 ^ (bin(b >> 1).count("1") & 1)) for b in key)


def kdf(secret: bytes, counter: int, kind: CipherKind) -> bytes:
    """ICAO 9303-11 §9.7.1: key derivation from a shared secret (or the BAC seed)."""
    data = secret + counter.to_bytes(4, "big")
    if kind is CipherKind.TDES:
        return _des_parity(hashlib.sha1(data).digest()[:16])
    if kind is CipherKind.AES128:
        return hashlib.sha1(data).digest()[:16]
    return hashlib.sha256(data).digest()[: kind.key_length]


def _tdes_key(key: bytes) -> bytes:
    return key[:16] + key[:8]


def _cipher(kind: CipherKind, key: bytes, iv: bytes) -> Cipher[modes.CBC]:
    if kind is CipherKind.TDES:
        return Cipher(TripleDES(_tdes_key(key)), modes.CBC(iv))
    return Cipher(algorithms.AES(key), modes.CBC(iv))


def encrypt(kind: CipherKind, key: bytes, data: bytes, iv: bytes | None = None) -> bytes:
    enc = _cipher(kind, key, iv or bytes(kind.block)).encryptor()
    return enc.update(data) + enc.finalize()


def decrypt(kind: CipherKind, key: bytes, data: bytes, iv: bytes | None = None) -> bytes:
    dec = _cipher(kind, key, iv or bytes(kind.block)).decryptor()
    return dec.update(data) + dec.finalize()


def aes_ecb(key: bytes, block: bytes) -> bytes:
    enc = Cipher(algorithms.AES(key), modes.ECB()).encryptor()
    return enc.update(block) + enc.finalize()


def retail_mac(key: bytes, data: bytes) -> bytes:
    """ISO/IEC 9797-1 MAC algorithm 3 over already padded ``data`` (8-byte result)."""
    k1, k2 = key[:8], key[8:16]
    single = Cipher(TripleDES(k1 * 3), modes.CBC(bytes(8))).encryptor()
    chained = single.update(data) + single.finalize()
    last = chained[-8:]
    step = Cipher(TripleDES(k2 * 3), modes.ECB()).decryptor()
    last = step.update(last) + step.finalize()
    final = Cipher(TripleDES(k1 * 3), modes.ECB()).encryptor()
    return final.update(last) + final.finalize()


def mac(kind: CipherKind, key: bytes, data: bytes) -> bytes:
    """The 8-byte MAC of secure messaging and authentication tokens.

    3DES needs ``data`` padded to 8 bytes by the caller; AES-CMAC takes any length.
    """
    if kind is CipherKind.TDES:
        return retail_mac(key, data)
    cmac = CMAC(algorithms.AES(key))
    cmac.update(data)
    return cmac.finalize()[:8]
