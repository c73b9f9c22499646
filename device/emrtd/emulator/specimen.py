"""Specimen holders for the emulator: their printed MRZ (TD1 or TD3), CAN and face."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

import cv2
import numpy as np


def _check(text: str) -> str:
    weights = (7, 3, 1)
    values = [int(c) if c.isdigit() else (ord(c) - 55 if c.isalpha() else 0) for c in text]
    return str(sum(v * weights[i % 3] for i, v in enumerate(values)) % 10)


def _field(text: str, width: int) -> str:
    return text.upper().replace(" ", "<").replace("-", "<").ljust(width, "<")[:width]


class Layout(StrEnum):
    TD1 = "TD1"
    TD3 = "TD3"


@dataclass(frozen=True)
class Holder:
    surname: str
    given_names: str
    document_number: str
    issuing_state: str
    nationality: str
    birth: str  # YYMMDD
    sex: str
    expiry: str  # YYMMDD
    personal_number: str
    place_of_birth: str
    address: str
    full_birth_date: str  # YYYYMMDD
    can: str
    layout: Layout = Layout.TD1

    def _name(self, width: int) -> str:
        return _field(f"{self.surname}<<{self.given_names}", width)

    def mrz_lines(self) -> tuple[str, ...]:
        number = _field(self.document_number, 9)
        if self.layout is Layout.TD1:
            line1 = "ID" + _field(self.issuing_state, 3) + number + _check(number)
            line1 += _field(self.personal_number, 15)
            line2 = self.birth + _check(self.birth) + self.sex + self.expiry + _check(self.expiry)
            line2 += _field(self.nationality, 3) + "<" * 11
            composite = line1[5:30] + line2[0:7] + line2[8:15] + line2[18:29]
            line2 += _check(composite)
            return (line1, line2, self._name(30))
        personal = _field(self.personal_number, 14)
        line1 = "P<" + _field(self.issuing_state, 3) + self._name(39)
        line2 = number + _check(number) + _field(self.nationality, 3)
        line2 += self.birth + _check(self.birth) + self.sex + self.expiry + _check(self.expiry)
        line2 += personal + _check(personal)
        composite = line2[0:10] + line2[13:20] + line2[21:43]
        return (line1, line2 + _check(composite))


def face_image(jpeg2000: bool = False, width: int = 240, height: int = 320) -> bytes:
    """A drawn portrait (no real person), encoded as a passport photo would be."""
    image = np.full((height, width, 3), (200, 190, 180), np.uint8)
    centre = (width // 2, height // 2 - 10)
    cv2.ellipse(image, centre, (width // 3, height // 3), 0, 0, 360, (140, 170, 215), -1)
    for dx in (-width // 8, width // 8):
        cv2.circle(image, (centre[0] + dx, centre[1] - 20), 9, (60, 50, 40), -1)
    cv2.ellipse(image, (centre[0], centre[1] + 40), (30, 12), 0, 0, 180, (70, 60, 150), 4)
    rng = np.random.default_rng(7)  # a little texture so the image has a realistic size
    noise = rng.integers(0, 12, image.shape, dtype=np.uint8)
    textured = np.asarray(cv2.add(image, noise), dtype=np.uint8)
    ext = ".jp2" if jpeg2000 else ".jpg"
    params = (
        [cv2.IMWRITE_JPEG2000_COMPRESSION_X1000, 60] if jpeg2000 else [cv2.IMWRITE_JPEG_QUALITY, 90]
    )
    ok, encoded = cv2.imencode(ext, textured, params)
    if not ok:
        raise RuntimeError(f"OpenCV cannot encode {ext}")
    return bytes(encoded.tobytes())


ANNA = Holder(
    surname="Popescu",
    given_names="Ana Maria",
    document_number="RX1234567",
    issuing_state="ROU",
    nationality="ROU",
    birth="850315",
    sex="F",
    expiry="310620",
    personal_number="2850315123457",
    place_of_birth="Cluj-Napoca",
    address="Str. Memorandumului 21, Cluj-Napoca",
    full_birth_date="19850315",
    can="123456",
)

IVAN = Holder(
    surname="Ivanov",
    given_names="Ivan",
    document_number="AB7654321",
    issuing_state="MDA",
    nationality="MDA",
    birth="790102",
    sex="M",
    expiry="300915",
    personal_number="",
    place_of_birth="Chisinau",
    address="",
    full_birth_date="19790102",
    can="654321",
    layout=Layout.TD3,
)
