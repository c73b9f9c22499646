"""BER-TLV as used by ISO 7816 and the LDS: tags of one to three bytes, definite lengths."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass


class TlvError(ValueError):
    pass


@dataclass(frozen=True)
class Tlv:
    tag: int
    value: bytes
    constructed: bool

    def children(self) -> list[Tlv]:
        return list(iterate(self.value))

    def find(self, tag: int) -> Tlv | None:
        return next((child for child in iterate(self.value) if child.tag == tag), None)


def _read_tag(data: bytes, pos: int) -> tuple[int, bool, int]:
    if pos >= len(data):
        raise TlvError("tag missing")
    first = data[pos]
    tag = first
    pos += 1
    if first & 0x1F == 0x1F:
        while True:
            if pos >= len(data):
                raise TlvError("tag truncated")
            tag = (tag << 8) | data[pos]
            pos += 1
            if not data[pos - 1] & 0x80:
                break
    return tag, bool(first & 0x20), pos


def _read_length(data: bytes, pos: int) -> tuple[int, int]:
    if pos >= len(data):
        raise TlvError("length missing")
    first = data[pos]
    pos += 1
    if first < 0x80:
        return first, pos
    count = first & 0x7F
    if count == 0 or count > 4 or pos + count > len(data):
        raise TlvError("bad length")
    return int.from_bytes(data[pos : pos + count], "big"), pos + count


def read_header(data: bytes) -> tuple[int, int, int]:
    """(tag, header length, value length) of the TLV at the start of ``data``."""
    tag, _, pos = _read_tag(data, 0)
    length, pos = _read_length(data, pos)
    return tag, pos, length


def iterate(data: bytes) -> Iterator[Tlv]:
    pos = 0
    while pos < len(data):
        if data[pos] in (0x00, 0xFF) and all(b == data[pos] for b in data[pos:]):
            return  # padding after the last object
        tag, constructed, pos = _read_tag(data, pos)
        length, pos = _read_length(data, pos)
        if pos + length > len(data):
            raise TlvError("value truncated")
        yield Tlv(tag, data[pos : pos + length], constructed)
        pos += length


def parse_one(data: bytes) -> Tlv:
    items = iterate(data)
    try:
        return next(items)
    except StopIteration:
        raise TlvError("empty") from None


def encode_length(length: int) -> bytes:
    if length < 0x80:
        return bytes([length])
    raw = length.to_bytes((length.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(raw)]) + raw


def encode(tag: int, value: bytes) -> bytes:
    return tag.to_bytes((tag.bit_length() + 7) // 8 or 1, "big") + encode_length(len(value)) + value
