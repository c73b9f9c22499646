"""MRZ texts for the tests: ICAO 9303 specimens and documents built with real check digits."""

from __future__ import annotations

from device.mrz.types import check_digit

TD1 = (
    "I<UTOD231458907<<<<<<<<<<<<<<<",
    "7408122F1204159UTO<<<<<<<<<<<6",
    "ERIKSSON<<ANNA<MARIA<<<<<<<<<<",
)
TD2 = ("I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<", "D231458907UTO7408122F1204159<<<<<<<6")
TD3 = (
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
    "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
)
MRVA = (
    "V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
    "L8988901C4XXX4009078F96121096ZE184226B<<<<<<",
)
MRVB = ("V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<", "L8988901C4XXX4009078F9612109<<<<<<<<")
# ICAO 9303-5 note j: a 12-character document number, the last 3 and the check digit
# at the start of the optional data, '<' where the check digit would be.
TD1_LONG_NUMBER = (
    "I<UTOD23145890<7349<<<<<<<<<<<",
    "7408122F1204159UTO<<<<<<<<<<<6",
    "ERIKSSON<<ANNA<MARIA<<<<<<<<<<",
)

DEMO_CNP = "1800101200017"  # a valid CNP: man, born 1980-01-01 (the portal's demo person)


def cnp_with_control(cnp: str) -> str:
    """The first 12 digits of ``cnp`` followed by their control digit (weights 279146358279)."""
    total = sum(int(d) * int(w) for d, w in zip(cnp[:12], "279146358279", strict=True)) % 11
    return cnp[:12] + str(1 if total == 10 else total)


def _pad(text: str, width: int) -> str:
    return text + "<" * (width - len(text))


def td1(
    *,
    code: str = "ID",
    state: str = "ROU",
    number: str = "AB1234567",
    optional1: str = "",
    birth: str = "800101",
    sex: str = "M",
    expiry: str = "310101",
    nationality: str = "ROU",
    optional2: str = "",
    name: str = "POPESCU<<ION",
) -> tuple[str, str, str]:
    """A TD1 MRZ with every check digit computed."""
    number_field = number + check_digit(number)
    line1 = _pad(code + state + number_field + optional1, 30)
    upper = line1[5:30]
    middle = birth + check_digit(birth) + sex + expiry + check_digit(expiry) + nationality
    optional2 = _pad(optional2, 11)
    composite = check_digit(upper + middle[:7] + middle[8:15] + optional2)
    return line1, middle + optional2 + composite, _pad(name, 30)


def td2(
    *,
    code: str = "ID",
    state: str = "ROU",
    name: str = "POPESCU<<ION",
    number: str = "RX123456<",
    nationality: str = "ROU",
    birth: str = "800101",
    sex: str = "M",
    expiry: str = "300101",
    optional: str = "",
) -> tuple[str, str]:
    """A TD2 MRZ with every check digit computed."""
    head = number + check_digit(number)
    dates = birth + check_digit(birth)
    tail = sex + expiry + check_digit(expiry) + _pad(optional, 7)
    composite = check_digit(head + dates + tail[1:])
    return _pad(code + state + name, 36), head + nationality + dates + tail + composite


def td3(
    *,
    state: str = "ROU",
    name: str = "POPESCU<<ION",
    number: str = "051234567",
    birth: str = "800101",
    sex: str = "M",
    expiry: str = "300101",
    personal: str = "",
) -> tuple[str, str]:
    """A TD3 passport MRZ with every check digit computed."""
    head = number + check_digit(number)
    dates = birth + check_digit(birth)
    personal = _pad(personal, 14)
    tail = sex + expiry + check_digit(expiry) + personal + check_digit(personal)
    composite = check_digit(head + dates + tail[1:])
    return _pad("P<" + state + name, 44), head + state + dates + tail + composite


def old_romanian_card(cnp: str = DEMO_CNP, sex: str = "M") -> tuple[str, str]:
    """The old Romanian card: the CNP's first digit and last six in the optional data."""
    return td2(birth=cnp[1:7], sex=sex, optional=cnp[0] + cnp[7:])
