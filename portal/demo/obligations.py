"""Demo taxpayers and what they owe: local taxes (RO) and utility bills (MD)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from portal.demo.texts import L
from portal.personal_ids import cnp_check_digit, idnp_check_digit


def _cnp(first12: str) -> str:
    return first12 + str(cnp_check_digit(first12))


def _idnp(first12: str) -> str:
    return first12 + str(idnp_check_digit(first12))


# Fictitious people; the numbers are valid check-digit-wise so the forms accept them.
DEMO_CNP = _cnp("180010120001")  # man born 1980-01-01, county code 20 (Hunedoara)
DEMO_CNP_NO_DEBTS = _cnp("290061520002")
DEMO_IDNP = _idnp("200000000001")


@dataclass(frozen=True)
class DemoObligation:
    id: str
    personal_id: str
    service_code: str
    category: str
    descriptions: dict[str, str]
    period: str
    amount_minor: int
    currency: str
    due_date: dt.date


def demo_obligations(year: int) -> list[DemoObligation]:
    building = L(
        ro="Impozit pe clădiri — Str. Horea nr. 12",
        ru="Налог на здания — ул. Хоря, 12",
        uk="Податок на будівлі — вул. Хоря, 12",
        bg="Данък върху сградите — ул. Хоря № 12",
        hu="Épületadó — Horea utca 12.",
        en="Building tax — 12 Horea Street",
    )
    land = L(
        ro="Impozit pe teren — Str. Horea nr. 12",
        ru="Налог на землю — ул. Хоря, 12",
        uk="Податок на землю — вул. Хоря, 12",
        bg="Данък върху земята — ул. Хоря № 12",
        hu="Telekadó — Horea utca 12.",
        en="Land tax — 12 Horea Street",
    )
    vehicle = L(
        ro="Impozit pe mijloace de transport — autoturism HD-12-ABC",
        ru="Налог на транспортное средство — автомобиль HD-12-ABC",
        uk="Податок на транспортний засіб — автомобіль HD-12-ABC",
        bg="Данък върху превозните средства — автомобил HD-12-ABC",
        hu="Gépjárműadó — HD-12-ABC személyautó",
        en="Vehicle tax — car HD-12-ABC",
    )
    water = L(
        ro="Apă și canalizare — Apă-Canal",
        ru="Водоснабжение и канализация — Apă-Canal",
        uk="Водопостачання й водовідведення — Apă-Canal",
        bg="Вода и канализация — Apă-Canal",
        hu="Víz és csatorna — Apă-Canal",
        en="Water and sewerage — Apă-Canal",
    )
    gas = L(
        ro="Gaze naturale",
        ru="Природный газ",
        uk="Природний газ",
        bg="Природен газ",
        hu="Földgáz",
        en="Natural gas",
    )
    return [
        DemoObligation(
            "ro-tax-1",
            DEMO_CNP,
            "ro-local-taxes-payment",
            "building_tax",
            building,
            f"{year}",
            21450,
            "RON",
            dt.date(year, 3, 31),
        ),
        DemoObligation(
            "ro-tax-2",
            DEMO_CNP,
            "ro-local-taxes-payment",
            "land_tax",
            land,
            f"{year}",
            3820,
            "RON",
            dt.date(year, 3, 31),
        ),
        DemoObligation(
            "ro-tax-3",
            DEMO_CNP,
            "ro-local-taxes-payment",
            "vehicle_tax",
            vehicle,
            f"{year}",
            17600,
            "RON",
            dt.date(year, 9, 30),
        ),
        DemoObligation(
            "md-util-1",
            DEMO_IDNP,
            "md-utility-payment",
            "water",
            water,
            f"{year}-01",
            18735,
            "MDL",
            dt.date(year, 2, 25),
        ),
        DemoObligation(
            "md-util-2",
            DEMO_IDNP,
            "md-utility-payment",
            "gas",
            gas,
            f"{year}-01",
            64210,
            "MDL",
            dt.date(year, 2, 25),
        ),
    ]
