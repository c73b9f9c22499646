"""Valid-format national personal numbers of the four countries, made up at random.

* Romania, CNP (13 digits): S YYMMDD JJ NNN C; S = 1/2 (men/women born 1900-1999),
  5/6 (2000-2099); control digit: weights 279146358279, sum mod 11, 10 → 1.
* Moldova, IDNP (13 digits) starting 0 or 2; control digit: weights 7,3,1 mod 10.
* Bulgaria, EGN (10 digits): YYMMDD (month + 40 for births from 2000) NNN C, the ninth
  digit even for men, odd for women; control digit: weights 2,4,8,5,10,9,7,3,6 mod 11,
  10 → 0.
* Ukraine, record number of the ID card (13 digits): birth YYYYMMDD + 5 digits.
"""

from __future__ import annotations

import random
from datetime import date

from device.mrz.national import cnp_control, egn_control, idnp_control


def _digits(rng: random.Random, count: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(count))


def random_cnp(rng: random.Random, birth: date, sex: str) -> str:
    century = 1 if birth.year < 2000 else 5
    first = century + (0 if sex == "M" else 1)
    county = rng.choice([*range(1, 47), 51, 52])
    body = f"{first}{birth:%y%m%d}{county:02d}{rng.randrange(1, 1000):03d}"
    return body + cnp_control(body)


def random_idnp(rng: random.Random) -> str:
    body = rng.choice("02") + _digits(rng, 11)
    return body + idnp_control(body)


def random_egn(rng: random.Random, birth: date, sex: str) -> str:
    month = birth.month + (40 if birth.year >= 2000 else 0)
    ninth = rng.randrange(0, 10, 2) + (0 if sex == "M" else 1)
    body = f"{birth:%y}{month:02d}{birth:%d}{_digits(rng, 2)}{ninth}"
    return body + egn_control(body)


def random_ukr_record(rng: random.Random, birth: date) -> str:
    return f"{birth:%Y%m%d}{_digits(rng, 5)}"
