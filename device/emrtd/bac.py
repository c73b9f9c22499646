"""Basic Access Control (ICAO 9303-11 §4.3): mutual authentication with keys from the MRZ.

The terminal asks for the chip's 8-byte challenge, sends E(K_enc, RND.IFD‖RND.IC‖K.IFD)
with its MAC, and checks the chip's answer; the session keys come from K.IFD ⊕ K.IC and
the send sequence counter from the low halves of both challenges.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from device.emrtd import crypto
from device.emrtd.access_key import MrzKey
from device.emrtd.apdu import Command, Response, StatusError, Transmit
from device.emrtd.crypto import CipherKind
from device.emrtd.secure_messaging import SecureMessaging


class BacRefused(Exception):
    """The chip did not accept the keys (a wrong or misread MRZ)."""


@dataclass(frozen=True)
class BacKeys:
    k_enc: bytes
    k_mac: bytes

    @classmethod
    def from_seed(cls, seed: bytes) -> BacKeys:
        return cls(
            crypto.kdf(seed, crypto.KDF_ENC, CipherKind.TDES),
            crypto.kdf(seed, crypto.KDF_MAC, CipherKind.TDES),
        )


def terminal_cryptogram(keys: BacKeys, rnd_ifd: bytes, rnd_ic: bytes, k_ifd: bytes) -> bytes:
    """The EXTERNAL AUTHENTICATE data: E_IFD ‖ M_IFD."""
    encrypted = crypto.encrypt(CipherKind.TDES, keys.k_enc, rnd_ifd + rnd_ic + k_ifd)
    return encrypted + crypto.mac(CipherKind.TDES, keys.k_mac, crypto.pad(encrypted, 8))


def open_session(
    keys: BacKeys, rnd_ifd: bytes, rnd_ic: bytes, k_ifd: bytes, answer: bytes
) -> SecureMessaging:
    """Check the chip's E_IC ‖ M_IC and derive the secure-messaging session."""
    if len(answer) != 40:
        raise BacRefused("answer of the wrong length")
    encrypted, mac = answer[:32], answer[32:]
    if crypto.mac(CipherKind.TDES, keys.k_mac, crypto.pad(encrypted, 8)) != mac:
        raise BacRefused("chip MAC does not match")
    plain = crypto.decrypt(CipherKind.TDES, keys.k_enc, encrypted)
    if plain[:8] != rnd_ic or plain[8:16] != rnd_ifd:
        raise BacRefused("chip did not return our challenge")
    k_ic = plain[16:32]
    seed = bytes(a ^ b for a, b in zip(k_ifd, k_ic, strict=True))
    session = BacKeys.from_seed(seed)
    ssc = int.from_bytes(rnd_ic[4:8] + rnd_ifd[4:8], "big")
    return SecureMessaging(CipherKind.TDES, session.k_enc, session.k_mac, ssc)


def authenticate(transmit: Transmit, key: MrzKey) -> SecureMessaging:
    keys = BacKeys.from_seed(key.bac_seed())
    challenge = Response.decode(transmit(Command(0x00, 0x84, 0x00, 0x00, le=8).encode()))
    if not challenge.ok or len(challenge.data) != 8:
        raise StatusError(challenge.sw, "GET CHALLENGE")
    rnd_ifd, k_ifd = os.urandom(8), os.urandom(16)
    data = terminal_cryptogram(keys, rnd_ifd, challenge.data, k_ifd)
    answer = Response.decode(transmit(Command(0x00, 0x82, 0x00, 0x00, data, le=40).encode()))
    if not answer.ok:
        raise BacRefused(f"EXTERNAL AUTHENTICATE SW {answer.sw:04X}")
    return open_session(keys, rnd_ifd, challenge.data, k_ifd, answer.data)
