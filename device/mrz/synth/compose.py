"""Composing MRZ lines (ICAO 9303 parts 4-6) from document fields.

Every check digit comes from :func:`device.mrz.types.check_digit`. Field positions
below are 0-based slices; the ICAO documents count from 1.
"""

from __future__ import annotations

from datetime import date

from device.mrz.types import check_digit


def _pad(text: str, length: int) -> str:
    if len(text) > length:
        raise ValueError(f"{len(text)} characters do not fit in a field of {length}")
    return text.ljust(length, "<")


def _number_and_overflow(number: str) -> tuple[str, str, str]:
    """(9-char number field, its check digit, text that must lead the optional data).

    A number longer than 9 characters keeps its first 9 in the field, a '<' in the check
    position, and continues in the optional data followed by its check digit (ICAO 9303-5
    §4.2.4 note j).
    """
    if len(number) <= 9:
        field = _pad(number, 9)
        return field, check_digit(field), ""
    return number[:9], "<", number[9:] + check_digit(number)


def td1_lines(
    *,
    code: str,
    state: str,
    number: str,
    optional1: str,
    birth: date,
    sex: str,
    expiry: date,
    nationality: str,
    optional2: str,
    names: str,
) -> tuple[str, str, str]:
    field, check, overflow = _number_and_overflow(number)
    line1 = _pad(code, 2) + state + field + check + _pad(overflow + optional1, 15)
    dob, exp = f"{birth:%y%m%d}", f"{expiry:%y%m%d}"
    head2 = dob + check_digit(dob) + sex + exp + check_digit(exp) + nationality
    opt2 = _pad(optional2, 11)
    composite = check_digit(line1[5:30] + head2[0:7] + head2[8:15] + opt2)
    line2 = head2 + opt2 + composite
    return line1, line2, _pad(names, 30)


def td2_lines(
    *,
    code: str,
    state: str,
    names: str,
    number: str,
    nationality: str,
    birth: date,
    sex: str,
    expiry: date,
    optional: str,
) -> tuple[str, str]:
    line1 = _pad(code, 2) + state + _pad(names, 31)
    field, check, overflow = _number_and_overflow(number)
    dob, exp = f"{birth:%y%m%d}", f"{expiry:%y%m%d}"
    body = (
        field + check + nationality + dob + check_digit(dob) + sex + exp + check_digit(exp)
    ) + _pad(overflow + optional, 7)
    composite = check_digit(body[0:10] + body[13:20] + body[21:35])
    return line1, body + composite


def td3_lines(
    *,
    state: str,
    names: str,
    number: str,
    nationality: str,
    birth: date,
    sex: str,
    expiry: date,
    personal: str,
    empty_personal_check: str = "<",
) -> tuple[str, str]:
    line1 = "P<" + state + _pad(names, 39)
    field = _pad(number, 9)
    dob, exp = f"{birth:%y%m%d}", f"{expiry:%y%m%d}"
    personal_field = _pad(personal, 14)
    personal_check = check_digit(personal_field) if personal else empty_personal_check
    body = (
        (field + check_digit(field) + nationality + dob + check_digit(dob) + sex + exp)
        + check_digit(exp)
        + personal_field
        + personal_check
    )
    composite = check_digit(body[0:10] + body[13:20] + body[21:43])
    return line1, body + composite
