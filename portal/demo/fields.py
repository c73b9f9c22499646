"""Reusable form fields: JSON Schema fragment plus label, help text and messages in six
languages. Help texts say why the field is asked and where the person finds the answer."""

# Translated sentences are kept whole so translators can read them; they may run long.
# ruff: noqa: E501

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from portal.demo.streets import DEVA_STREETS
from portal.demo.texts import L


@dataclass(frozen=True)
class Field:
    key: str
    schema: dict[str, Any]
    label: dict[str, str]
    help: dict[str, str]
    options: tuple[tuple[str, dict[str, str]], ...] = ()
    errors: dict[str, dict[str, str]] = field(default_factory=dict)
    # MRZ/chip field that can fill this one (given_names, surname, personal_id, …).
    prefill_from: str | None = None
    required: bool = True
    # UI hints for the renderer (JSON Forms `options`), e.g. {"multi": True}.
    ui_options: dict[str, Any] = field(default_factory=dict)


def choice(
    key: str,
    label: dict[str, str],
    help: dict[str, str],
    options: list[tuple[str, dict[str, str]]],
    *,
    required: bool = True,
) -> Field:
    """Single choice rendered as radio buttons: `oneOf` of `const` + English `title`."""
    schema = {"type": "string", "oneOf": [{"const": v, "title": t["en"]} for v, t in options]}
    return Field(key, schema, label, help, tuple(options), required=required)


def multi_choice(
    key: str,
    label: dict[str, str],
    help: dict[str, str],
    options: list[tuple[str, dict[str, str]]],
    *,
    required: bool = False,
) -> Field:
    """Several choices: an array of enum values, each at most once."""
    schema = {
        "type": "array",
        "items": {"type": "string", "enum": [v for v, _ in options]},
        "uniqueItems": True,
    }
    return Field(key, schema, label, help, tuple(options), required=required)


# --- the person -------------------------------------------------------------------------

GIVEN_NAMES = Field(
    "given_names",
    {"type": "string", "minLength": 1, "maxLength": 100},
    L(ro="Prenumele", ru="Имя", uk="Ім'я", bg="Име", hu="Keresztnév", en="Given names"),
    L(
        ro="Ca în actul de identitate, la „Prenume”. Instituția vă identifică după el.",
        ru="Как в удостоверении личности, в строке «Имя». По нему вас идентифицируют.",
        uk="Як у посвідченні особи, у рядку «Ім'я». За ним вас ідентифікують.",
        bg="Както е в личната карта, на реда „Име“. По него ви идентифицират.",
        hu="Ahogy a személyi igazolványában a „Keresztnév” sorban áll. Ez alapján azonosítják.",
        en="As on your identity card, under 'Given names'. It is how the office identifies you.",
    ),
    prefill_from="given_names",
)

SURNAME = Field(
    "surname",
    {"type": "string", "minLength": 1, "maxLength": 100},
    L(
        ro="Numele de familie",
        ru="Фамилия",
        uk="Прізвище",
        bg="Фамилия",
        hu="Vezetéknév",
        en="Surname",
    ),
    L(
        ro="Ca în actul de identitate, la „Nume”. Se trece pe documentul eliberat.",
        ru="Как в удостоверении личности, в строке «Фамилия». Её впишут в выданный документ.",
        uk="Як у посвідченні особи, у рядку «Прізвище». Його впишуть у виданий документ.",
        bg="Както е в личната карта, на реда „Фамилия“. Вписва се в издадения документ.",
        hu="Ahogy a személyi igazolványban a „Név” sorban áll. Ez kerül a kiadott iratra.",
        en="As on your identity card, under 'Surname'. It goes on the document you receive.",
    ),
    prefill_from="surname",
)

CNP = Field(
    "cnp",
    {"type": "string", "pattern": "^[1-9][0-9]{12}$", "format": "ro-cnp"},
    L(
        ro="CNP (codul numeric personal)",
        ru="CNP (личный код)",
        uk="CNP (особистий код)",
        bg="ЕГН по румънски документ (CNP)",
        hu="Személyi szám (CNP)",
        en="Personal numeric code (CNP)",
    ),
    L(
        ro="Cele 13 cifre din cartea de identitate, la „CNP”. Primăria vă găsește după el în evidențe.",
        ru="13 цифр из удостоверения личности, строка «CNP». По нему примэрия находит вас в учёте.",
        uk="13 цифр із посвідчення особи, рядок «CNP». За ним примерія знаходить вас в обліку.",
        bg="13-те цифри от личната карта, на реда „CNP“. По тях кметството ви намира в регистрите.",
        hu="A személyi igazolvány „CNP” sorában álló 13 számjegy. Ez alapján találják meg a nyilvántartásban.",
        en="The 13 digits on your identity card, under 'CNP'. The town hall finds your records by it.",
    ),
    errors={
        "pattern": L(
            ro="CNP-ul are exact 13 cifre.",
            ru="CNP состоит ровно из 13 цифр.",
            uk="CNP складається рівно з 13 цифр.",
            bg="CNP се състои от точно 13 цифри.",
            hu="A személyi szám pontosan 13 számjegyből áll.",
            en="The CNP has exactly 13 digits.",
        ),
        "format": L(
            ro="CNP-ul nu este corect; verificați cifrele din cartea de identitate.",
            ru="CNP указан неверно; сверьте цифры с удостоверением личности.",
            uk="CNP неправильний; звірте цифри з посвідченням особи.",
            bg="CNP не е верен; сверете цифрите с личната карта.",
            hu="A személyi szám hibás; ellenőrizze a számjegyeket az igazolványon.",
            en="This CNP is not valid; check the digits on your identity card.",
        ),
    },
    prefill_from="personal_id",
)

IDNP = Field(
    "idnp",
    {"type": "string", "pattern": "^[0-9]{13}$", "format": "md-idnp"},
    L(
        ro="IDNP (numărul de identificare de stat)",
        ru="IDNP (государственный идентификационный номер)",
        uk="IDNP (державний ідентифікаційний номер)",
        bg="IDNP (държавен идентификационен номер)",
        hu="IDNP (állami személyazonosító szám)",
        en="IDNP (state identification number)",
    ),
    L(
        ro="Cele 13 cifre de pe buletinul de identitate, la „IDNP”. Registrele de stat vă găsesc după el.",
        ru="13 цифр в удостоверении личности, строка «IDNP». По нему вас находят в госреестрах.",
        uk="13 цифр у посвідченні особи, рядок «IDNP». За ним вас знаходять у державних реєстрах.",
        bg="13-те цифри от личната карта, на реда „IDNP“. По тях ви намират в държавните регистри.",
        hu="A személyi igazolvány „IDNP” sorában álló 13 számjegy. Ez alapján találják meg az állami nyilvántartásban.",
        en="The 13 digits on your identity card, under 'IDNP'. State registers find you by it.",
    ),
    errors={
        "pattern": L(
            ro="IDNP-ul are exact 13 cifre.",
            ru="IDNP состоит ровно из 13 цифр.",
            uk="IDNP складається рівно з 13 цифр.",
            bg="IDNP се състои от точно 13 цифри.",
            hu="Az IDNP pontosan 13 számjegyből áll.",
            en="The IDNP has exactly 13 digits.",
        ),
    },
    prefill_from="personal_id",
)

RNOKPP = Field(
    "rnokpp",
    {"type": "string", "pattern": "^[0-9]{10}$", "format": "ua-rnokpp"},
    L(
        ro="RNOKPP (codul fiscal ucrainean)",
        ru="РНОКПП (идентификационный код)",
        uk="РНОКПП (ідентифікаційний код)",
        bg="РНОКПП (данъчен номер)",
        hu="RNOKPP (ukrán adóazonosító)",
        en="RNOKPP (taxpayer number)",
    ),
    L(
        ro="Cele 10 cifre de pe cardul ID sau din certificatul de cod fiscal. Fondul de Pensii vă găsește după el.",
        ru="10 цифр на ID-карте или в карточке налогоплательщика. По нему вас находит Пенсионный фонд.",
        uk="10 цифр на ID-картці або в картці платника податків. За ним вас знаходить Пенсійний фонд.",
        bg="10-те цифри от личната карта или от картата на данъкоплатеца. По тях ви намира Пенсионният фонд.",
        hu="A személyi igazolványon vagy az adókártyán szereplő 10 számjegy. Ez alapján talál meg a Nyugdíjalap.",
        en="The 10 digits on your ID card or taxpayer card. The Pension Fund finds your records by it.",
    ),
    errors={
        "pattern": L(
            ro="RNOKPP are exact 10 cifre.",
            ru="РНОКПП состоит ровно из 10 цифр.",
            uk="РНОКПП складається рівно з 10 цифр.",
            bg="РНОКПП се състои от точно 10 цифри.",
            hu="Az RNOKPP pontosan 10 számjegyből áll.",
            en="The RNOKPP has exactly 10 digits.",
        ),
    },
    prefill_from="personal_id",
)

BIRTH_DATE = Field(
    "birth_date",
    {"type": "string", "format": "date"},
    L(
        ro="Data nașterii",
        ru="Дата рождения",
        uk="Дата народження",
        bg="Дата на раждане",
        hu="Születési dátum",
        en="Date of birth",
    ),
    L(
        ro="Din actul de identitate. Ajută la deosebirea persoanelor cu același nume.",
        ru="Из удостоверения личности. Помогает различить людей с одинаковым именем.",
        uk="З посвідчення особи. Допомагає розрізнити людей з однаковим ім'ям.",
        bg="От личната карта. Помага да се различат хора с еднакво име.",
        hu="A személyi igazolványból. Segít megkülönböztetni az azonos nevű személyeket.",
        en="From your identity card. It tells apart people with the same name.",
    ),
    prefill_from="birth_date",
)

# --- address ------------------------------------------------------------------------------

STREET = Field(
    "street",
    {"type": "string", "enum": list(DEVA_STREETS)},
    L(ro="Strada", ru="Улица", uk="Вулиця", bg="Улица", hu="Utca", en="Street"),
    L(
        ro="Alegeți strada din listă; numele oficial apare în actul de identitate, la „Domiciliu”.",
        ru="Выберите улицу из списка; официальное название есть в удостоверении, в графе «Domiciliu».",
        uk="Виберіть вулицю зі списку; офіційна назва є в посвідченні, у графі «Domiciliu».",
        bg="Изберете улицата от списъка; официалното име е в личната карта, в графа „Domiciliu“.",
        hu="Válassza ki az utcát a listából; a hivatalos név a személyi igazolvány „Domiciliu” rovatában áll.",
        en="Pick the street from the list; the official name is on your identity card under 'Domiciliu'.",
    ),
    ui_options={"autocomplete": True},
)

HOUSE_NUMBER = Field(
    "house_number",
    {"type": "string", "pattern": "^[0-9]{1,4}[A-Za-z]?(/[0-9A-Za-z]{1,3})?$"},
    L(ro="Numărul", ru="Номер дома", uk="Номер будинку", bg="Номер", hu="Házszám", en="Number"),
    L(
        ro="Numărul poștal al clădirii, de exemplu 12 sau 12A.",
        ru="Номер дома, например 12 или 12A.",
        uk="Номер будинку, наприклад 12 або 12A.",
        bg="Номерът на сградата, например 12 или 12А (с латинска буква).",
        hu="Az épület házszáma, például 12 vagy 12A.",
        en="The building's number, for example 12 or 12A.",
    ),
)

APARTMENT = Field(
    "apartment",
    {"type": "string", "maxLength": 20},
    L(
        ro="Bloc, scară, apartament",
        ru="Блок, подъезд, квартира",
        uk="Блок, під'їзд, квартира",
        bg="Блок, вход, апартамент",
        hu="Tömb, lépcsőház, lakás",
        en="Block, entrance, flat",
    ),
    L(
        ro="Doar dacă locuiți la bloc, de exemplu „bl. A2, sc. 1, ap. 14”.",
        ru="Только если вы живёте в многоквартирном доме, например «bl. A2, sc. 1, ap. 14».",
        uk="Лише якщо ви живете в багатоквартирному будинку, наприклад «bl. A2, sc. 1, ap. 14».",
        bg="Само ако живеете в блок, например „bl. A2, sc. 1, ap. 14“.",
        hu="Csak ha tömbházban lakik, például „bl. A2, sc. 1, ap. 14”.",
        en="Only if you live in a block of flats, for example 'bl. A2, sc. 1, ap. 14'.",
    ),
    required=False,
)

POSTAL_ADDRESS = Field(
    "postal_address",
    {"type": "string", "minLength": 5, "maxLength": 300},
    L(
        ro="Adresa poștală",
        ru="Почтовый адрес",
        uk="Поштова адреса",
        bg="Пощенски адрес",
        hu="Postacím",
        en="Postal address",
    ),
    L(
        ro="Localitatea, strada, numărul și apartamentul. Aici se trimite răspunsul scris.",
        ru="Населённый пункт, улица, дом и квартира. Сюда отправят письменный ответ.",
        uk="Населений пункт, вулиця, будинок і квартира. Сюди надішлють письмову відповідь.",
        bg="Населено място, улица, номер и апартамент. Тук се изпраща писменият отговор.",
        hu="Település, utca, házszám és lakás. Ide küldik az írásos választ.",
        en="Town, street, number and flat. The written answer is sent here.",
    ),
)

# --- contact --------------------------------------------------------------------------

PHONE = Field(
    "phone",
    {"type": "string", "pattern": "^\\+?[0-9 ]{9,16}$"},
    L(ro="Telefon", ru="Телефон", uk="Телефон", bg="Телефон", hu="Telefonszám", en="Phone"),
    L(
        ro="Un număr la care vă poate suna funcționarul dacă lipsește ceva din cerere.",
        ru="Номер, по которому служащий позвонит, если в заявлении чего-то не хватает.",
        uk="Номер, за яким службовець зателефонує, якщо в заяві чогось бракує.",
        bg="Номер, на който служителят да ви се обади, ако нещо липсва в заявлението.",
        hu="Telefonszám, amelyen az ügyintéző hívhatja, ha valami hiányzik a kérelemből.",
        en="A number the clerk can call if something is missing from your request.",
    ),
    errors={
        "pattern": L(
            ro="Scrieți numărul doar cu cifre, de exemplu 0722 123 456.",
            ru="Укажите номер только цифрами, например +373 69 123 456.",
            uk="Вкажіть номер лише цифрами, наприклад +380 67 123 45 67.",
            bg="Напишете номера само с цифри, например +40 722 123 456.",
            hu="Csak számjegyeket írjon, például 0722 123 456.",
            en="Use digits only, for example +40 722 123 456.",
        ),
    },
    required=False,
)

EMAIL = Field(
    "email",
    {"type": "string", "format": "email", "maxLength": 254},
    L(
        ro="Adresa de e-mail",
        ru="Электронная почта",
        uk="Електронна пошта",
        bg="Имейл адрес",
        hu="E-mail-cím",
        en="Email address",
    ),
    L(
        ro="Aici primiți răspunsul sau documentul. Dacă nu aveți e-mail, lăsați câmpul gol.",
        ru="Сюда придёт ответ или документ. Если почты нет, оставьте поле пустым.",
        uk="Сюди надійде відповідь або документ. Якщо пошти немає, залиште поле порожнім.",
        bg="Тук ще получите отговора или документа. Ако нямате имейл, оставете полето празно.",
        hu="Ide kapja a választ vagy az iratot. Ha nincs e-mail-címe, hagyja üresen.",
        en="Your answer or document is sent here. If you have no email, leave it empty.",
    ),
    errors={
        "format": L(
            ro="Adresa de e-mail trebuie să arate ca nume@exemplu.ro.",
            ru="Адрес должен выглядеть как imya@primer.md.",
            uk="Адреса має виглядати як imya@pryklad.ua.",
            bg="Адресът трябва да изглежда като ime@primer.bg.",
            hu="Az e-mail-cím így nézzen ki: nev@pelda.ro.",
            en="The email address should look like name@example.com.",
        ),
    },
    required=False,
)

REPLY_BY = choice(
    "reply_by",
    L(
        ro="Cum doriți să primiți răspunsul?",
        ru="Как вы хотите получить ответ?",
        uk="Як ви хочете отримати відповідь?",
        bg="Как искате да получите отговора?",
        hu="Hogyan szeretné megkapni a választ?",
        en="How would you like to receive the answer?",
    ),
    L(
        ro="Răspunsul oficial vine în scris, pe e-mail sau prin poștă.",
        ru="Официальный ответ приходит в письменной форме — по почте или по e-mail.",
        uk="Офіційна відповідь надходить письмово — поштою або на e-mail.",
        bg="Официалният отговор е писмен — по имейл или по пощата.",
        hu="A hivatalos válasz írásban érkezik, e-mailben vagy postán.",
        en="The official answer comes in writing, by email or by post.",
    ),
    [
        (
            "email",
            L(
                ro="Pe e-mail",
                ru="По e-mail",
                uk="На e-mail",
                bg="По имейл",
                hu="E-mailben",
                en="By email",
            ),
        ),
        (
            "post",
            L(ro="Prin poștă", ru="Почтой", uk="Поштою", bg="По пощата", hu="Postán", en="By post"),
        ),
    ],
)

CONSENT = Field(
    "consent",
    {"type": "boolean", "const": True},
    L(
        ro="Sunt de acord ca datele mele să fie folosite pentru această cerere",
        ru="Я согласен(на), чтобы мои данные использовались для этого заявления",
        uk="Я погоджуюся, щоб мої дані використовувалися для цієї заяви",
        bg="Съгласен/съгласна съм данните ми да се използват за това заявление",
        hu="Hozzájárulok, hogy adataimat e kérelem intézéséhez felhasználják",
        en="I agree that my details are used for this request",
    ),
    L(
        ro="Datele sunt folosite doar pentru soluționarea cererii, conform GDPR, și nu rămân în chioșc.",
        ru="Данные используются только для рассмотрения заявления и не сохраняются в киоске.",
        uk="Дані використовуються лише для розгляду заяви й не зберігаються в кіоску.",
        bg="Данните се използват само за разглеждане на заявлението, съгласно GDPR, и не остават в терминала.",
        hu="Az adatokat csak a kérelem elbírálására használják a GDPR szerint, és nem maradnak a terminálon.",
        en="Your details are used only to handle this request, under the GDPR, and do not stay on the kiosk.",
    ),
)
