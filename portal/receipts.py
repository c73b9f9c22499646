"""Receipt lines for a new submission, in the language the person used at the kiosk."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from portal.clock import UTC
from portal.languages import pick
from portal.personal_ids import mask_personal_id
from portal.storage.catalogue import ServiceRecord
from portal.storage.submissions import Submission

LABELS: dict[str, dict[str, str]] = {
    "number": {
        "ro": "Nr. de înregistrare",
        "ru": "Регистрационный номер",
        "uk": "Реєстраційний номер",
        "bg": "Регистрационен номер",
        "hu": "Iktatószám",
        "en": "Registration number",
    },
    "pending": {
        "ro": "Primită; numărul de înregistrare vine în curând",
        "ru": "Принято; регистрационный номер будет присвоен позже",
        "uk": "Прийнято; реєстраційний номер буде присвоєно пізніше",
        "bg": "Прието; регистрационният номер ще бъде даден скоро",
        "hu": "Beérkezett; az iktatószámot hamarosan megkapja",
        "en": "Received; the registration number follows soon",
    },
    "access_code": {
        "ro": "Cod de acces",
        "ru": "Код доступа",
        "uk": "Код доступу",
        "bg": "Код за достъп",
        "hu": "Hozzáférési kód",
        "en": "Access code",
    },
    "date": {
        "ro": "Data",
        "ru": "Дата",
        "uk": "Дата",
        "bg": "Дата",
        "hu": "Dátum",
        "en": "Date",
    },
    "expected": {
        "ro": "Răspuns până la",
        "ru": "Ответ до",
        "uk": "Відповідь до",
        "bg": "Отговор до",
        "hu": "Válasz legkésőbb",
        "en": "Answer by",
    },
    "applicant": {
        "ro": "Solicitant",
        "ru": "Заявитель",
        "uk": "Заявник",
        "bg": "Заявител",
        "hu": "Kérelmező",
        "en": "Applicant",
    },
    "reference": {
        "ro": "Referința chioșcului",
        "ru": "Номер киоска",
        "uk": "Номер кіоску",
        "bg": "Номер от терминала",
        "hu": "Terminál-hivatkozás",
        "en": "Kiosk reference",
    },
}


def receipt_lines(
    submission: Submission,
    service: ServiceRecord,
    access_code: str,
    applicant: dict[str, Any] | None,
    language: str,
    timezone: str,
) -> list[str]:
    zone = ZoneInfo(timezone)

    def label(name: str) -> str:
        return pick(LABELS[name], language)

    lines = [pick(service.names, language)]
    if submission.registration_number is not None:
        lines.append(f"{label('number')}: {submission.registration_number}")
    else:
        lines.append(label("pending"))
    lines.append(f"{label('access_code')}: {access_code}")
    received = submission.received_at.replace(tzinfo=UTC).astimezone(zone)
    lines.append(f"{label('date')}: {received:%Y-%m-%d %H:%M}")
    if submission.expected_at is not None:
        expected = submission.expected_at.replace(tzinfo=UTC).astimezone(zone)
        lines.append(f"{label('expected')}: {expected:%Y-%m-%d}")
    if applicant:
        name = f"{applicant.get('given_names', '')} {applicant.get('surname', '')}".strip()
        personal_id = applicant.get("personal_id")
        if personal_id:
            name = f"{name}, {mask_personal_id(personal_id)}"
        lines.append(f"{label('applicant')}: {name}")
    if submission.client_reference:
        lines.append(f"{label('reference')}: {submission.client_reference}")
    return lines
