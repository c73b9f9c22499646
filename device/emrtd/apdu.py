"""Command and response APDUs (ISO 7816-4), short length only, and the status words used."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

# A card connection: command APDU bytes in, response data + SW1 SW2 out.
Transmit = Callable[[bytes], bytes]

SW_OK = 0x9000
SW_SECURITY_NOT_SATISFIED = 0x6982
SW_AUTH_BLOCKED = 0x6983
SW_SM_MISSING = 0x6987
SW_SM_WRONG = 0x6988
SW_FILE_NOT_FOUND = 0x6A82
SW_WRONG_DATA = 0x6A80
SW_CONDITIONS = 0x6985
SW_VERIFICATION_FAILED = 0x6300

LDS1_AID = bytes.fromhex("A0000002471001")


@dataclass(frozen=True)
class Command:
    cla: int
    ins: int
    p1: int
    p2: int
    data: bytes = b""
    le: int | None = None  # expected length; 0 means up to 256

    def encode(self) -> bytes:
        out = bytes([self.cla, self.ins, self.p1, self.p2])
        if self.data:
            if len(self.data) > 255:
                raise ValueError("command data too long for a short APDU")
            out += bytes([len(self.data)]) + self.data
        if self.le is not None:
            out += bytes([self.le & 0xFF])
        return out


@dataclass(frozen=True)
class Response:
    data: bytes
    sw: int

    @classmethod
    def decode(cls, raw: bytes) -> Response:
        if len(raw) < 2:
            raise ValueError("response shorter than a status word")
        return cls(raw[:-2], int.from_bytes(raw[-2:], "big"))

    @property
    def ok(self) -> bool:
        return self.sw == SW_OK

    def encode(self) -> bytes:
        return self.data + self.sw.to_bytes(2, "big")


class StatusError(Exception):
    """The card answered with a status word other than 9000."""

    def __init__(self, sw: int, what: str) -> None:
        super().__init__(f"{what}: SW {sw:04X}")
        self.sw = sw


def select_application(aid: bytes = LDS1_AID) -> Command:
    return Command(0x00, 0xA4, 0x04, 0x0C, aid)


def select_file(fid: int) -> Command:
    return Command(0x00, 0xA4, 0x02, 0x0C, fid.to_bytes(2, "big"))


def read_binary(offset: int, length: int) -> Command:
    """READ BINARY of the selected file; beyond 32 767 bytes the odd INS B1 with an offset
    data object '54' (its answer is wrapped in a '53' object, see :func:`binary_data`)."""
    if offset <= 0x7FFF:
        return Command(0x00, 0xB0, offset >> 8, offset & 0xFF, le=length)
    raw = offset.to_bytes(3 if offset > 0xFFFF else 2, "big")
    return Command(0x00, 0xB1, 0x00, 0x00, bytes([0x54, len(raw)]) + raw, le=length)


def binary_data(command: Command, data: bytes) -> bytes:
    """The file bytes in a READ BINARY answer (unwrapping the '53' object of B1)."""
    if command.ins != 0xB1:
        return data
    if len(data) < 2 or data[0] != 0x53:
        raise ValueError("READ BINARY B1 answer without a '53' object")
    length, start = data[1], 2
    if length & 0x80:
        count = length & 0x7F
        length, start = int.from_bytes(data[2 : 2 + count], "big"), 2 + count
    return data[start : start + length]


def read_binary_sfi(sfi: int, length: int = 0) -> Command:
    return Command(0x00, 0xB0, 0x80 | sfi, 0x00, le=length)
