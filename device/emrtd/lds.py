"""The LDS files read from the chip: EF.COM, DG1 (MRZ), DG2 (face), DG11 (more personal data)."""

from __future__ import annotations

from dataclasses import dataclass

from device.emrtd import tlv

DG_TAGS = {0x61: 1, 0x75: 2, 0x63: 3, 0x76: 4, 0x6B: 11, 0x6C: 12, 0x6E: 14, 0x6F: 15}
DG_FILE_IDS = {1: 0x0101, 2: 0x0102, 11: 0x010B, 12: 0x010C, 14: 0x010E, 15: 0x010F}
FID_COM = 0x011E
FID_SOD = 0x011D
FID_CARD_ACCESS = 0x011C

JPEG_MAGIC = b"\xff\xd8\xff"
JP2_MAGIC = b"\x00\x00\x00\x0cjP  \r\n\x87\n"
J2K_MAGIC = b"\xff\x4f\xff\x51"


class LdsError(ValueError):
    pass


def data_groups_listed(com: bytes) -> list[int]:
    root = tlv.parse_one(com)
    listed = root.find(0x5C) if root.tag == 0x60 else None
    if listed is None:
        raise LdsError("EF.COM without a tag list")
    return sorted(DG_TAGS[tag] for tag in listed.value if tag in DG_TAGS)


def mrz_lines(dg1: bytes) -> tuple[str, ...]:
    root = tlv.parse_one(dg1)
    field = root.find(0x5F1F) if root.tag == 0x61 else None
    if field is None:
        raise LdsError("DG1 without an MRZ")
    text = field.value.decode("ascii", errors="replace")
    width = {90: 30, 88: 44, 72: 36}.get(len(text))
    if width is None:
        raise LdsError("DG1 MRZ of an unknown length")
    return tuple(text[i : i + width] for i in range(0, len(text), width))


@dataclass(frozen=True, repr=False)
class FaceImage:
    data: bytes  # the encoded image as stored on the chip; kept in memory only
    format: str  # "jpeg" or "jpeg2000"

    def __repr__(self) -> str:
        return f"FaceImage({self.format}, {len(self.data)} bytes)"


def face_image(dg2: bytes) -> FaceImage:
    """The first face image of DG2, found inside its ISO/IEC 19794-5 record."""
    root = tlv.parse_one(dg2)
    if root.tag != 0x75:
        raise LdsError("not DG2")
    for marker in (JP2_MAGIC, J2K_MAGIC, JPEG_MAGIC):
        start = dg2.find(marker)
        if start >= 0:
            kind = "jpeg" if marker == JPEG_MAGIC else "jpeg2000"
            return FaceImage(_image_end(dg2, start, kind), kind)
    raise LdsError("DG2 holds no JPEG or JPEG 2000 image")


def _image_end(dg2: bytes, start: int, kind: str) -> bytes:
    # The image runs to the end of its biometric data block (5F2E / 7F2E), the last
    # thing in the template: take everything from the marker to the end of that value.
    for tag in (0x5F2E, 0x7F2E):
        head = tag.to_bytes(2, "big")
        at = dg2.rfind(head, 0, start)
        if at >= 0:
            _, header, length = tlv.read_header(dg2[at:])
            return dg2[start : at + header + length]
    return dg2[start:]


DG11_FIELDS = {
    0x5F0E: "full_name",
    0x5F0F: "other_names",
    0x5F10: "personal_number",
    0x5F2B: "full_birth_date",
    0x5F11: "place_of_birth",
    0x5F42: "address",
    0x5F12: "telephone",
    0x5F13: "profession",
}


def additional_details(dg11: bytes) -> dict[str, str]:
    root = tlv.parse_one(dg11)
    if root.tag != 0x6B:
        raise LdsError("not DG11")
    details = {}
    for item in root.children():
        name = DG11_FIELDS.get(item.tag)
        if name:
            details[name] = item.value.decode("utf-8", errors="replace")
    return details


def decode_face(image: FaceImage) -> object:
    """The face as a BGR pixel array for display (OpenCV decodes JPEG and JPEG 2000)."""
    import cv2
    import numpy as np

    pixels = cv2.imdecode(np.frombuffer(image.data, np.uint8), cv2.IMREAD_COLOR)
    if pixels is None:
        raise LdsError(f"the {image.format} face image does not decode")
    return pixels
