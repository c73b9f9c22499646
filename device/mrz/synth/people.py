"""Fictional documents: :class:`SampleDocument` and :func:`random_document`.

Each document carries its true MRZ lines and the fields a correct reader must print
for them (names as in the MRZ, i.e. transliterated and possibly truncated; the full
document number; the national personal number where the parser defines one: the CNP
for Romania (rebuilt from the old card's TD2 optional data), the IDNP for Moldova, the
EGN for Bulgaria; None for Ukraine, whose ID-card record number is not a personal ID).
Countries and formats follow the rules in ``device/mrz/national.py``.
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Final

from device.mrz.synth import compose
from device.mrz.synth.names import random_name
from device.mrz.synth.national_ids import (
    random_cnp,
    random_egn,
    random_idnp,
    random_ukr_record,
)
from device.mrz.synth.translit import name_field, split_name_field, to_mrz_name
from device.mrz.types import SHAPES, MrzFormat

COUNTRIES: Final = ("ROU", "MDA", "BGR", "UKR")
# The mix of the benchmark: ~55 % ID cards TD1, 20 % TD2, 25 % passports TD3.
FORMAT_WEIGHTS: Final = ((MrzFormat.TD1, 55), (MrzFormat.TD2, 20), (MrzFormat.TD3, 25))
LONG_NUMBER_SHARE: Final = 0.05  # of Bulgarian TD1 cards


@dataclass(frozen=True)
class SampleDocument:
    """A made-up document: what is printed on it and what its MRZ says."""

    format: MrzFormat
    country: str
    document_code: str
    surname: str  # as a reader prints it from the MRZ: '<' → space
    given_names: str
    document_number: str
    nationality: str
    birth_date: date
    sex: str
    expiry_date: date
    personal_number: str | None
    lines: tuple[str, ...]  # the true MRZ
    printed_surname: str = ""  # as written in the visual zone (diacritics, Cyrillic)
    printed_given_names: str = ""

    def __repr__(self) -> str:
        # Fictional, but treated like the real thing: no names or numbers in logs.
        return f"SampleDocument({self.format.value}, {self.country}, <hidden>)"

    def core_fields(self) -> dict[str, str | None]:
        """The fields the benchmark scores, as JSON-able strings (ISO dates)."""
        return {
            "document_number": self.document_number,
            "birth_date": self.birth_date.isoformat(),
            "expiry_date": self.expiry_date.isoformat(),
            "personal_number": self.personal_number,
            "surname": self.surname,
            "given_names": self.given_names,
        }


def _letters(rng: random.Random, count: int) -> str:
    return "".join(rng.choice(string.ascii_uppercase) for _ in range(count))


def _digits(rng: random.Random, count: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(count))


def _birth(rng: random.Random) -> date:
    start = date(1940, 1, 1)
    return start + timedelta(days=rng.randrange((date(2007, 12, 31) - start).days))


def _expiry(rng: random.Random) -> date:
    start = date(2024, 1, 1)
    return start + timedelta(days=rng.randrange((date(2035, 12, 31) - start).days))


def random_document(
    rng: random.Random, *, country: str | None = None, fmt: MrzFormat | None = None
) -> SampleDocument:
    """A random fictional document of ``country`` (ROU/MDA/BGR/UKR) in format ``fmt``."""
    country = country or rng.choice(COUNTRIES)
    if country not in COUNTRIES:
        raise ValueError(f"no sample documents for {country!r}")
    if fmt is None:
        fmt = rng.choices([f for f, _ in FORMAT_WEIGHTS], [w for _, w in FORMAT_WEIGHTS])[0]
    if fmt not in (MrzFormat.TD1, MrzFormat.TD2, MrzFormat.TD3):
        raise ValueError(f"no sample documents in format {fmt}")
    sex = rng.choice("MF")
    birth, expiry = _birth(rng), _expiry(rng)
    printed_surname, printed_given = random_name(rng, country, sex)
    ukrainian = country == "UKR"
    mrz_surname = to_mrz_name(printed_surname, ukrainian=ukrainian)
    mrz_given = to_mrz_name(printed_given, ukrainian=ukrainian)
    width = SHAPES[fmt].length - (0 if fmt is MrzFormat.TD1 else 5)
    names = name_field(mrz_surname, mrz_given, width)
    surname, given_names = split_name_field(names)
    common: dict[str, Any] = {"birth": birth, "sex": sex, "expiry": expiry, "nationality": country}
    personal: str | None = None
    lines: tuple[str, ...]
    if fmt is MrzFormat.TD3:
        code = "P<"
        number = {
            "ROU": lambda: "05" + _digits(rng, 7),
            "MDA": lambda: _letters(rng, 2) + _digits(rng, 7),
            "BGR": lambda: "38" + _digits(rng, 7),
            "UKR": lambda: "F" + _letters(rng, 1) + _digits(rng, 6),
        }[country]()
        personal = _national_id(rng, country, birth, sex)
        lines = compose.td3_lines(
            state=country,
            names=names,
            number=number,
            personal=personal or "",
            empty_personal_check=rng.choice("<0"),
            **common,
        )
    elif fmt is MrzFormat.TD2:
        if country == "ROU":
            code, number = "ID", _letters(rng, 2) + _digits(rng, 6)
            personal = random_cnp(rng, birth, sex)
            optional = personal[0] + personal[7:13]
        else:
            code, number, optional = "I<", _letters(rng, 1) + _digits(rng, 8), ""
        lines = compose.td2_lines(
            code=code, state=country, names=names, number=number, optional=optional, **common
        )
    else:
        code = "ID"
        optional1 = optional2 = ""
        if country == "ROU":
            number = _letters(rng, 2) + _digits(rng, 6)
            personal = optional1 = random_cnp(rng, birth, sex)
        elif country == "MDA":
            number = "B" + _digits(rng, 8)
            personal = optional1 = random_idnp(rng)
        elif country == "BGR":
            number = _digits(rng, 9)
            if rng.random() < LONG_NUMBER_SHARE:
                number = _letters(rng, 2) + _digits(rng, rng.randint(8, 11))
            personal = optional2 = random_egn(rng, birth, sex)
        else:
            number = _digits(rng, 9)
            optional1 = random_ukr_record(rng, birth)
        lines = compose.td1_lines(
            code=code,
            state=country,
            number=number,
            optional1=optional1,
            optional2=optional2,
            names=names,
            **common,
        )
    return SampleDocument(
        format=fmt,
        country=country,
        document_code=code,
        surname=surname,
        given_names=given_names,
        document_number=number,
        nationality=country,
        birth_date=birth,
        sex=sex,
        expiry_date=expiry,
        personal_number=personal,
        lines=lines,
        printed_surname=printed_surname,
        printed_given_names=printed_given,
    )


def _national_id(rng: random.Random, country: str, birth: date, sex: str) -> str | None:
    if country == "ROU":
        return random_cnp(rng, birth, sex)
    if country == "MDA":
        return random_idnp(rng)
    if country == "BGR":
        return random_egn(rng, birth, sex)
    return None
