"""Where the national personal number sits in an MRZ, per issuing state, and its own checks.

* ROU TD1 (electronic card): the CNP at the start of line-1 optional data.
* ROU TD2 (old card): optional data = the CNP's first digit + its last six; the middle six
  are the birth date, so the CNP is rebuilt from them.
* MDA TD1: the IDNP at the start of line-1 optional data.
* BGR TD1: the EGN in line-2 optional data.
* UKR TD1: line-1 optional data is a record number, not a personal ID: none.
* ROU/MDA/BGR passports (TD3): the personal number field, when filled.

A number that fails its own control digit, or disagrees with the MRZ's birth date or sex,
makes the reading invalid: it is evidence the OCR went wrong.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Final

from device.mrz.fields import birth_date_from
from device.mrz.types import MrzFormat

_CNP_WEIGHTS: Final = (2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9)
_IDNP_WEIGHTS: Final = (7, 3, 1)
_EGN_WEIGHTS: Final = (2, 4, 8, 5, 10, 9, 7, 3, 6)
_CNP_CENTURY: Final = {"1": 1900, "2": 1900, "3": 1800, "4": 1800, "5": 2000, "6": 2000}
_EGN_MONTH_OFFSET: Final = {0: 1900, 20: 1800, 40: 2000}


def cnp_control(first12: str) -> str:
    """The Romanian CNP's 13th digit: Σ digit×279146358279 mod 11 (10 → 1)."""
    control = sum(int(d) * w for d, w in zip(first12, _CNP_WEIGHTS, strict=True)) % 11
    return "1" if control == 10 else str(control)


def idnp_control(first12: str) -> str:
    """The Moldovan IDNP's 13th digit: Σ digit×(7,3,1…) mod 10."""
    return str(sum(int(d) * _IDNP_WEIGHTS[i % 3] for i, d in enumerate(first12)) % 10)


def egn_control(first9: str) -> str:
    """The Bulgarian EGN's 10th digit: Σ digit×(2,4,8,5,10,9,7,3,6) mod 11 (10 → 0)."""
    control = sum(int(d) * w for d, w in zip(first9, _EGN_WEIGHTS, strict=True)) % 11
    return "0" if control == 10 else str(control)


def cnp_ok(cnp: str) -> bool:
    """Romanian CNP: 13 digits, the last one its control digit."""
    return len(cnp) == 13 and cnp.isdigit() and cnp_control(cnp[:12]) == cnp[12]


def idnp_ok(idnp: str) -> bool:
    """Moldovan IDNP: 13 digits, the last one its control digit."""
    return len(idnp) == 13 and idnp.isdigit() and idnp_control(idnp[:12]) == idnp[12]


def egn_ok(egn: str) -> bool:
    """Bulgarian EGN: 10 digits, the last one its control digit."""
    return len(egn) == 10 and egn.isdigit() and egn_control(egn[:9]) == egn[9]


@dataclass(frozen=True)
class NationalId:
    number: str | None  # the personal ID for the forms
    ok: bool  # passes its own control digit and agrees with birth date and sex
    birth_century: int | None = None  # when the number tells the birth century


_NONE: Final = NationalId(None, True)


def _digits_then_fillers(text: str, count: int) -> str | None:
    head, tail = text[:count], text[count:]
    if len(head) == count and head.isdigit() and set(tail) <= {"<"}:
        return head
    return None


def _cnp(cnp: str | None, birth: str, sex: str, today: date) -> NationalId:
    if cnp is None or not cnp_ok(cnp):
        return NationalId(cnp, False)
    first = cnp[0]
    century = _CNP_CENTURY.get(first)
    agrees = cnp[1:7] == birth
    if first in "12345678" and sex in "MF":
        agrees = agrees and ("M" if int(first) % 2 else "F") == sex
    if century is not None:
        born = birth_date_from(birth, century=century)
        agrees = agrees and born is not None and born <= today
    return NationalId(cnp, agrees, century)


def _egn(egn: str | None, birth: str, sex: str) -> NationalId:
    if egn is None or not egn_ok(egn):
        return NationalId(egn, False)
    month = int(egn[2:4])
    offset = 40 if month > 40 else 20 if month > 20 else 0
    agrees = egn[:2] == birth[:2] and f"{month - offset:02d}" == birth[2:4]
    agrees = agrees and egn[4:6] == birth[4:6]
    if sex in "MF":
        agrees = agrees and ("M" if int(egn[8]) % 2 == 0 else "F") == sex
    return NationalId(egn, agrees, _EGN_MONTH_OFFSET[offset])


def _idnp(idnp: str | None) -> NationalId:
    return NationalId(idnp, idnp is not None and idnp_ok(idnp))


def _blank(text: str) -> bool:
    return set(text) <= {"<"}


def national_id(
    fmt: MrzFormat,
    code: str,
    state: str,
    optional: tuple[str, ...],
    birth: str,
    sex: str,
    today: date,
) -> NationalId:
    """The personal number this state's documents carry, checked; ``ok`` when none applies."""
    card = code[:1] in ("I", "A", "C")
    if fmt is MrzFormat.TD1 and card:
        if state == "ROU" and not _blank(optional[0]):
            return _cnp(_digits_then_fillers(optional[0], 13), birth, sex, today)
        if state == "MDA" and not _blank(optional[0]):
            return _idnp(_digits_then_fillers(optional[0], 13))
        if state == "BGR" and not _blank(optional[1]):
            return _egn(_digits_then_fillers(optional[1], 10), birth, sex)
        return _NONE
    if fmt is MrzFormat.TD2 and card and state == "ROU" and not _blank(optional[0]):
        parts = optional[0]
        if len(parts) != 7 or not parts.isdigit():
            return NationalId(None, False)
        return _cnp(parts[0] + birth + parts[1:], birth, sex, today)
    if fmt is MrzFormat.TD3 and code[:1] == "P" and not _blank(optional[0]):
        number = optional[0].rstrip("<")
        checks: dict[str, Callable[[], NationalId]] = {
            "ROU": lambda: _cnp(number, birth, sex, today),
            "MDA": lambda: _idnp(number),
            "BGR": lambda: _egn(number, birth, sex),
        }
        if state in checks:
            return checks[state]()
    return _NONE


def _filled(check: Callable[[str], bool], count: int) -> Callable[[str], bool]:
    return lambda text: _blank(text) or check(_digits_then_fillers(text, count) or "")


def optional_validators(
    fmt: MrzFormat, code: str, state: str
) -> tuple[Callable[[str], bool] | None, ...]:
    """Quick tests of candidate optional fields (one per layout optional span), for the search.

    Only the number's own control digit: agreement with birth date and sex is checked
    when the whole reading is parsed.
    """
    card = code[:1] in ("I", "A", "C")
    if fmt is MrzFormat.TD1 and card:
        # Ukraine: the record number of the population register (УНЗР), 13 digits.
        first = {
            "ROU": _filled(cnp_ok, 13),
            "MDA": _filled(idnp_ok, 13),
            "UKR": _filled(str.isdigit, 13),
        }.get(state)
        return (first, _filled(egn_ok, 10) if state == "BGR" else None)
    if fmt is MrzFormat.TD3 and code[:1] == "P":
        count = {"ROU": 13, "MDA": 13, "BGR": 10}.get(state)
        check = {"ROU": cnp_ok, "MDA": idnp_ok, "BGR": egn_ok}.get(state)
        if count is not None and check is not None:
            return (_filled(check, count),)
    return (None, None) if fmt is MrzFormat.TD1 else (None,)


_LETTERS: Final = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_DIGITS: Final = "0123456789"


_L: Final = _LETTERS
_D: Final = _DIGITS
# Document numbers as the four countries issue them: (format, state, card?) → classes.
_NUMBER_PATTERNS: Final[dict[tuple[MrzFormat, str, bool], tuple[str, ...]]] = {
    # the old Romanian card: series (2 letters) + 6 digits; the identity card the same
    (MrzFormat.TD2, "ROU", True): (_L,) * 2 + (_D,) * 6 + ("<",),
    (MrzFormat.TD1, "ROU", True): (_L,) * 2 + (_D,) * 6 + ("<",),
    (MrzFormat.TD1, "MDA", True): (_L,) + (_D,) * 8,  # series B + 8 digits
    (MrzFormat.TD1, "UKR", True): (_D,) * 9,
    (MrzFormat.TD3, "ROU", False): (_D,) * 9,
    (MrzFormat.TD3, "BGR", False): (_D,) * 9,
    (MrzFormat.TD3, "MDA", False): (_L,) * 2 + (_D,) * 7,
    (MrzFormat.TD3, "UKR", False): (_L,) * 2 + (_D,) * 6 + ("<",),
}


def number_classes(fmt: MrzFormat, code: str, state: str) -> tuple[str, ...] | None:
    """Characters allowed at each position of the 9-character document number, when known.

    These are how the numbers are issued today; a reading that does not fit is tried
    again without them (:mod:`device.mrz.correct`), so an unusual document is still read.
    """
    card = code[:1] in ("I", "A", "C")
    if not card and code[:1] != "P":
        return None
    return _NUMBER_PATTERNS.get((fmt, state, card))


def number_matches(fmt: MrzFormat, code: str, state: str, field: str) -> bool:
    """The document number field fits its layout where the layout is fixed.

    Only the old Romanian card's is (its 9th character is the filler the parser relies
    on to rebuild the CNP); other countries' usual patterns guide the search only.
    """
    if not (fmt is MrzFormat.TD2 and state == "ROU"):
        return True
    classes = number_classes(fmt, code, state)
    return classes is None or all(c in allowed for c, allowed in zip(field, classes, strict=True))


def national_optional_index(fmt: MrzFormat, code: str, state: str) -> int | None:
    """Which optional field holds this state's personal number (index into the layout's)."""
    card = code[:1] in ("I", "A", "C")
    if fmt is MrzFormat.TD1 and card and state in ("ROU", "MDA", "BGR"):
        return 1 if state == "BGR" else 0
    if fmt is MrzFormat.TD2 and card and state == "ROU":
        return 0
    if fmt is MrzFormat.TD3 and code[:1] == "P" and state in ("ROU", "MDA", "BGR"):
        return 0
    return None
