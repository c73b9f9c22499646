"""Fictional people for practice sessions, made like the synthetic ID cards of the MRZ tests.

Names come from the same pools as ``device.mrz.synth`` (typical of RO/MD/BG/UA) and the
personal numbers pass the national checks, so a practice form can be filled and sent
exactly as a real one, with nobody's real data.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from device.mrz.synth.names import random_name
from device.mrz.synth.national_ids import random_cnp, random_egn, random_idnp
from kiosk.forms.personal_ids import valid_rnokpp

_COUNTRY_CODES = {"RO": "ROU", "MD": "MDA", "BG": "BGR", "UA": "UKR"}


@dataclass(frozen=True, slots=True)
class SamplePerson:
    given_names: str
    surname: str
    personal_id: str
    birth_date: date

    def __repr__(self) -> str:
        return "SamplePerson(<fictional>)"

    def card_fields(self) -> dict[str, str]:
        """The fields an ID card would give (the forms' prefill map names these)."""
        return {
            "given_names": self.given_names,
            "surname": self.surname,
            "personal_id": self.personal_id,
            "birth_date": self.birth_date.isoformat(),
        }


def _rnokpp(rng: random.Random) -> str:
    while True:
        candidate = "".join(str(rng.randrange(10)) for _ in range(10))
        if candidate[0] != "0" and valid_rnokpp(candidate):
            return candidate


def sample_person(country: str, rng: random.Random | None = None) -> SamplePerson:
    """A fictional adult of ``country`` (RO, MD, BG or UA)."""
    rng = rng or random.Random()
    code = _COUNTRY_CODES.get(country, "ROU")
    sex = rng.choice("MF")
    birth = date(rng.randrange(1950, 2000), rng.randrange(1, 13), rng.randrange(1, 29))
    surname, given = random_name(rng, code, sex)
    if code == "ROU":
        number = random_cnp(rng, birth, sex)
    elif code == "MDA":
        number = random_idnp(rng)
    elif code == "BGR":
        number = random_egn(rng, birth, sex)
    else:
        number = _rnokpp(rng)
    return SamplePerson(given, surname, number, birth)
