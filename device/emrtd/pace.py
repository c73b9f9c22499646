"""PACE with generic mapping over ECDH (ICAO 9303-11 §4.4, BSI TR-03110).

The chip's EF.CardAccess lists PACEInfo entries (protocol OID and standardised domain
parameter id). The terminal decrypts the chip's nonce s with K_π (from the MRZ or the
CAN), maps it to a new generator G~ = s·G + H (H from a first ECDH), runs a second
ECDH on G~, and both sides exchange authentication tokens over each other's public key.
"""

from __future__ import annotations

from dataclasses import dataclass

from device.emrtd import crypto, tlv
from device.emrtd.access_key import AccessKey, CanKey
from device.emrtd.apdu import Command, Response, Transmit
from device.emrtd.crypto import CipherKind
from device.emrtd.ec import STANDARD_CURVES, Curve, Point
from device.emrtd.secure_messaging import SecureMessaging

ID_PACE = "0.4.0.127.0.7.2.2.4"
ECDH_GM = {
    f"{ID_PACE}.2.1": CipherKind.TDES,
    f"{ID_PACE}.2.2": CipherKind.AES128,
    f"{ID_PACE}.2.3": CipherKind.AES192,
    f"{ID_PACE}.2.4": CipherKind.AES256,
}
PASSWORD_MRZ = 1
PASSWORD_CAN = 2


class PaceRefused(Exception):
    """The chip did not accept the password (wrong MRZ or CAN) or its token was wrong."""


@dataclass(frozen=True)
class PaceInfo:
    oid: str
    parameter_id: int

    @property
    def cipher(self) -> CipherKind:
        return ECDH_GM[self.oid]

    @property
    def curve(self) -> Curve:
        return STANDARD_CURVES[self.parameter_id]


def decode_oid(raw: bytes) -> str:
    parts = [raw[0] // 40, raw[0] % 40]
    value = 0
    for byte in raw[1:]:
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            parts.append(value)
            value = 0
    return ".".join(map(str, parts))


def encode_oid(oid: str) -> bytes:
    numbers = [int(part) for part in oid.split(".")]
    out = bytearray([numbers[0] * 40 + numbers[1]])
    for number in numbers[2:]:
        chunk = [number & 0x7F]
        number >>= 7
        while number:
            chunk.append(0x80 | (number & 0x7F))
            number >>= 7
        out += bytes(reversed(chunk))
    return bytes(out)


def supported_infos(card_access: bytes) -> list[PaceInfo]:
    """The PACE-ECDH-GM entries of EF.CardAccess this reader can run, best first."""
    found = []
    for info in tlv.parse_one(card_access).children():
        fields = info.children()
        if len(fields) < 3 or fields[0].tag != 0x06:
            continue
        oid = decode_oid(fields[0].value)
        parameter = int.from_bytes(fields[2].value, "big") if fields[2].tag == 0x02 else -1
        if oid in ECDH_GM and parameter in STANDARD_CURVES:
            found.append(PaceInfo(oid, parameter))
    return found


def password_key(key: AccessKey, cipher: CipherKind) -> bytes:
    return crypto.kdf(key.pace_password(), crypto.KDF_PACE, cipher)


def decrypt_nonce(k_pi: bytes, cipher: CipherKind, encrypted: bytes) -> bytes:
    return crypto.decrypt(cipher, k_pi, encrypted)


def map_generator(curve: Curve, nonce: bytes, shared: Point) -> Point:
    """Generic mapping: G~ = s·G + H."""
    return curve.add(curve.multiply(int.from_bytes(nonce, "big"), curve.generator), shared)


def public_key_data(oid: str, curve: Curve, point: Point) -> bytes:
    """The public key data object the authentication token is computed over."""
    inner = tlv.encode(0x06, encode_oid(oid)) + tlv.encode(0x86, curve.encode(point))
    return tlv.encode(0x7F49, inner)


def token(cipher: CipherKind, ks_mac: bytes, oid: str, curve: Curve, point: Point) -> bytes:
    data = public_key_data(oid, curve, point)
    if cipher is CipherKind.TDES:
        data = crypto.pad(data, 8)
    return crypto.mac(cipher, ks_mac, data)


def session_keys(cipher: CipherKind, shared_x: bytes) -> tuple[bytes, bytes]:
    return (
        crypto.kdf(shared_x, crypto.KDF_ENC, cipher),
        crypto.kdf(shared_x, crypto.KDF_MAC, cipher),
    )


def _general_authenticate(transmit: Transmit, tag: int, value: bytes, last: bool) -> bytes:
    data = tlv.encode(0x7C, tlv.encode(tag, value) if tag else b"")
    command = Command(0x00 if last else 0x10, 0x86, 0x00, 0x00, data, le=0)
    response = Response.decode(transmit(command.encode()))
    if not response.ok:
        raise PaceRefused(f"GENERAL AUTHENTICATE SW {response.sw:04X}")
    dynamic = tlv.parse_one(response.data)
    if dynamic.tag != 0x7C:
        raise PaceRefused("answer is not dynamic authentication data")
    items = dynamic.children()
    if not items:
        raise PaceRefused("empty dynamic authentication data")
    return items[0].value


def authenticate(transmit: Transmit, info: PaceInfo, key: AccessKey) -> SecureMessaging:
    cipher, curve = info.cipher, info.curve
    reference = PASSWORD_CAN if isinstance(key, CanKey) else PASSWORD_MRZ
    mse = (
        tlv.encode(0x80, encode_oid(info.oid))
        + tlv.encode(0x83, bytes([reference]))
        + tlv.encode(0x84, bytes([info.parameter_id]))
    )
    response = Response.decode(transmit(Command(0x00, 0x22, 0xC1, 0xA4, mse).encode()))
    if not response.ok:
        raise PaceRefused(f"MSE:SET AT SW {response.sw:04X}")

    encrypted_nonce = _general_authenticate(transmit, 0, b"", last=False)
    nonce = decrypt_nonce(password_key(key, cipher), cipher, encrypted_nonce)

    map_secret = curve.random_scalar()
    map_public = curve.multiply(map_secret, curve.generator)
    chip_map = _general_authenticate(transmit, 0x81, curve.encode(map_public), last=False)
    try:
        shared = curve.multiply(map_secret, curve.decode(chip_map))
    except ValueError as error:
        raise PaceRefused(str(error)) from error
    generator = map_generator(curve, nonce, shared)

    secret = curve.random_scalar()
    public = curve.multiply(secret, generator)
    chip_public_raw = _general_authenticate(transmit, 0x83, curve.encode(public), last=False)
    try:
        chip_public = curve.decode(chip_public_raw)
    except ValueError as error:
        raise PaceRefused(str(error)) from error
    if chip_public == public:
        raise PaceRefused("chip echoed our public key")
    agreed = curve.multiply(secret, chip_public)
    if agreed is None:
        raise PaceRefused("degenerate key agreement")
    ks_enc, ks_mac = session_keys(cipher, agreed[0].to_bytes(curve.size, "big"))

    our_token = token(cipher, ks_mac, info.oid, curve, chip_public)
    chip_token = _general_authenticate(transmit, 0x85, our_token, last=True)
    if chip_token != token(cipher, ks_mac, info.oid, curve, public):
        raise PaceRefused("chip token does not match")
    return SecureMessaging(cipher, ks_enc, ks_mac, 0)
