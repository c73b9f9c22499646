"""RFC 9457 problem details: one exception type, localized titles, JSON rendering."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from portal.languages import pick

PROBLEM_CONTENT_TYPE = "application/problem+json"
PROBLEM_TYPE_PREFIX = "urn:portal:problem:"

# Titles by problem code, in the six UI languages: shown to people, so plain words.
TITLES: dict[str, dict[str, str]] = {
    "bad_request": {
        "ro": "Cererea nu a putut fi citită",
        "ru": "Запрос не удалось прочитать",
        "uk": "Запит не вдалося прочитати",
        "bg": "Заявката не може да бъде прочетена",
        "hu": "A kérés nem olvasható",
        "en": "The request could not be read",
    },
    "idempotency_key_missing": {
        "ro": "Lipsește cheia de idempotență",
        "ru": "Отсутствует ключ идемпотентности",
        "uk": "Відсутній ключ ідемпотентності",
        "bg": "Липсва ключ за идемпотентност",
        "hu": "Hiányzik az idempotencia-kulcs",
        "en": "Idempotency key missing",
    },
    "unauthorized": {
        "ro": "Chioșcul nu este înrolat sau cheia lui nu este validă",
        "ru": "Киоск не зарегистрирован или его ключ недействителен",
        "uk": "Кіоск не зареєстровано або його ключ недійсний",
        "bg": "Терминалът не е регистриран или ключът му е невалиден",
        "hu": "A terminál nincs regisztrálva, vagy a kulcsa érvénytelen",
        "en": "This kiosk is not enrolled or its token is not valid",
    },
    "kiosk_revoked": {
        "ro": "Accesul acestui chioșc a fost retras",
        "ru": "Доступ этого киоска отозван",
        "uk": "Доступ цього кіоску відкликано",
        "bg": "Достъпът на този терминал е отнет",
        "hu": "Ennek a terminálnak a hozzáférését visszavonták",
        "en": "This kiosk's access has been revoked",
    },
    "enrolment_code_invalid": {
        "ro": "Codul de înrolare nu este valabil",
        "ru": "Код регистрации недействителен",
        "uk": "Код реєстрації недійсний",
        "bg": "Кодът за регистрация е невалиден",
        "hu": "A regisztrációs kód érvénytelen",
        "en": "The enrolment code is not valid",
    },
    "not_found": {
        "ro": "Nu am găsit ce ați căutat",
        "ru": "Ничего не найдено",
        "uk": "Нічого не знайдено",
        "bg": "Не е намерено",
        "hu": "Nem található",
        "en": "Not found",
    },
    "method_not_allowed": {
        "ro": "Operație nepermisă",
        "ru": "Операция не разрешена",
        "uk": "Операція не дозволена",
        "bg": "Операцията не е разрешена",
        "hu": "A művelet nem engedélyezett",
        "en": "Method not allowed",
    },
    "request_in_flight": {
        "ro": "Cererea este încă în lucru",
        "ru": "Запрос ещё обрабатывается",
        "uk": "Запит ще обробляється",
        "bg": "Заявката все още се обработва",
        "hu": "A kérés feldolgozása még folyamatban van",
        "en": "This request is still being processed",
    },
    "validation_failed": {
        "ro": "Unele răspunsuri trebuie corectate",
        "ru": "Некоторые ответы нужно исправить",
        "uk": "Деякі відповіді потрібно виправити",
        "bg": "Някои отговори трябва да бъдат поправени",
        "hu": "Néhány választ javítani kell",
        "en": "Some answers need correcting",
    },
    "idempotency_key_reused": {
        "ro": "Cheia de idempotență a fost folosită pentru altă cerere",
        "ru": "Ключ идемпотентности уже использован для другого запроса",
        "uk": "Ключ ідемпотентності вже використано для іншого запиту",
        "bg": "Ключът за идемпотентност вече е използван за друга заявка",
        "hu": "Az idempotencia-kulcsot már egy másik kéréshez használták",
        "en": "This idempotency key was used for a different request",
    },
    "form_version_unknown": {
        "ro": "Versiunea formularului nu mai este acceptată",
        "ru": "Эта версия формы больше не принимается",
        "uk": "Ця версія форми більше не приймається",
        "bg": "Тази версия на формуляра вече не се приема",
        "hu": "Az űrlap ezen változatát már nem fogadják el",
        "en": "This form version is no longer accepted",
    },
    "client_reference_reused": {
        "ro": "Referința chioșcului a fost deja folosită",
        "ru": "Этот номер киоска уже использован",
        "uk": "Цей номер кіоску вже використано",
        "bg": "Този номер на терминала вече е използван",
        "hu": "Ezt a terminálhivatkozást már felhasználták",
        "en": "This client reference was already used",
    },
    "slot_taken": {
        "ro": "Ora aleasă tocmai a fost rezervată de altcineva",
        "ru": "Это время только что занял кто-то другой",
        "uk": "Цей час щойно зайняв хтось інший",
        "bg": "Този час току-що беше запазен от някой друг",
        "hu": "Ezt az időpontot valaki más épp most foglalta le",
        "en": "Someone else has just booked this time",
    },
    "hold_expired": {
        "ro": "Rezervarea temporară a expirat",
        "ru": "Время временной брони истекло",
        "uk": "Час тимчасового бронювання минув",
        "bg": "Временната резервация изтече",
        "hu": "Az ideiglenes foglalás lejárt",
        "en": "The temporary hold has expired",
    },
    "appointment_cancelled": {
        "ro": "Programarea a fost anulată",
        "ru": "Запись отменена",
        "uk": "Запис скасовано",
        "bg": "Записаният час е отменен",
        "hu": "Az időpontot lemondták",
        "en": "The appointment was cancelled",
    },
    "obligation_unavailable": {
        "ro": "Una dintre datorii nu mai poate fi plătită aici",
        "ru": "Одну из задолженностей здесь оплатить уже нельзя",
        "uk": "Одну із заборгованостей тут уже не можна сплатити",
        "bg": "Едно от задълженията вече не може да се плати тук",
        "hu": "Az egyik tartozás itt már nem fizethető be",
        "en": "One of the amounts can no longer be paid here",
    },
    "rate_limited": {
        "ro": "Prea multe cereri; încercați din nou în curând",
        "ru": "Слишком много запросов; попробуйте чуть позже",
        "uk": "Забагато запитів; спробуйте трохи пізніше",
        "bg": "Твърде много заявки; опитайте отново след малко",
        "hu": "Túl sok kérés; próbálja újra hamarosan",
        "en": "Too many requests; try again shortly",
    },
    "internal_error": {
        "ro": "A apărut o eroare la portal",
        "ru": "На портале произошла ошибка",
        "uk": "На порталі сталася помилка",
        "bg": "Възникна грешка в портала",
        "hu": "Hiba történt a portálon",
        "en": "Something went wrong at the portal",
    },
    "unavailable": {
        "ro": "Portalul nu este disponibil momentan",
        "ru": "Портал временно недоступен",
        "uk": "Портал тимчасово недоступний",
        "bg": "Порталът временно не е достъпен",
        "hu": "A portál átmenetileg nem érhető el",
        "en": "The portal is temporarily unavailable",
    },
}


@dataclass
class Problem(Exception):
    """Raised anywhere in request handling; rendered as `application/problem+json`."""

    status: int
    code: str
    detail: str | None = None
    errors: dict[str, list[str]] | None = None
    headers: dict[str, str] = field(default_factory=dict)

    def body(self, language: str, trace_id: str) -> dict[str, Any]:
        body: dict[str, Any] = {
            "type": PROBLEM_TYPE_PREFIX + self.code,
            "title": pick(TITLES.get(self.code, TITLES["internal_error"]), language),
            "status": self.status,
            "code": self.code,
            "trace_id": trace_id,
        }
        if self.detail is not None:
            body["detail"] = self.detail
        if self.errors:
            body["errors"] = self.errors
        return body
