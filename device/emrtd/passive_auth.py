"""Passive authentication (ICAO 9303-11 §5.1): are the data groups the issuer signed?

1. every data group read hashes to the value listed in EF.SOD's LDSSecurityObject;
2. the SOD's CMS signature verifies with its document-signer certificate, and the
   signed messageDigest attribute is the hash of the LDSSecurityObject;
3. when a master list is installed (a directory of CSCA certificates, PEM or DER, and/or
   ICAO master-list files ``*.ml``), the document signer chains to one of its CSCAs.
Outcome: ``verified`` (1–3), ``hashes_only`` (1–2, no master list installed) or ``failed``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

from device.emrtd import tlv
from device.emrtd.pace import decode_oid

HASHES = {
    "1.3.14.3.2.26": "sha1",
    "2.16.840.1.101.3.4.2.4": "sha224",
    "2.16.840.1.101.3.4.2.1": "sha256",
    "2.16.840.1.101.3.4.2.2": "sha384",
    "2.16.840.1.101.3.4.2.3": "sha512",
}
_CRYPTO_HASHES: dict[str, type[hashes.HashAlgorithm]] = {
    "sha1": hashes.SHA1,
    "sha224": hashes.SHA224,
    "sha256": hashes.SHA256,
    "sha384": hashes.SHA384,
    "sha512": hashes.SHA512,
}
OID_MESSAGE_DIGEST = "1.2.840.113549.1.9.4"
OID_SIGNED_DATA = "1.2.840.113549.1.7.2"


class Outcome(StrEnum):
    VERIFIED = "verified"
    HASHES_ONLY = "hashes_only"
    FAILED = "failed"


@dataclass(frozen=True)
class Verdict:
    outcome: Outcome
    reason: str  # for operators and the CLI; no personal data
    signer: str = ""  # the document signer's subject


@dataclass(frozen=True)
class SignedData:
    content: bytes
    certificates: list[x509.Certificate]
    digest_algorithm: str
    signed_attributes: bytes | None  # DER of the SET OF attributes, as signed
    signature: bytes


class SodError(ValueError):
    pass


def _children(item: tlv.Tlv, count: int) -> list[tlv.Tlv]:
    found = item.children()
    if len(found) < count:
        raise SodError("structure too short")
    return found


def parse_signed_data(content_info: bytes) -> SignedData:
    root = tlv.parse_one(content_info)
    oid_item, wrapped = _children(root, 2)[:2]
    if decode_oid(oid_item.value) != OID_SIGNED_DATA:
        raise SodError("not CMS SignedData")
    signed = _children(wrapped, 1)[0]
    parts = _children(signed, 4)
    encap = _children(parts[2], 2)
    content = _children(encap[1], 1)[0].value
    certificates = []
    signer_infos = parts[-1]
    for part in parts[3:-1]:
        if part.tag == 0xA0:
            for cert in part.children():
                certificates.append(x509.load_der_x509_certificate(tlv.encode(0x30, cert.value)))
    signer = _children(signer_infos, 1)[0]
    fields = _children(signer, 5)
    digest = HASHES.get(decode_oid(_children(fields[2], 1)[0].value))
    if digest is None:
        raise SodError("unknown digest algorithm")
    attributes = next((f for f in fields if f.tag == 0xA0), None)
    signature = fields[-1].value
    return SignedData(
        content,
        certificates,
        digest,
        tlv.encode(0x31, attributes.value) if attributes else None,
        signature,
    )


def lds_hashes(lds_security_object: bytes) -> tuple[str, dict[int, bytes]]:
    root = tlv.parse_one(lds_security_object)
    parts = _children(root, 3)
    algorithm = HASHES.get(decode_oid(_children(parts[1], 1)[0].value))
    if algorithm is None:
        raise SodError("unknown data-group hash algorithm")
    values = {}
    for entry in parts[2].children():
        number, value = _children(entry, 2)
        values[int.from_bytes(number.value, "big")] = value.value
    return algorithm, values


def _verify_signature(cert: x509.Certificate, signed: bytes, signature: bytes, digest: str) -> None:
    key = cert.public_key()
    algorithm = _CRYPTO_HASHES[digest]()
    if isinstance(key, ec.EllipticCurvePublicKey):
        key.verify(signature, signed, ec.ECDSA(algorithm))
    elif isinstance(key, rsa.RSAPublicKey):
        try:
            key.verify(signature, signed, padding.PKCS1v15(), algorithm)
        except InvalidSignature:
            pss = padding.PSS(padding.MGF1(algorithm), padding.PSS.AUTO)
            key.verify(signature, signed, pss, algorithm)
    else:
        raise InvalidSignature("unsupported signer key")


def load_master_list(path: Path | None) -> list[x509.Certificate] | None:
    """The CSCA certificates installed, or None when no master list is configured."""
    if path is None or not path.exists():
        return None
    files = sorted(path.iterdir()) if path.is_dir() else [path]
    found: list[x509.Certificate] = []
    for file in files:
        if not file.is_file():
            continue
        data = file.read_bytes()
        if b"-----BEGIN CERTIFICATE-----" in data:
            found.extend(x509.load_pem_x509_certificates(data))
            continue
        try:
            found.append(x509.load_der_x509_certificate(data))
            continue
        except ValueError:
            pass
        try:  # an ICAO CSCA master list: SignedData over SEQUENCE { version, SET OF cert }
            listing = tlv.parse_one(parse_signed_data(data).content)
            for cert in _children(listing, 2)[1].children():
                found.append(x509.load_der_x509_certificate(tlv.encode(0x30, cert.value)))
        except (ValueError, SodError):
            continue
    return found


def verify(
    sod: bytes, groups: dict[int, bytes], master_list: list[x509.Certificate] | None
) -> Verdict:
    try:
        root = tlv.parse_one(sod)
        signed = parse_signed_data(root.value if root.tag == 0x77 else sod)
        algorithm, listed = lds_hashes(signed.content)
    except (ValueError, SodError) as error:
        return Verdict(Outcome.FAILED, f"EF.SOD unreadable: {error}")
    for number, content in sorted(groups.items()):
        if listed.get(number) != hashlib.new(algorithm, content).digest():
            return Verdict(Outcome.FAILED, f"DG{number} does not match its hash in EF.SOD")
    if not signed.certificates:
        return Verdict(Outcome.FAILED, "EF.SOD carries no document-signer certificate")
    signer = signed.certificates[0]
    subject = signer.subject.rfc4514_string()
    try:
        if signed.signed_attributes is None:
            _verify_signature(signer, signed.content, signed.signature, signed.digest_algorithm)
        else:
            digest = hashlib.new(signed.digest_algorithm, signed.content).digest()
            attributes = tlv.parse_one(signed.signed_attributes).children()
            message_digest = next(
                (
                    a.children()[1].children()[0].value
                    for a in attributes
                    if decode_oid(a.children()[0].value) == OID_MESSAGE_DIGEST
                ),
                None,
            )
            if message_digest != digest:
                return Verdict(Outcome.FAILED, "signed digest is not the security object's")
            _verify_signature(
                signer, signed.signed_attributes, signed.signature, signed.digest_algorithm
            )
    except (InvalidSignature, ValueError, IndexError) as error:
        return Verdict(Outcome.FAILED, f"EF.SOD signature does not verify ({error})", subject)
    if master_list is None:
        return Verdict(Outcome.HASHES_ONLY, "no CSCA master list installed", subject)
    for csca in master_list:
        if csca.subject != signer.issuer:
            continue
        try:
            signer.verify_directly_issued_by(csca)
        except (InvalidSignature, ValueError, TypeError):
            continue
        return Verdict(Outcome.VERIFIED, "document signer chains to an installed CSCA", subject)
    return Verdict(Outcome.FAILED, "document signer is not issued by any installed CSCA", subject)
