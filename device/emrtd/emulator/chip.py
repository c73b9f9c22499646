"""The emulated chip: answers command APDUs as an ICAO 9303 eMRTD would.

Protocol logic here is written from the chip's side and separately from the reader's
(:mod:`device.emrtd.bac`, :mod:`device.emrtd.pace`, :mod:`device.emrtd.secure_messaging`):
only the block ciphers / KDF and the curve arithmetic, both checked against the worked
examples of ICAO 9303-11, are shared.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field

from device.emrtd import crypto
from device.emrtd.crypto import CipherKind
from device.emrtd.ec import STANDARD_CURVES, Curve, Point
from device.emrtd.emulator import der
from device.emrtd.emulator.documents import FID_CARD_ACCESS
from device.emrtd.emulator.specimen import Holder

ATR = bytes.fromhex("3B8880014241434B0000000000")  # contactless ISO 14443 type B style ATR
AID = bytes.fromhex("A0000002471001")
PACE_CIPHERS = {
    1: CipherKind.TDES,
    2: CipherKind.AES128,
    3: CipherKind.AES192,
    4: CipherKind.AES256,
}


def _sw(sw: int) -> bytes:
    return sw.to_bytes(2, "big")


def _objects(data: bytes) -> dict[int, bytes]:
    """Parse a flat run of simple TLVs (tags of one or two bytes)."""
    found: dict[int, bytes] = {}
    pos = 0
    while pos < len(data):
        tag = data[pos]
        pos += 1
        if tag & 0x1F == 0x1F:
            tag = (tag << 8) | data[pos]
            pos += 1
        length = data[pos]
        pos += 1
        if length & 0x80:
            count = length & 0x7F
            length = int.from_bytes(data[pos : pos + count], "big")
            pos += count
        found[tag] = data[pos : pos + length]
        pos += length
    return found


class _Session:
    """Chip-side secure messaging."""

    def __init__(self, kind: CipherKind, enc: bytes, mac: bytes, counter: int) -> None:
        self.kind, self.enc, self.mac, self.counter = kind, enc, mac, counter

    def _ssc(self) -> bytes:
        return self.counter.to_bytes(self.kind.block, "big")

    def _iv(self) -> bytes:
        return bytes(8) if self.kind is CipherKind.TDES else crypto.aes_ecb(self.enc, self._ssc())

    def _checksum(self, data: bytes) -> bytes:
        return crypto.mac(self.kind, self.mac, crypto.pad(self._ssc() + data, self.kind.block))

    def open(self, apdu: bytes) -> tuple[bytes, bytes, int | None] | None:
        """(header, data, le) of a protected command, or None if it does not verify."""
        self.counter += 1
        if len(apdu) < 5 or apdu[0] & 0x0C != 0x0C:
            return None
        header, body = apdu[:4], apdu[5 : 5 + apdu[4]]
        objects = _objects(body)
        if 0x8E not in objects:
            return None
        covered = body[: body.index(b"\x8e\x08" + objects[0x8E])]
        if self._checksum(crypto.pad(header, self.kind.block) + covered) != objects[0x8E]:
            return None
        data = b""
        cryptogram = objects[0x87][1:] if 0x87 in objects else objects.get(0x85, b"")
        if cryptogram:
            plain = crypto.decrypt(self.kind, self.enc, cryptogram, self._iv())
            data = plain[: plain.rstrip(b"\x00").rindex(b"\x80")]
        le = objects[0x97][0] if 0x97 in objects else None
        return bytes([header[0] & 0xF0]) + header[1:], data, le

    def seal(self, data: bytes, sw: int, odd: bool = False) -> bytes:
        self.counter += 1
        body = b""
        if data:
            padded = data + b"\x80" + bytes(-(len(data) + 1) % self.kind.block)
            encrypted = crypto.encrypt(self.kind, self.enc, padded, self._iv())
            # Answers to an odd INS hold BER-TLV data: DO'85', no padding indicator.
            body += der.tagged(0x85, encrypted) if odd else der.tagged(0x87, b"\x01" + encrypted)
        body += der.tagged(0x99, _sw(sw))
        return body + der.tagged(0x8E, self._checksum(body)) + _sw(0x9000)


@dataclass
class _Pace:
    cipher: CipherKind
    curve: Curve
    oid: bytes
    password: bytes
    nonce: bytes = b""
    generator: Point = None
    secret: int = 0
    public: Point = None
    terminal: Point = None
    step: int = 0


@dataclass
class ChipProfile:
    holder: Holder
    files: dict[int, bytes]
    bac: bool = True
    pace: list[tuple[int, int]] = field(default_factory=list)  # (cipher suffix, parameter id)


class Chip:
    def __init__(self, profile: ChipProfile) -> None:
        self.profile = profile
        self.apdus = 0
        self.reset()

    def reset(self) -> None:
        self.session: _Session | None = None
        self.app_selected = False
        self.current: int | None = None
        self.challenge = b""
        self.pace_state: _Pace | None = None

    # -- keys -------------------------------------------------------------------------
    def _mrz_secret(self) -> bytes:
        lines = self.profile.holder.mrz_lines()
        if len(lines) == 3:
            number, check = lines[0][5:14], lines[0][14]
            birth, expiry = lines[1][0:7], lines[1][8:15]
        else:
            number, check = lines[1][0:9], lines[1][9]
            birth, expiry = lines[1][13:20], lines[1][21:28]
        return hashlib.sha1((number + check + birth + expiry).encode()).digest()

    # -- dispatch ---------------------------------------------------------------------
    def respond(self, apdu: bytes) -> bytes:
        self.apdus += 1
        if self.session is not None and apdu[0] & 0x0C == 0x0C:
            session = self.session
            opened = session.open(apdu)
            if opened is None:
                self.session = None
                return _sw(0x6988)
            header, data, le = opened
            reply, sw = self._command(header, data, le, protected=True)
            return session.seal(reply, sw, odd=bool(header[1] & 1))
        if self.session is not None and apdu[1] not in (0xA4, 0xB0, 0xB1):
            self.session = None  # a plain command ends secure messaging
        header = apdu[:4]
        data, le = b"", None
        if len(apdu) == 5:
            le = apdu[4]
        elif len(apdu) > 5:
            data = apdu[5 : 5 + apdu[4]]
            if len(apdu) > 5 + apdu[4]:
                le = apdu[5 + apdu[4]]
        reply, sw = self._command(header, data, le, protected=False)
        return reply + _sw(sw)

    def _command(
        self, header: bytes, data: bytes, le: int | None, protected: bool
    ) -> tuple[bytes, int]:
        ins, p1, p2 = header[1], header[2], header[3]
        if ins == 0xA4:
            return self._select(p1, data, protected)
        if ins == 0xB0:
            return self._read(p1, p2, le, protected)
        if ins == 0xB1:
            return self._read_far(data, le, protected)
        if ins == 0x84 and self.profile.bac:
            self.challenge = os.urandom(8)
            return self.challenge, 0x9000
        if ins == 0x82 and self.profile.bac:
            return self._external_authenticate(data)
        if ins == 0x22 and self.profile.pace:
            return self._mse_set_at(data)
        if ins == 0x86 and self.pace_state is not None:
            return self._general_authenticate(data)
        return b"", 0x6D00

    def _select(self, p1: int, data: bytes, protected: bool) -> tuple[bytes, int]:
        if p1 == 0x04:
            if data != AID:
                return b"", 0x6A82
            self.app_selected = True
            self.current = None
            return b"", 0x9000
        fid = int.from_bytes(data, "big") if len(data) == 2 else -1
        if fid not in self.profile.files:
            return b"", 0x6A82
        if fid != FID_CARD_ACCESS and not (self.app_selected and protected):
            return b"", 0x6982
        self.current = fid
        return b"", 0x9000

    def _read(self, p1: int, p2: int, le: int | None, protected: bool) -> tuple[bytes, int]:
        if p1 & 0x80:
            fid = 0x0100 | (p1 & 0x1F) if p1 & 0x1F != 0x1C else FID_CARD_ACCESS
            if fid not in self.profile.files:
                return b"", 0x6A82
            if fid != FID_CARD_ACCESS and not protected:
                return b"", 0x6982
            self.current, offset = fid, p2
        else:
            offset = (p1 << 8) | p2
        if self.current is None:
            return b"", 0x6986
        content = self.profile.files[self.current]
        if offset > len(content):
            return b"", 0x6B00
        length = le if le else 256
        return content[offset : offset + length], 0x9000

    def _read_far(self, data: bytes, le: int | None, protected: bool) -> tuple[bytes, int]:
        """READ BINARY B1: the offset in a '54' object, the answer in a '53' object."""
        offset_object = _objects(data).get(0x54)
        if offset_object is None or self.current is None or not protected:
            return b"", 0x6A80 if offset_object is None else 0x6982
        offset = int.from_bytes(offset_object, "big")
        content = self.profile.files[self.current]
        if offset > len(content):
            return b"", 0x6B00
        room = (le if le else 256) - 3  # the '53' object's own tag and length
        return der.tagged(0x53, content[offset : offset + room]), 0x9000

    # -- BAC ----------------------------------------------------------------------------
    def _external_authenticate(self, data: bytes) -> tuple[bytes, int]:
        seed = self._mrz_secret()[:16]
        k_enc = crypto.kdf(seed, 1, CipherKind.TDES)
        k_mac = crypto.kdf(seed, 2, CipherKind.TDES)
        if len(data) != 40 or not self.challenge:
            return b"", 0x6700
        cryptogram, mac = data[:32], data[32:]
        if crypto.mac(CipherKind.TDES, k_mac, crypto.pad(cryptogram, 8)) != mac:
            return b"", 0x6300
        plain = crypto.decrypt(CipherKind.TDES, k_enc, cryptogram)
        rnd_ifd, rnd_ic, k_ifd = plain[:8], plain[8:16], plain[16:]
        if rnd_ic != self.challenge:
            return b"", 0x6300
        k_ic = os.urandom(16)
        reply = crypto.encrypt(CipherKind.TDES, k_enc, rnd_ic + rnd_ifd + k_ic)
        reply += crypto.mac(CipherKind.TDES, k_mac, crypto.pad(reply, 8))
        seed = bytes(x ^ y for x, y in zip(k_ifd, k_ic, strict=True))
        self.session = _Session(
            CipherKind.TDES,
            crypto.kdf(seed, 1, CipherKind.TDES),
            crypto.kdf(seed, 2, CipherKind.TDES),
            int.from_bytes(rnd_ic[4:] + rnd_ifd[4:], "big"),
        )
        self.challenge = b""
        return reply, 0x9000

    # -- PACE ---------------------------------------------------------------------------
    def _mse_set_at(self, data: bytes) -> tuple[bytes, int]:
        objects = _objects(data)
        oid, reference = objects.get(0x80, b""), objects.get(0x83, b"\x00")[0]
        parameter = objects.get(0x84, b"\x00")[0]
        offered = {
            (der.oid(f"0.4.0.127.0.7.2.2.4.2.{suffix}")[2:], param): suffix
            for suffix, param in self.profile.pace
        }
        if (oid, parameter) not in offered or reference not in (1, 2):
            return b"", 0x6A80
        cipher = PACE_CIPHERS[offered[(oid, parameter)]]
        password = self._mrz_secret() if reference == 1 else self.profile.holder.can.encode("ascii")
        self.session = None
        self.pace_state = _Pace(cipher, STANDARD_CURVES[parameter], oid, password)
        return b"", 0x9000

    def _general_authenticate(self, data: bytes) -> tuple[bytes, int]:
        state = self.pace_state
        assert state is not None
        inner = _objects(_objects(data).get(0x7C, b""))
        curve = state.curve
        try:
            if state.step == 0:
                state.nonce = os.urandom(state.cipher.block)
                k_pi = crypto.kdf(state.password, 3, state.cipher)
                reply = der.tagged(0x80, crypto.encrypt(state.cipher, k_pi, state.nonce))
            elif state.step == 1:
                secret = curve.random_scalar()
                shared = curve.multiply(secret, curve.decode(inner[0x81]))
                nonce = int.from_bytes(state.nonce, "big")
                state.generator = curve.add(curve.multiply(nonce, curve.generator), shared)
                reply = der.tagged(0x82, curve.encode(curve.multiply(secret, curve.generator)))
            elif state.step == 2:
                state.secret = curve.random_scalar()
                state.public = curve.multiply(state.secret, state.generator)
                state.terminal = curve.decode(inner[0x83])
                reply = der.tagged(0x84, curve.encode(state.public))
            else:
                return self._pace_tokens(state, inner.get(0x85, b""))
        except (KeyError, ValueError):
            self.pace_state = None
            return b"", 0x6A80
        state.step += 1
        return der.tagged(0x7C, reply), 0x9000

    def _pace_tokens(self, state: _Pace, terminal_token: bytes) -> tuple[bytes, int]:
        curve, cipher = state.curve, state.cipher
        terminal = state.terminal
        agreed = curve.multiply(state.secret, terminal)
        assert agreed is not None
        shared = agreed[0].to_bytes(curve.size, "big")
        enc, mac = crypto.kdf(shared, 1, cipher), crypto.kdf(shared, 2, cipher)

        def token_over(point: Point) -> bytes:
            body = der.tagged(
                0x7F49, der.tagged(0x06, state.oid) + der.tagged(0x86, curve.encode(point))
            )
            if cipher is CipherKind.TDES:
                body = crypto.pad(body, 8)
            return crypto.mac(cipher, mac, body)

        self.pace_state = None
        if terminal_token != token_over(state.public):
            return b"", 0x6300  # the terminal used another password
        self.session = _Session(cipher, enc, mac, 0)
        return der.tagged(0x7C, der.tagged(0x86, token_over(terminal))), 0x9000
