"""Read an eMRTD chip: access control, data groups, passive authentication.

:func:`read_document` runs on a card connection (any ``transmit``): PACE when the chip
offers it in EF.CardAccess (the only way with a CAN), else BAC with the MRZ; then
EF.COM, EF.SOD, DG1, DG2 and DG11 (when listed) under secure messaging, and passive
authentication. Everything is returned at once or not at all — a failure anywhere
raises :class:`~device.emrtd.errors.ChipError` and nothing half-read leaves this module.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from cryptography import x509

from device.emrtd import bac, lds, pace, passive_auth, tlv
from device.emrtd.access_key import AccessKey, CanKey, MrzKey
from device.emrtd.apdu import (
    SW_FILE_NOT_FOUND,
    Command,
    Response,
    StatusError,
    Transmit,
    binary_data,
    read_binary,
    read_binary_sfi,
    select_application,
    select_file,
)
from device.emrtd.errors import ChipError, Failure
from device.emrtd.secure_messaging import SecureMessaging, SecureMessagingError

CHUNK = 0xDB  # fits one protected response in 256 bytes with 3DES or AES, B0 or B1
WANTED_GROUPS = (1, 2, 11)


@dataclass(frozen=True, repr=False)
class ChipDocument:
    access: str  # "PACE" or "BAC"
    mrz_lines: tuple[str, ...]
    details: dict[str, str]  # DG11 fields present on the chip
    face: lds.FaceImage | None
    groups: dict[int, bytes]  # raw data groups read
    verdict: passive_auth.Verdict

    def __repr__(self) -> str:  # never print personal data
        return f"ChipDocument(access={self.access}, groups={sorted(self.groups)})"


class _Channel:
    def __init__(self, transmit: Transmit, session: SecureMessaging | None) -> None:
        self.transmit = transmit
        self.session = session

    def send(self, command: Command) -> Response:
        if self.session is None:
            return Response.decode(self.transmit(command.encode()))
        try:
            return self.session.unwrap(self.transmit(self.session.wrap(command)))
        except SecureMessagingError as error:
            if error.sw is not None and error.sw != 0x6988:
                return Response(b"", error.sw)
            raise ChipError(Failure.CORRUPT, str(error)) from error

    def read_file(self, fid: int) -> bytes | None:
        selected = self.send(select_file(fid))
        if selected.sw == SW_FILE_NOT_FOUND:
            return None
        if not selected.ok:
            raise StatusError(selected.sw, f"SELECT {fid:04X}")
        first = self.send(read_binary(0, 8))  # tag and a length of up to four bytes
        if not first.ok or len(first.data) < 2:
            raise StatusError(first.sw, f"READ BINARY {fid:04X}")
        try:
            _, header, length = tlv.read_header(first.data)
        except tlv.TlvError as error:
            raise ChipError(Failure.CORRUPT, f"file {fid:04X} header") from error
        total = header + length
        content = bytearray(first.data[:total])
        while len(content) < total:
            wanted = total - len(content)
            if len(content) > 0x7FFF:
                wanted += 4  # B1 answers carry the '53' object's tag and length too
            command = read_binary(len(content), min(CHUNK, wanted))
            part = self.send(command)
            if not part.ok or not part.data:
                raise StatusError(part.sw, f"READ BINARY {fid:04X} at {len(content)}")
            try:
                chunk = binary_data(command, part.data)
            except ValueError as error:
                raise ChipError(Failure.CORRUPT, str(error)) from error
            if not chunk:
                raise ChipError(Failure.CORRUPT, f"file {fid:04X} ends before its length")
            content += chunk
        return bytes(content[:total])


def _card_access(transmit: Transmit) -> bytes | None:
    response = Response.decode(transmit(read_binary_sfi(0x1C).encode()))
    if not response.ok or not response.data:
        return None
    try:
        _, header, length = tlv.read_header(response.data)
    except tlv.TlvError:
        return None
    content = response.data
    while len(content) < header + length:
        more = Response.decode(transmit(read_binary(len(content), CHUNK).encode()))
        if not more.ok or not more.data:
            return None
        content += more.data
    return content[: header + length]


def _open_session(transmit: Transmit, key: AccessKey) -> tuple[str, SecureMessaging]:
    card_access = _card_access(transmit)
    infos = pace.supported_infos(card_access) if card_access else []
    if infos:
        try:
            return "PACE", pace.authenticate(transmit, infos[0], key)
        except pace.PaceRefused as error:
            raise ChipError(Failure.ACCESS_DENIED, "PACE refused") from error
    if isinstance(key, CanKey):
        raise ChipError(Failure.ACCESS_DENIED, "this chip needs the MRZ, not a CAN")
    selected = Response.decode(transmit(select_application().encode()))
    if not selected.ok:
        raise ChipError(Failure.NOT_EMRTD, f"no eMRTD application (SW {selected.sw:04X})")
    assert isinstance(key, MrzKey)
    try:
        return "BAC", bac.authenticate(transmit, key)
    except bac.BacRefused as error:
        raise ChipError(Failure.ACCESS_DENIED, "BAC refused") from error


def read_document(
    transmit: Transmit,
    key: AccessKey,
    *,
    master_list: list[x509.Certificate] | None = None,
    progress: Callable[[str], None] = lambda step: None,
    groups: tuple[int, ...] = WANTED_GROUPS,
) -> ChipDocument:
    try:
        return _read(transmit, key, master_list, progress, groups)
    except StatusError as error:
        raise ChipError(Failure.CORRUPT, str(error)) from error
    except (lds.LdsError, tlv.TlvError) as error:
        raise ChipError(Failure.CORRUPT, str(error)) from error


def _read(
    transmit: Transmit,
    key: AccessKey,
    master_list: list[x509.Certificate] | None,
    progress: Callable[[str], None],
    groups: tuple[int, ...],
) -> ChipDocument:
    progress("access")
    access, session = _open_session(transmit, key)
    channel = _Channel(transmit, session)
    if access == "PACE":
        selected = channel.send(select_application())
        if not selected.ok:
            raise ChipError(Failure.NOT_EMRTD, f"no eMRTD application (SW {selected.sw:04X})")
    progress("com")
    com = channel.read_file(lds.FID_COM)
    if com is None:
        raise ChipError(Failure.NOT_EMRTD, "no EF.COM")
    listed = lds.data_groups_listed(com)
    progress("sod")
    sod = channel.read_file(lds.FID_SOD)
    read: dict[int, bytes] = {}
    for number in groups:
        if number not in listed or number not in lds.DG_FILE_IDS:
            continue
        progress(f"dg{number}")
        content = channel.read_file(lds.DG_FILE_IDS[number])
        if content is not None:
            read[number] = content
    if 1 not in read:
        raise ChipError(Failure.CORRUPT, "DG1 missing")
    progress("verify")
    if sod is None:
        verdict = passive_auth.Verdict(passive_auth.Outcome.FAILED, "no EF.SOD")
    else:
        verdict = passive_auth.verify(sod, read, master_list)
    return ChipDocument(
        access=access,
        mrz_lines=lds.mrz_lines(read[1]),
        details=lds.additional_details(read[11]) if 11 in read else {},
        face=lds.face_image(read[2]) if 2 in read else None,
        groups=read,
        verdict=verdict,
    )
