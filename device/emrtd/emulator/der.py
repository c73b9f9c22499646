"""Just enough DER encoding to build certificates' neighbours: CMS SignedData and the LDS."""

from __future__ import annotations


def _length(length: int) -> bytes:
    if length < 0x80:
        return bytes([length])
    raw = length.to_bytes((length.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(raw)]) + raw


def tagged(tag: int, value: bytes) -> bytes:
    head = tag.to_bytes((tag.bit_length() + 7) // 8 or 1, "big")
    return head + _length(len(value)) + value


def sequence(*items: bytes) -> bytes:
    return tagged(0x30, b"".join(items))


def set_of(*items: bytes) -> bytes:
    return tagged(0x31, b"".join(sorted(items)))


def integer(value: int) -> bytes:
    raw = value.to_bytes(value.bit_length() // 8 + 1, "big", signed=True)
    return tagged(0x02, raw)


def octets(value: bytes) -> bytes:
    return tagged(0x04, value)


def oid(dotted: str) -> bytes:
    numbers = [int(part) for part in dotted.split(".")]
    body = bytearray([40 * numbers[0] + numbers[1]])
    for number in numbers[2:]:
        groups = [number & 0x7F]
        while number > 0x7F:
            number >>= 7
            groups.append(0x80 | (number & 0x7F))
        body += bytes(reversed(groups))
    return tagged(0x06, bytes(body))


def explicit(number: int, value: bytes) -> bytes:
    return tagged(0xA0 | number, value)
