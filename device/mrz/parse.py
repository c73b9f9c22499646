"""Parse exact MRZ text lines (TD1, TD2, TD3, MRV-A, MRV-B) and verify every check.

:func:`parse_lines` finds the format from the shape (and 'V' for visas), reads the
fields, and records each check in :attr:`MrzResult.checks`: characters allowed at their
positions, the ICAO check digits (document number — including long numbers that spill
into the optional data —, birth date, expiry date, TD3 personal number, composite),
real calendar dates, and the national personal number's own rules (see
:mod:`device.mrz.national`). ``valid`` is all of them passing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from device.mrz.fields import (
    MrzFields,
    birth_date_from,
    expiry_date_from,
    split_name,
    strip_fillers,
)
from device.mrz.layout import FILLER, LAYOUTS, Layout, allowed_chars, format_of
from device.mrz.national import national_id, number_matches
from device.mrz.types import ALPHABET, MrzFormat, check_digit

__all__ = ["MrzResult", "parse_lines"]


@dataclass(frozen=True, repr=False)
class MrzResult:
    format: MrzFormat
    lines: tuple[str, ...]
    valid: bool  # every entry of ``checks`` passed
    checks: dict[str, bool]
    confidence: float  # geometric mean of the chosen characters' probabilities (1.0 for text)
    weakest: float  # the least probable chosen character's probability (1.0 for text)
    fields: MrzFields

    def __repr__(self) -> str:
        failed = sorted(name for name, ok in self.checks.items() if not ok)
        return (
            f"MrzResult(format={self.format.value}, valid={self.valid}, "
            f"confidence={self.confidence:.3f}, weakest={self.weakest:.3f}, failed={failed})"
        )


def _document_number(layout: Layout, lines: Sequence[str]) -> tuple[str, bool]:
    """The full document number (fillers removed) and whether its check digit passes."""
    field = layout.number.of(lines)
    check = layout.number_check.of(lines)
    if check == FILLER and layout.long_number:
        rest = layout.optional[0].of(lines).split(FILLER, 1)[0]
        number = field + rest[:-1]
        ok = FILLER not in field and len(rest) >= 2 and check_digit(number) == rest[-1]
        return number, ok
    # Fillers may only pad the end of the number ("RX123456<"), never sit inside it.
    ok = FILLER not in field.rstrip(FILLER) and check_digit(field) == check
    return field.rstrip(FILLER), ok


def _characters_allowed(layout: Layout, lines: Sequence[str]) -> bool:
    grid = allowed_chars(layout)
    return all(
        char in allowed
        for line, row in zip(lines, grid, strict=True)
        for char, allowed in zip(line, row, strict=True)
    )


def parse_lines(lines: Sequence[str], *, today: date | None = None) -> MrzResult | None:
    """The reading of exact MRZ text, or None when the text is not shaped like an MRZ."""
    lines = tuple(line.strip() for line in lines)
    if any(char not in ALPHABET for line in lines for char in line):
        return None
    fmt = format_of(lines)
    if fmt is None:
        return None
    today = today or date.today()
    layout = LAYOUTS[fmt]
    code = layout.code.of(lines)
    state = layout.issuing_state.of(lines)
    birth = layout.birth.of(lines)
    expiry = layout.expiry.of(lines)
    sex = layout.sex.of(lines)
    optional = tuple(span.of(lines) for span in layout.optional)
    number, number_ok = _document_number(layout, lines)
    national = national_id(fmt, code, state, optional, birth, sex, today)
    birth_date = birth_date_from(birth, today, national.birth_century)
    expiry_date = expiry_date_from(expiry)

    checks = {
        "characters": _characters_allowed(layout, lines),
        "document_number": number_ok and number_matches(fmt, code, state, layout.number.of(lines)),
        "birth_date": check_digit(birth) == layout.birth_check.of(lines),
        "birth_date_real": birth_date is not None,
        "expiry_date": check_digit(expiry) == layout.expiry_check.of(lines),
        "expiry_date_real": expiry_date is not None,
    }
    if layout.personal_check is not None:
        personal_check = layout.personal_check.of(lines)
        blank = set(optional[0]) <= {FILLER}
        checks["personal_number"] = (personal_check == FILLER and blank) or check_digit(
            optional[0]
        ) == personal_check
    if layout.composite_check is not None:
        text = "".join(span.of(lines) for span in layout.composite)
        checks["composite"] = check_digit(text) == layout.composite_check.of(lines)
    if national.number is not None or not national.ok:
        checks["national_id"] = national.ok

    surname, given_names = split_name(layout.name.of(lines))
    fields = MrzFields(
        document_code=code,
        issuing_state=strip_fillers(state),
        surname=surname,
        given_names=given_names,
        document_number=number,
        nationality=strip_fillers(layout.nationality.of(lines)),
        birth_date=birth_date,
        sex="X" if sex == FILLER else sex,
        expiry_date=expiry_date,
        optional_data=optional,
        personal_number=national.number,
    )
    return MrzResult(
        format=fmt,
        lines=lines,
        valid=all(checks.values()),
        checks=checks,
        confidence=1.0,
        weakest=1.0,
        fields=fields,
    )
