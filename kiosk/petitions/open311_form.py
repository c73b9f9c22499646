"""The petition journey as a portal-format form document, built from an Open311 service list.

The kiosk's form engine (``kiosk/forms``) loads ``{service_code, version, schema,
uischema, i18n, prefill}`` documents like those in ``portal/demo/form_builder.py``.
This module makes one such document from an Open311 server's services and their
attribute definitions, so a petition to Open311 looks and behaves like any other
form: steps "category" → "details" (description + the chosen service's attributes)
→ "place" → "contact" → "consent". :func:`draft_from_form_data` turns the answers
into a :class:`PetitionDraft`.

Open311 speaks one language: service names and attribute texts are used as they
are for every UI language; the kiosk's own questions are translated here.

Attribute fields belong to one service each, so their property names carry the
service code and the attribute code (escaped, see :func:`_escape`); they are shown
(rule SHOW), and so required, only when their service is chosen. A
required list with exactly one value is the server asking for agreement: it is asked
as a tick box and sent as that one value.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from kiosk.i18n.languages import LANGUAGE_CODES
from kiosk.petitions.open311_models import (
    AttributeValue,
    Open311Attribute,
    Open311Service,
    PetitionDraft,
    text_or_none,
)

log = logging.getLogger("kiosk.petitions.form")

FORM_SERVICE_CODE = "open311-petition"
JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
DESCRIPTION_MIN = 10
DESCRIPTION_MAX = 4000
_PHONE_PATTERN = "^\\+?[0-9 ]{9,16}$"

Texts = dict[str, str]


def _l(*, ro: str, hu: str, ru: str, uk: str, bg: str, en: str) -> Texts:
    return {"ro": ro, "hu": hu, "ru": ru, "uk": uk, "bg": bg, "en": en}


# --- the kiosk's own texts ---------------------------------------------------------------

STEPS: dict[str, Texts] = {
    "category": _l(
        ro="Despre ce este",
        hu="Miről szól",
        ru="О чём обращение",
        uk="Про що звернення",
        bg="За какво се отнася",
        en="What it is about",
    ),
    "details": _l(
        ro="Ce s-a întâmplat",
        hu="Mi történt",
        ru="Что случилось",
        uk="Що сталося",
        bg="Какво се е случило",
        en="What happened",
    ),
    "place": _l(ro="Unde", hu="Hol", ru="Где", uk="Де", bg="Къде", en="Where"),
    "contact": _l(
        ro="Cum vă contactăm",
        hu="Elérhetőség",
        ru="Как с вами связаться",
        uk="Як з вами зв'язатися",
        bg="Как да се свържем с вас",
        en="How we contact you",
    ),
    "consent": _l(
        ro="Acordul dumneavoastră",
        hu="Hozzájárulás",
        ru="Ваше согласие",
        uk="Ваша згода",
        bg="Вашето съгласие",
        en="Your consent",
    ),
}

_OPTIONAL_NAME = _l(
    ro="Opțional. Fără nume nu puteți primi un răspuns personal.",
    hu="Nem kötelező. Név nélkül nem kaphat személyes választ.",
    ru="Необязательно. Без имени вы не получите личного ответа.",
    uk="Необов'язково. Без імені ви не отримаєте особистої відповіді.",
    bg="По желание. Без име не можете да получите личен отговор.",
    en="Optional. Without your name you cannot get a personal answer.",
)

# key → (label, help, {error keyword: text})
FIELD_TEXTS: dict[str, tuple[Texts, Texts, dict[str, Texts]]] = {
    "service_code": (
        _l(
            ro="Alegeți subiectul sesizării",
            hu="Válassza ki, miről szól a bejelentés",
            ru="Выберите тему обращения",
            uk="Оберіть тему звернення",
            bg="Изберете темата на сигнала",
            en="Choose what your petition is about",
        ),
        _l(
            ro="Alegeți subiectul cel mai apropiat. Sesizarea ajunge direct la cine se ocupă.",
            hu="Válassza a legközelebbi témát. Így egyenesen az illetékesekhez kerül.",
            ru="Выберите самую близкую тему. Так обращение сразу попадёт к тем, кто им занимается.",
            uk="Оберіть найближчу тему. Так звернення одразу потрапить до тих, хто ним займається.",
            bg="Изберете най-близката тема. Така сигналът отива направо при отговорните.",
            en="Pick the closest topic. It sends your petition straight to the people in charge.",
        ),
        {},
    ),
    "description": (
        _l(
            ro="Descrieți pe scurt",
            hu="Írja le röviden",
            ru="Опишите коротко",
            uk="Опишіть коротко",
            bg="Опишете накратко",
            en="Describe it briefly",
        ),
        _l(
            ro="Ce s-a întâmplat și de când. Scrieți așa încât să se înțeleagă fără să vă sune.",
            hu="Mi történt és mióta. Úgy írja le, hogy telefon nélkül is érthető legyen.",
            ru="Что случилось и с какого времени. Так, чтобы было понятно без звонка вам.",
            uk="Що сталося і відколи. Так, щоб було зрозуміло без дзвінка вам.",
            bg="Какво се е случило и откога. Така, че да се разбира, без да ви звънят.",
            en="What happened and since when. Write it so it is clear without calling you.",
        ),
        {
            "minLength": _l(
                ro="Scrieți cel puțin o propoziție scurtă (10 caractere).",
                hu="Írjon legalább egy rövid mondatot (10 karakter).",
                ru="Напишите хотя бы одно короткое предложение (10 символов).",
                uk="Напишіть хоча б одне коротке речення (10 символів).",
                bg="Напишете поне едно кратко изречение (10 знака).",
                en="Write at least one short sentence (10 characters).",
            ),
        },
    ),
    "address_string": (
        _l(
            ro="Unde anume?",
            hu="Pontosan hol?",
            ru="Где именно?",
            uk="Де саме?",
            bg="Къде точно?",
            en="Where exactly?",
        ),
        _l(
            ro="Strada și un reper, de exemplu „Str. Horea, în dreptul nr. 12”.",
            hu="Utca és egy tájékozódási pont, például „Horea utca, a 12-es számmal szemben”.",
            ru="Улица и ориентир, например «ул. Хоря, напротив дома 12».",
            uk="Вулиця й орієнтир, наприклад «вул. Соборна, навпроти будинку 12».",
            bg="Улица и ориентир, например „ул. Хоря, срещу № 12“.",
            en="Street and a landmark, for example 'Horea Street, opposite no. 12'.",
        ),
        {
            "minLength": _l(
                ro="Scrieți strada și un reper.",
                hu="Írja be az utcát és egy tájékozódási pontot.",
                ru="Укажите улицу и ориентир.",
                uk="Вкажіть вулицю й орієнтир.",
                bg="Напишете улицата и ориентир.",
                en="Write the street and a landmark.",
            ),
        },
    ),
    "first_name": (
        _l(ro="Prenumele", hu="Keresztnév", ru="Имя", uk="Ім'я", bg="Име", en="Given names"),
        _OPTIONAL_NAME,
        {},
    ),
    "last_name": (
        _l(
            ro="Numele de familie",
            hu="Vezetéknév",
            ru="Фамилия",
            uk="Прізвище",
            bg="Фамилия",
            en="Surname",
        ),
        _OPTIONAL_NAME,
        {},
    ),
    "email": (
        _l(
            ro="Adresa de e-mail",
            hu="E-mail-cím",
            ru="Электронная почта",
            uk="Електронна пошта",
            bg="Имейл адрес",
            en="Email address",
        ),
        _l(
            ro="Opțional. Aici primiți răspunsul.",
            hu="Nem kötelező. Ide kapja a választ.",
            ru="Необязательно. Сюда придёт ответ.",
            uk="Необов'язково. Сюди надійде відповідь.",
            bg="По желание. Тук ще получите отговора.",
            en="Optional. The answer is sent here.",
        ),
        {
            "format": _l(
                ro="Adresa de e-mail trebuie să arate ca nume@exemplu.ro.",
                hu="Az e-mail-cím így nézzen ki: nev@pelda.ro.",
                ru="Адрес должен выглядеть как imya@primer.md.",
                uk="Адреса має виглядати як imya@pryklad.ua.",
                bg="Адресът трябва да изглежда като ime@primer.bg.",
                en="The email address should look like name@example.com.",
            ),
        },
    ),
    "phone": (
        _l(ro="Telefon", hu="Telefonszám", ru="Телефон", uk="Телефон", bg="Телефон", en="Phone"),
        _l(
            ro="Opțional. Pentru întrebări despre sesizare.",
            hu="Nem kötelező. Ha kérdésük van a bejelentésről.",
            ru="Необязательно. Если появятся вопросы по обращению.",
            uk="Необов'язково. Якщо виникнуть питання щодо звернення.",
            bg="По желание. Ако има въпроси за сигнала.",
            en="Optional. In case there are questions about your petition.",
        ),
        {
            "pattern": _l(
                ro="Scrieți numărul doar cu cifre, de exemplu 0722 123 456.",
                hu="Csak számjegyeket írjon, például 0722 123 456.",
                ru="Укажите номер только цифрами, например +373 69 123 456.",
                uk="Вкажіть номер лише цифрами, наприклад +380 67 123 45 67.",
                bg="Напишете номера само с цифри, например +40 722 123 456.",
                en="Use digits only, for example +40 722 123 456.",
            ),
        },
    ),
    "consent": (
        _l(
            ro="Sunt de acord ca datele mele să fie folosite pentru această sesizare",
            hu="Hozzájárulok, hogy adataimat e bejelentés intézéséhez felhasználják",
            ru="Я согласен(на), чтобы мои данные использовались для этого обращения",
            uk="Я погоджуюся, щоб мої дані використовувалися для цього звернення",
            bg="Съгласен/съгласна съм данните ми да се използват за този сигнал",
            en="I agree that my details are used for this petition",
        ),
        _l(
            ro="Datele sunt trimise doar celor care se ocupă de sesizare și nu rămân în chioșc.",
            hu="Az adatokat csak a bejelentés intézői kapják meg, és nem maradnak a terminálon.",
            ru="Данные получат только те, кто рассматривает обращение; в киоске они не остаются.",
            uk="Дані отримають лише ті, хто розглядає звернення; у кіоску вони не залишаються.",
            bg="Данните получават само тези, които разглеждат сигнала, и не остават в терминала.",
            en="Only the people handling your petition get your details. Nothing stays here.",
        ),
        {
            "const": _l(
                ro="Ca să trimiteți sesizarea, trebuie să fiți de acord.",
                hu="A beküldéshez hozzá kell járulnia.",
                ru="Чтобы отправить обращение, нужно дать согласие.",
                uk="Щоб надіслати звернення, потрібно дати згоду.",
                bg="За да изпратите сигнала, трябва да дадете съгласие.",
                en="To send your petition, you need to agree to this.",
            ),
        },
    ),
}

_FIXED_SCHEMAS: dict[str, dict[str, Any]] = {
    "description": {"type": "string", "minLength": DESCRIPTION_MIN, "maxLength": DESCRIPTION_MAX},
    "address_string": {"type": "string", "minLength": 3, "maxLength": 300},
    "first_name": {"type": "string", "maxLength": 100},
    "last_name": {"type": "string", "maxLength": 100},
    "email": {"type": "string", "format": "email", "maxLength": 254},
    "phone": {"type": "string", "pattern": _PHONE_PATTERN},
    "consent": {"type": "boolean", "const": True},
}
CONTACT_FIELDS = ("first_name", "last_name", "email", "phone")
# MRZ/chip fields that can fill the contact step (same convention as the portal's forms).
PREFILL = {"given_names": "/first_name", "surname": "/last_name"}

# --- property names of attribute fields --------------------------------------------------

_ATTRIBUTE = "a"
_AGREEMENT = "agree"
# The form engine accepts property names of letters, digits and "_", at most 64 long.
_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,63}")
_ESCAPES = {"_": "_u", "-": "_d", ".": "_p"}
_UNESCAPE = re.compile(r"_(?:x([0-9a-f]{6})|([udp]))")
_UNESCAPES = {"u": "_", "d": "-", "p": "."}
# The form engine's limit on fields per form (kiosk/forms/limits.py).
MAX_FIELDS = 200


def _escape(text: str) -> str:
    """ASCII letters and digits as they are; "_", "-", "." and anything else escaped.

    Every escape is ``_`` followed by a letter, so the result never contains ``__``,
    which therefore separates the parts of a property name.
    """
    out = []
    for c in text:
        if c.isascii() and c.isalnum():
            out.append(c)
        else:
            out.append(_ESCAPES.get(c, f"_x{ord(c):06x}"))
    return "".join(out)


def _unescape(text: str) -> str:
    return _UNESCAPE.sub(
        lambda m: chr(int(m.group(1), 16)) if m.group(1) else _UNESCAPES[m.group(2)], text
    )


def attribute_key(service_code: str, attribute_code: str) -> str:
    return f"{_ATTRIBUTE}__{_escape(service_code)}__{_escape(attribute_code)}"


def agreement_key(service_code: str, attribute_code: str, value: str) -> str:
    return f"{_AGREEMENT}__{_escape(service_code)}__{_escape(attribute_code)}__{_escape(value)}"


# --- building the document ---------------------------------------------------------------


def _attribute_schema(attribute: Open311Attribute) -> dict[str, Any] | None:
    kind = attribute.datatype
    minimum = 1 if attribute.required else 0
    if kind == "string":
        return {"type": "string", "minLength": minimum, "maxLength": 250}
    if kind == "text":
        return {"type": "string", "minLength": minimum, "maxLength": DESCRIPTION_MAX}
    if kind == "number":
        return {"type": "number"}
    if kind == "datetime":
        return {"type": "string", "format": "date"}
    values = list({v.key: v for v in reversed(attribute.values)}.values())[::-1]  # unique keys
    if kind == "singlevaluelist" and values:
        return {"type": "string", "oneOf": [{"const": v.key, "title": v.name} for v in values]}
    if kind == "multivaluelist" and values:
        schema: dict[str, Any] = {
            "type": "array",
            "items": {"type": "string", "enum": [v.key for v in values]},
            "uniqueItems": True,
        }
        if attribute.required:
            schema["minItems"] = 1
        return schema
    return None


def _is_agreement(attribute: Open311Attribute) -> bool:
    single = len(attribute.values) == 1
    return attribute.datatype == "singlevaluelist" and attribute.required and single


@dataclass(frozen=True)
class _AttributeField:
    key: str
    schema: dict[str, Any]
    attribute: Open311Attribute


def _attribute_fields(
    service: Open311Service, attributes: Sequence[Open311Attribute]
) -> list[_AttributeField] | None:
    """The fields asking a service's attributes; None when a required one cannot be asked."""
    fields: list[_AttributeField] = []
    for attribute in attributes:
        if not attribute.variable:
            continue  # information only, nothing to answer
        schema = _attribute_schema(attribute)
        if _is_agreement(attribute):
            key = agreement_key(service.service_code, attribute.code, attribute.values[0].key)
            schema = {"type": "boolean", "const": True}
        else:
            key = attribute_key(service.service_code, attribute.code)
        if schema is None or _KEY.fullmatch(key) is None:
            if attribute.required:
                _left_out(service, "attribute", attribute.datatype)
                return None
            continue  # optional and not answerable on the kiosk
        fields.append(_AttributeField(key, schema, attribute))
    return fields


def _left_out(service: Open311Service, reason: str, datatype: str | None = None) -> None:
    log.info(
        "open311.service_left_out",
        extra={"service_code": service.service_code, "reason": reason, "datatype": datatype},
    )


class _Builder:
    def __init__(self) -> None:
        self.properties: dict[str, Any] = {}
        self.i18n: dict[str, dict[str, str]] = {language: {} for language in LANGUAGE_CODES}

    def add(self, key: str, schema: dict[str, Any]) -> None:
        self.properties[key] = schema
        label, help_text, errors = FIELD_TEXTS[key]
        for language in LANGUAGE_CODES:
            self.i18n[language][f"{key}.label"] = label[language]
            self.i18n[language][f"{key}.description"] = help_text[language]
            for keyword, text in errors.items():
                self.i18n[language][f"{key}.error.{keyword}"] = text[language]

    def same_text(self, key: str, text: str) -> None:
        for language in LANGUAGE_CODES:
            self.i18n[language][key] = text


def _control(key: str, *, multi: bool = False, shown_for: str | None = None) -> dict[str, Any]:
    control: dict[str, Any] = {"type": "Control", "scope": f"#/properties/{key}"}
    if multi:
        control["options"] = {"multi": True}
    if shown_for is not None:
        control["rule"] = {
            "effect": "SHOW",
            "condition": {"scope": "#/properties/service_code", "schema": {"const": shown_for}},
        }
    return control


def _version(
    services: Sequence[Open311Service], definitions: Mapping[str, Sequence[Open311Attribute]]
) -> str:
    material = json.dumps(
        [
            [asdict(s) for s in services],
            {code: [asdict(a) for a in attrs] for code, attrs in sorted(definitions.items())},
        ],
        sort_keys=True,
        ensure_ascii=False,
    )
    return "open311-" + hashlib.sha256(material.encode()).hexdigest()[:12]


def _askable(
    services: Sequence[Open311Service], definitions: Mapping[str, Sequence[Open311Attribute]]
) -> list[tuple[Open311Service, list[_AttributeField]]]:
    room = MAX_FIELDS - len(FIELD_TEXTS)
    askable = []
    seen: set[str] = set()
    for service in services:
        if service.service_code in seen:
            continue
        fields = _attribute_fields(service, definitions.get(service.service_code, ()))
        if fields is None:
            continue
        if len(fields) > room:
            _left_out(service, "too_many_fields")
            continue
        room -= len(fields)
        seen.add(service.service_code)
        askable.append((service, fields))
    return askable


def build_petition_form(
    services: Sequence[Open311Service],
    definitions: Mapping[str, Sequence[Open311Attribute]],
    *,
    form_code: str = FORM_SERVICE_CODE,
) -> dict[str, Any]:
    """The form document; ``definitions`` maps service codes to their attributes.

    A required attribute is listed in the schema's ``required`` and shown only for
    its service: the kiosk's form engine checks only the fields it shows, so it is
    required exactly when its service is chosen. Raises ``ValueError`` when no
    service can be asked on the kiosk.
    """
    askable = _askable(services, definitions)
    if not askable:
        raise ValueError("the Open311 server lists no service the kiosk can ask for")
    b = _Builder()
    b.add(
        "service_code",
        {
            "type": "string",
            "oneOf": [{"const": s.service_code, "title": s.service_name} for s, _ in askable],
        },
    )
    for service, _ in askable:
        b.same_text(f"service_code.options.{service.service_code}", service.service_name)
    b.add("description", dict(_FIXED_SCHEMAS["description"]))
    details = [_control("description", multi=True)]
    required = ["service_code", "description"]
    for service, fields in askable:
        for field in fields:
            attribute = field.attribute
            b.properties[field.key] = field.schema
            b.same_text(f"{field.key}.label", attribute.description)
            b.same_text(f"{field.key}.description", attribute.datatype_description or "")
            if field.schema["type"] != "boolean":
                for value in attribute.values:
                    b.same_text(f"{field.key}.options.{value.key}", value.name)
            if attribute.required:
                required.append(field.key)
            multi = attribute.datatype in ("text", "multivaluelist")
            details.append(_control(field.key, multi=multi, shown_for=service.service_code))
    b.add("address_string", dict(_FIXED_SCHEMAS["address_string"]))
    for key in CONTACT_FIELDS:
        b.add(key, dict(_FIXED_SCHEMAS[key]))
    b.add("consent", dict(_FIXED_SCHEMAS["consent"]))
    required += ["address_string", "consent"]
    steps = {
        "category": [_control("service_code")],
        "details": details,
        "place": [_control("address_string")],
        "contact": [_control(key) for key in CONTACT_FIELDS],
        "consent": [_control("consent")],
    }
    categories = []
    for name, elements in steps.items():
        for language in LANGUAGE_CODES:
            b.i18n[language][f"steps.{name}.label"] = STEPS[name][language]
        categories.append(
            {
                "type": "Category",
                "label": STEPS[name]["en"],
                "i18n": f"steps.{name}",
                "elements": elements,
            }
        )
    version = _version(services, definitions)
    return {
        "service_code": form_code,
        "version": version,
        "schema": {
            "$schema": JSON_SCHEMA_DIALECT,
            "$id": f"urn:kiosk:form:{form_code}:{version}",
            "type": "object",
            "properties": b.properties,
            "required": required,
            "additionalProperties": False,
        },
        "uischema": {"type": "Categorization", "elements": categories},
        "i18n": b.i18n,
        "prefill": dict(PREFILL),
    }


# --- reading the answers back ------------------------------------------------------------


def _answer(value: object) -> AttributeValue | None:
    if isinstance(value, bool | int | float):
        return value
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, list):
        items = [text for text in (text_or_none(v) for v in value) if text]
        return items or None
    return None


def draft_from_form_data(data: Mapping[str, Any]) -> PetitionDraft:
    """The petition to send from the form's answers; only the chosen service's attributes.

    Raises ``ValueError`` (naming the field, never its value) when a required answer is missing.
    """
    service_code = text_or_none(data.get("service_code"))
    if service_code is None:
        raise ValueError("service_code: missing")
    description = text_or_none(data.get("description"))
    if description is None:
        raise ValueError("description: missing")
    service_part = _escape(service_code)
    attributes: dict[str, AttributeValue] = {}
    for key, value in data.items():
        parts = key.split("__")
        if len(parts) < 3 or parts[1] != service_part:
            continue
        if parts[0] == _ATTRIBUTE and len(parts) == 3:
            answer = _answer(value)
            if answer is not None:
                attributes[_unescape(parts[2])] = answer
        elif parts[0] == _AGREEMENT and len(parts) == 4 and value is True:
            attributes[_unescape(parts[2])] = _unescape(parts[3])
    contact = {key: text_or_none(data.get(key)) for key in CONTACT_FIELDS}
    return PetitionDraft(
        service_code=service_code,
        description=description,
        address_string=text_or_none(data.get("address_string")),
        first_name=contact["first_name"],
        last_name=contact["last_name"],
        email=contact["email"],
        phone=contact["phone"],
        attributes=attributes,
    )
