"""Demo offices that take appointments, and the weekly timetable their slots follow."""

from __future__ import annotations

from dataclasses import dataclass

from portal.demo.texts import L


@dataclass(frozen=True)
class DemoOffice:
    code: str
    jurisdiction: str
    names: dict[str, str]
    address: str
    timezone: str
    services: tuple[str, ...]
    # (hour, minute) of the first slot, slot length in minutes, slots per day, weekdays (Mon=0).
    first_slot: tuple[int, int]
    slot_minutes: int
    slots_per_day: int
    weekdays: tuple[int, ...]


DEMO_OFFICES: tuple[DemoOffice, ...] = (
    DemoOffice(
        code="deva-spclep",
        jurisdiction="RO",
        names=L(
            ro="Serviciul Public Comunitar Local de Evidență a Persoanelor Deva",
            ru="Местная служба учёта населения г. Дева (SPCLEP)",
            uk="Місцева служба обліку населення м. Дева (SPCLEP)",
            bg="Местна служба за гражданска регистрация — Дева (SPCLEP)",
            hu="Déva Helyi Lakosság-nyilvántartó Szolgálat (SPCLEP)",
            en="Deva local population records office (SPCLEP)",
        ),
        address="Str. 1 Decembrie 1918 nr. 2, Deva",
        timezone="Europe/Bucharest",
        services=("ro-id-card-appointment",),
        first_slot=(8, 30),
        slot_minutes=20,
        slots_per_day=12,
        weekdays=(0, 1, 2, 3, 4),
    ),
    DemoOffice(
        code="deva-stare-civila",
        jurisdiction="RO",
        names=L(
            ro="Starea Civilă Deva — Primăria Municipiului Deva",
            ru="Отдел гражданского состояния, примэрия муниципия Дева",
            uk="Відділ цивільного стану, примерія муніципію Дева",
            bg="Отдел „Гражданско състояние“, кметство Дева",
            hu="Déva Megyei Jogú Város Polgármesteri Hivatala — Anyakönyvi Hivatal",
            en="Deva civil-status office, Deva town hall",
        ),
        address="Piața Unirii nr. 4, Deva",
        timezone="Europe/Bucharest",
        services=("ro-civil-marriage-appointment", "ro-civil-status-transcription-appointment"),
        first_slot=(10, 0),
        slot_minutes=30,
        slots_per_day=8,
        weekdays=(0, 1, 2, 3, 4, 5),
    ),
)
