"""The files of an emulated chip: LDS data groups, EF.SOD under a generated PKI, EF.CardAccess.

The PKI is made fresh for every :class:`Pki` (an EC P-256 country signing CA and a
document signer it certified); tests install the CSCA as the reader's master list,
or leave it out, or sign with a signer of an unknown CA.
"""

from __future__ import annotations

import datetime
import hashlib
from dataclasses import dataclass, field

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from device.emrtd.emulator import der
from device.emrtd.emulator.specimen import Holder

FID_CARD_ACCESS = 0x011C
FID_COM = 0x011E
FID_SOD = 0x011D
FID_DG1 = 0x0101
FID_DG2 = 0x0102
FID_DG11 = 0x010B

ID_PACE_ECDH_GM = "0.4.0.127.0.7.2.2.4.2"
OID_SIGNED_DATA = "1.2.840.113549.1.7.2"
OID_LDS_SECURITY_OBJECT = "2.23.136.1.1.1"
OID_CSCA_MASTER_LIST = "2.23.136.1.1.2"
OID_SHA256 = "2.16.840.1.101.3.4.2.1"
OID_ECDSA_SHA256 = "1.2.840.10045.4.3.2"
OID_CONTENT_TYPE = "1.2.840.113549.1.9.3"
OID_MESSAGE_DIGEST = "1.2.840.113549.1.9.4"


@dataclass
class Pki:
    country: str = "UT"
    csca_key: ec.EllipticCurvePrivateKey = field(
        default_factory=lambda: ec.generate_private_key(ec.SECP256R1())
    )
    signer_key: ec.EllipticCurvePrivateKey = field(
        default_factory=lambda: ec.generate_private_key(ec.SECP256R1())
    )

    def __post_init__(self) -> None:
        now = datetime.datetime.now(datetime.UTC)
        csca_name = x509.Name(
            [
                x509.NameAttribute(NameOID.COUNTRY_NAME, self.country),
                x509.NameAttribute(NameOID.COMMON_NAME, f"CSCA {self.country} (emulator)"),
            ]
        )
        self.csca = (
            x509.CertificateBuilder()
            .subject_name(csca_name)
            .issuer_name(csca_name)
            .public_key(self.csca_key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=3650))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .sign(self.csca_key, hashes.SHA256())
        )
        self.signer = (
            x509.CertificateBuilder()
            .subject_name(
                x509.Name(
                    [
                        x509.NameAttribute(NameOID.COUNTRY_NAME, self.country),
                        x509.NameAttribute(NameOID.COMMON_NAME, "Document Signer (emulator)"),
                    ]
                )
            )
            .issuer_name(csca_name)
            .public_key(self.signer_key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=3650))
            .sign(self.csca_key, hashes.SHA256())
        )

    def csca_pem(self) -> bytes:
        return self.csca.public_bytes(serialization.Encoding.PEM)


def _text(tag: int, value: str) -> bytes:
    return der.tagged(tag, value.encode("utf-8"))


def dg1(holder: Holder) -> bytes:
    return der.tagged(0x61, _text(0x5F1F, "".join(holder.mrz_lines())))


def dg2(face: bytes, jpeg2000: bool, size: tuple[int, int] = (240, 320)) -> bytes:
    """DG2 with one ISO/IEC 19794-5 facial record holding the image."""
    image_info = bytes([1, 1 if jpeg2000 else 0]) + size[0].to_bytes(2, "big")
    image_info += size[1].to_bytes(2, "big") + bytes([1, 2]) + bytes(4)
    face_info = bytes(2) + bytes([2, 0, 0]) + bytes(3) + bytes(2) + bytes(6)
    block = face_info + image_info + face
    block = (len(block) + 4).to_bytes(4, "big") + block
    record = b"FAC\x00010\x00" + (14 + len(block)).to_bytes(4, "big") + (1).to_bytes(2, "big")
    record += block
    header = der.tagged(0xA1, der.tagged(0x80, b"\x01\x01") + der.tagged(0x87, b"\x01\x01"))
    instance = der.tagged(0x7F60, header + der.tagged(0x5F2E, record))
    return der.tagged(0x75, der.tagged(0x7F61, der.tagged(0x02, b"\x01") + instance))


def dg11(holder: Holder) -> bytes:
    fields = [
        (0x5F0E, f"{holder.surname.upper()}<<{holder.given_names.upper().replace(' ', '<')}"),
        (0x5F10, holder.personal_number),
        (0x5F2B, holder.full_birth_date),
        (0x5F11, holder.place_of_birth),
        (0x5F42, holder.address),
    ]
    present = [(tag, value) for tag, value in fields if value]
    tags = b"".join(tag.to_bytes(2, "big") for tag, _ in present)
    return der.tagged(0x6B, der.tagged(0x5C, tags) + b"".join(_text(t, v) for t, v in present))


def com(groups: list[int]) -> bytes:
    tags = {1: 0x61, 2: 0x75, 11: 0x6B}
    return der.tagged(
        0x60,
        _text(0x5F01, "0107")
        + _text(0x5F36, "040000")
        + der.tagged(0x5C, bytes(tags[g] for g in groups)),
    )


def _algorithm(dotted: str) -> bytes:
    return der.sequence(der.oid(dotted))


def _signed_data(
    content_type: str,
    content: bytes,
    key: ec.EllipticCurvePrivateKey,
    cert: x509.Certificate,
) -> bytes:
    """CMS ContentInfo(SignedData) over ``content``, signed attributes, one signer."""
    attributes = [
        der.sequence(der.oid(OID_CONTENT_TYPE), der.set_of(der.oid(content_type))),
        der.sequence(
            der.oid(OID_MESSAGE_DIGEST),
            der.set_of(der.octets(hashlib.sha256(content).digest())),
        ),
    ]
    signed_set = der.set_of(*attributes)
    signature = key.sign(signed_set, ec.ECDSA(hashes.SHA256()))
    signer_info = der.sequence(
        der.integer(1),
        der.sequence(cert.issuer.public_bytes(), der.integer(cert.serial_number)),
        _algorithm(OID_SHA256),
        der.tagged(0xA0, signed_set[2 if signed_set[1] < 0x80 else 2 + (signed_set[1] & 0x7F) :]),
        _algorithm(OID_ECDSA_SHA256),
        der.octets(signature),
    )
    signed_data = der.sequence(
        der.integer(3),
        der.set_of(_algorithm(OID_SHA256)),
        der.sequence(der.oid(content_type), der.explicit(0, der.octets(content))),
        der.tagged(0xA0, cert.public_bytes(serialization.Encoding.DER)),
        der.set_of(signer_info),
    )
    return der.sequence(der.oid(OID_SIGNED_DATA), der.explicit(0, signed_data))


def sod(groups: dict[int, bytes], pki: Pki) -> bytes:
    """EF.SOD: CMS SignedData over the LDSSecurityObject with SHA-256 data-group hashes."""
    hashes_seq = der.sequence(
        *(
            der.sequence(der.integer(number), der.octets(hashlib.sha256(content).digest()))
            for number, content in sorted(groups.items())
        )
    )
    lds_object = der.sequence(der.integer(0), _algorithm(OID_SHA256), hashes_seq)
    content_info = _signed_data(OID_LDS_SECURITY_OBJECT, lds_object, pki.signer_key, pki.signer)
    return der.tagged(0x77, content_info)


def master_list(cscas: list[x509.Certificate], signer: Pki) -> bytes:
    """An ICAO CSCA master list (a ``.ml`` file): SignedData over the list of CSCAs."""
    listing = der.sequence(
        der.integer(0),
        der.set_of(*(cert.public_bytes(serialization.Encoding.DER) for cert in cscas)),
    )
    return _signed_data(OID_CSCA_MASTER_LIST, listing, signer.signer_key, signer.signer)


def card_access(protocols: list[tuple[int, int]]) -> bytes:
    """EF.CardAccess with one PACEInfo per (cipher suffix, standardised parameter id)."""
    infos = [
        der.sequence(der.oid(f"{ID_PACE_ECDH_GM}.{suffix}"), der.integer(2), der.integer(param))
        for suffix, param in protocols
    ]
    return der.set_of(*infos)


@dataclass
class ChipFiles:
    files: dict[int, bytes]


def build_files(
    holder: Holder,
    pki: Pki,
    *,
    jpeg2000: bool = False,
    with_dg11: bool = True,
    pace: list[tuple[int, int]] | None = None,
    tamper: int | None = None,
    face_size: tuple[int, int] = (240, 320),
) -> dict[int, bytes]:
    """All files of the chip by file id; ``tamper`` changes that data group after signing."""
    from device.emrtd.emulator.specimen import face_image

    face = face_image(jpeg2000, *face_size)
    groups = {1: dg1(holder), 2: dg2(face, jpeg2000, face_size)}
    if with_dg11:
        groups[11] = dg11(holder)
    files = {
        FID_COM: com(sorted(groups)),
        FID_SOD: sod(groups, pki),
    }
    if tamper is not None:
        altered = bytearray(groups[tamper])
        altered[-3] ^= 0x01
        groups[tamper] = bytes(altered)
    fids = {1: FID_DG1, 2: FID_DG2, 11: FID_DG11}
    files.update({fids[number]: content for number, content in groups.items()})
    if pace:
        files[FID_CARD_ACCESS] = card_access(pace)
    return files
