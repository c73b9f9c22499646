"""Fictional documents: every MRZ they carry is well-formed and says what the fields say."""

from __future__ import annotations

import random
from datetime import date

import pytest

from device.mrz.national import cnp_control, egn_control, idnp_control
from device.mrz.synth.people import COUNTRIES, SampleDocument, random_document
from device.mrz.synth.translit import name_field, to_mrz_name
from device.mrz.types import ALPHABET, SHAPES, MrzFormat, check_digit

FORMATS = (MrzFormat.TD1, MrzFormat.TD2, MrzFormat.TD3)


def _documents(count: int = 400) -> list[SampleDocument]:
    rng = random.Random(7)
    return [
        random_document(rng, country=COUNTRIES[i % 4], fmt=FORMATS[i % 3]) for i in range(count)
    ]


def _check(field: str, digit: str) -> None:
    assert check_digit(field) == digit, (field, digit)


def _icao_checks(doc: SampleDocument) -> None:
    if doc.format is MrzFormat.TD1:
        a, b, _ = doc.lines
        if a[14] == "<":  # long number: rest and check digit lead the optional data
            rest = doc.document_number[9:]
            assert a[15 : 15 + len(rest)] == rest
            _check(doc.document_number, a[15 + len(rest)])
        else:
            _check(a[5:14], a[14])
        _check(b[0:6], b[6])
        _check(b[8:14], b[14])
        _check(a[5:30] + b[0:7] + b[8:15] + b[18:29], b[29])
    else:
        b = doc.lines[1]
        _check(b[0:9], b[9])
        _check(b[13:19], b[19])
        _check(b[21:27], b[27])
        if doc.format is MrzFormat.TD2:
            _check(b[0:10] + b[13:20] + b[21:35], b[35])
        else:
            if b[28:42] == "<" * 14:
                assert b[42] in "<0"
            else:
                _check(b[28:42], b[42])
            _check(b[0:10] + b[13:20] + b[21:43], b[43])


def test_every_mrz_has_the_right_shape_and_passes_its_check_digits() -> None:
    for doc in _documents():
        shape = SHAPES[doc.format]
        assert len(doc.lines) == shape.lines
        assert all(len(line) == shape.length for line in doc.lines)
        assert set("".join(doc.lines)) <= set(ALPHABET)
        _icao_checks(doc)


def test_national_ids_are_valid_and_where_the_parser_looks() -> None:
    for doc in _documents():
        number, a, b = doc.personal_number, doc.lines[0], doc.lines[1]
        if doc.country == "UKR" or (doc.format is MrzFormat.TD2 and doc.country != "ROU"):
            assert number is None  # no personal ID there (the parser leaves it None too)
            continue
        assert number is not None
        if doc.country == "ROU" and doc.format is MrzFormat.TD2:
            assert b[28:35] == number[0] + number[7:13]
            assert number[1:7] == f"{doc.birth_date:%y%m%d}"
        elif doc.format is MrzFormat.TD3:
            assert b[28:42].rstrip("<") == number
        elif doc.country == "BGR":
            assert b[18:29].rstrip("<") == number
        else:
            assert a[15:28] == number
        if doc.country == "ROU":
            assert len(number) == 13 and cnp_control(number[:12]) == number[12]
            century = "12" if doc.birth_date.year < 2000 else "56"
            assert number[0] == century[doc.sex == "F"]
        elif doc.country == "MDA":
            assert (
                len(number) == 13 and number[0] in "02" and idnp_control(number[:12]) == number[12]
            )
        else:
            assert len(number) == 10 and egn_control(number[:9]) == number[9]
            assert int(number[2:4]) > 40 if doc.birth_date.year >= 2000 else int(number[2:4]) <= 12


def test_fields_agree_with_the_mrz() -> None:
    for doc in _documents():
        text = "".join(doc.lines)
        assert f"{doc.birth_date:%y%m%d}" in text and f"{doc.expiry_date:%y%m%d}" in text
        assert doc.surname.replace(" ", "<") in text
        assert doc.document_number[:9] in text
        assert doc.birth_date < date(2008, 1, 1) and doc.sex in "MF"
        assert doc.country in repr(doc) and doc.surname not in repr(doc)


def test_long_document_numbers_spill_into_the_optional_data() -> None:
    long = [d for d in _documents(2000) if len(d.document_number) > 9]
    assert long
    for doc in long:
        assert doc.lines[0][14] == "<"
        _icao_checks(doc)


def test_names_are_transliterated_and_truncated_like_icao() -> None:
    assert to_mrz_name("Țărănu-Ștefănescu") == "TARANU<STEFANESCU"
    assert to_mrz_name("Щербак Юлія", ukrainian=True) == "SHCHERBAK<IULIIA"
    assert to_mrz_name("Жечев Йордан") == "ZHECHEV<IORDAN"
    assert to_mrz_name("Григорій", ukrainian=True) == "HRYHORII"
    field = name_field("CONSTANTINESCU<DUMITRESCU", "ALEXANDRA<GABRIELA", 30)
    assert len(field) == 30 and field.startswith("CONSTANTINESCU<DUMITRESCU<<A")
    assert not field.rstrip("<").endswith("<")


@pytest.mark.parametrize("country", COUNTRIES)
def test_random_document_is_deterministic_for_a_seed(country: str) -> None:
    first = random_document(random.Random(3), country=country)
    again = random_document(random.Random(3), country=country)
    assert first == again and first.country == country
