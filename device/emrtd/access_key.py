"""The access keys a person can give: the MRZ (document number, birth, expiry) or the CAN.

The MRZ key is "MRZ information" of ICAO 9303-11 §9.7.2: the document number padded
with '<' to nine characters and its check digit, birth date and its check digit,
expiry date and its check digit — computed here from the printed lines (TD1, TD2, TD3)
so a mistyped check digit on the card does not matter.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

_WEIGHTS = (7, 3, 1)


def check_digit(text: str) -> str:
    total = 0
    for index, char in enumerate(text):
        if char.isdigit():
            value = int(char)
        elif "A" <= char <= "Z":
            value = ord(char) - 55
        else:
            value = 0
        total += value * _WEIGHTS[index % 3]
    return str(total % 10)


class AccessKeyError(ValueError):
    pass


@dataclass(frozen=True, repr=False)
class MrzKey:
    document_number: str
    birth: str  # YYMMDD
    expiry: str  # YYMMDD

    def __repr__(self) -> str:  # never show personal data in logs or tracebacks
        return "MrzKey(…)"

    @property
    def information(self) -> str:
        number = self.document_number.ljust(9, "<")
        return (
            number
            + check_digit(number)
            + self.birth
            + check_digit(self.birth)
            + self.expiry
            + check_digit(self.expiry)
        )

    def pace_password(self) -> bytes:
        return hashlib.sha1(self.information.encode("ascii")).digest()

    def bac_seed(self) -> bytes:
        return self.pace_password()[:16]

    @classmethod
    def from_lines(cls, lines: list[str] | tuple[str, ...]) -> MrzKey:
        lines = [line.strip().upper() for line in lines if line.strip()]
        if any(not re.fullmatch(r"[A-Z0-9<]+", line) for line in lines):
            raise AccessKeyError("the MRZ holds characters an MRZ cannot have")
        shape = (len(lines), {len(line) for line in lines})
        if shape == (3, {30}):  # TD1: number on line 1, dates on line 2
            number = lines[0][5:14]
            if lines[0][14] == "<":  # long document number continues in the optional data
                rest = lines[0][15:30].split("<", 1)[0]
                number = number + rest[:-1]
            return cls._checked(number, lines[1][0:6], lines[1][8:14])
        if shape in ((2, {44}), (2, {36})):  # TD3 / TD2
            return cls._checked(lines[1][0:9], lines[1][13:19], lines[1][21:27])
        raise AccessKeyError("not the lines of a TD1, TD2 or TD3 MRZ")

    @classmethod
    def _checked(cls, number: str, birth: str, expiry: str) -> MrzKey:
        number = number.rstrip("<")
        if not number or not birth.isdigit() or not expiry.isdigit():
            raise AccessKeyError("the MRZ has no document number or dates")
        return cls(number, birth, expiry)


@dataclass(frozen=True, repr=False)
class CanKey:
    can: str

    def __repr__(self) -> str:
        return "CanKey(…)"

    def __post_init__(self) -> None:
        if not re.fullmatch(r"[0-9]{6}", self.can):
            raise AccessKeyError("the card access number has six digits")

    def pace_password(self) -> bytes:
        return self.can.encode("ascii")


AccessKey = MrzKey | CanKey
