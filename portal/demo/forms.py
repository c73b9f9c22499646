"""The demo forms, one per form/petition service of the demo catalogue."""

# Translated sentences are kept whole so translators can read them; they may run long.
# ruff: noqa: E501

from __future__ import annotations

from typing import Any

from portal.demo.fields import (
    APARTMENT,
    BIRTH_DATE,
    CNP,
    CONSENT,
    EMAIL,
    GIVEN_NAMES,
    HOUSE_NUMBER,
    IDNP,
    PHONE,
    POSTAL_ADDRESS,
    REPLY_BY,
    RNOKPP,
    STREET,
    SURNAME,
    Field,
    choice,
    multi_choice,
)
from portal.demo.form_builder import Shown, Step, build_form
from portal.demo.texts import L

FORM_VERSION = "2026.1"

# --- steps shared by several forms ---------------------------------------------------------

YOU = L(
    ro="Despre dumneavoastră",
    ru="О вас",
    uk="Про вас",
    bg="За вас",
    hu="Az Ön adatai",
    en="About you",
)
HOME = L(
    ro="Adresa de domiciliu",
    ru="Адрес проживания",
    uk="Адреса проживання",
    bg="Постоянен адрес",
    hu="Lakcím",
    en="Home address",
)
PROPERTY = L(
    ro="Imobilul",
    ru="Недвижимость",
    uk="Нерухомість",
    bg="Имотът",
    hu="Az ingatlan",
    en="The property",
)
REQUEST = L(
    ro="Cererea", ru="Заявление", uk="Заява", bg="Заявлението", hu="A kérelem", en="Your request"
)
CONTACT = L(
    ro="Cum vă contactăm",
    ru="Как с вами связаться",
    uk="Як з вами зв'язатися",
    bg="Как да се свържем с вас",
    hu="Elérhetőség",
    en="How we contact you",
)
AGREE = L(
    ro="Acordul dumneavoastră",
    ru="Ваше согласие",
    uk="Ваша згода",
    bg="Вашето съгласие",
    hu="Hozzájárulás",
    en="Your consent",
)


def _you(personal_id: Field, *extra: Field) -> Step:
    return Step("you", YOU, (GIVEN_NAMES, SURNAME, personal_id, *extra))


def _ro_home() -> Step:
    return Step("address", HOME, (STREET, HOUSE_NUMBER, APARTMENT))


def _contact(*fields: Field | Shown) -> Step:
    return Step("contact", CONTACT, tuple(fields) or (PHONE, EMAIL))


def _consent() -> Step:
    return Step("consent", AGREE, (CONSENT,))


def _property_street() -> Field:
    return Field(
        "property_street",
        STREET.schema,
        L(
            ro="Strada imobilului",
            ru="Улица, где находится объект",
            uk="Вулиця, де розташований об'єкт",
            bg="Улица на имота",
            hu="Az ingatlan utcája",
            en="Street of the property",
        ),
        L(
            ro="Strada pe care se află terenul sau clădirea, ca în extrasul de carte funciară.",
            ru="Улица, где находится участок или здание, как в выписке из земельной книги.",
            uk="Вулиця, де розташована ділянка чи будівля, як у витягу із земельної книги.",
            bg="Улицата на парцела или сградата, както е в извлечението от поземлената книга.",
            hu="Az utca, ahol a telek vagy az épület áll, ahogy a telekkönyvi kivonatban szerepel.",
            en="The street where the land or building is, as in the land-register extract.",
        ),
        ui_options={"autocomplete": True},
    )


def _property_number() -> Field:
    return Field(
        "property_number",
        {"type": "string", "maxLength": 10},
        L(
            ro="Numărul imobilului (dacă are)",
            ru="Номер объекта (если есть)",
            uk="Номер об'єкта (якщо є)",
            bg="Номер на имота (ако има)",
            hu="Az ingatlan házszáma (ha van)",
            en="Property number (if any)",
        ),
        L(
            ro="Lăsați gol dacă terenul nu are încă număr poștal.",
            ru="Оставьте пустым, если у участка ещё нет номера.",
            uk="Залиште порожнім, якщо ділянка ще не має номера.",
            bg="Оставете празно, ако имотът още няма номер.",
            hu="Hagyja üresen, ha a teleknek még nincs házszáma.",
            en="Leave empty if the plot has no number yet.",
        ),
        required=False,
    )


CADASTRAL_NUMBER = Field(
    "cadastral_number",
    {"type": "string", "pattern": "^[0-9]{3,7}(-C[0-9]{1,2})?$"},
    L(
        ro="Numărul cadastral",
        ru="Кадастровый номер",
        uk="Кадастровий номер",
        bg="Кадастрален номер",
        hu="Helyrajzi (kataszteri) szám",
        en="Cadastral number",
    ),
    L(
        ro="Îl găsiți în extrasul de carte funciară, la „Nr. cadastral”. Identifică exact terenul.",
        ru="Он указан в выписке из земельной книги, строка «Nr. cadastral». Точно определяет участок.",
        uk="Він є у витягу із земельної книги, рядок «Nr. cadastral». Точно визначає ділянку.",
        bg="Ще го намерите в извлечението от поземлената книга, на реда „Nr. cadastral“.",
        hu="A telekkönyvi kivonat „Nr. cadastral” sorában találja. Pontosan azonosítja a telket.",
        en="On the land-register extract, under 'Nr. cadastral'. It identifies the plot exactly.",
    ),
    errors={
        "pattern": L(
            ro="Numărul cadastral are 3–7 cifre, de exemplu 61234 sau 61234-C1.",
            ru="Кадастровый номер — 3–7 цифр, например 61234 или 61234-C1.",
            uk="Кадастровий номер — 3–7 цифр, наприклад 61234 або 61234-C1.",
            bg="Кадастралният номер е 3–7 цифри, например 61234 или 61234-C1.",
            hu="A kataszteri szám 3–7 számjegy, például 61234 vagy 61234-C1.",
            en="The cadastral number has 3–7 digits, for example 61234 or 61234-C1.",
        ),
    },
)

LAND_BOOK_NUMBER = Field(
    "land_book_number",
    {"type": "string", "pattern": "^[0-9]{3,7}$"},
    L(
        ro="Numărul cărții funciare",
        ru="Номер земельной книги",
        uk="Номер земельної книги",
        bg="Номер на поземлената книга",
        hu="Telekkönyvszám",
        en="Land book number",
    ),
    L(
        ro="Este în antetul extrasului de carte funciară: „Carte funciară nr.”.",
        ru="Указан в шапке выписки: «Carte funciară nr.».",
        uk="Зазначений у шапці витягу: «Carte funciară nr.».",
        bg="Посочен е в горната част на извлечението: „Carte funciară nr.“.",
        hu="A telekkönyvi kivonat fejlécében áll: „Carte funciară nr.”.",
        en="At the top of the land-register extract: 'Carte funciară nr.'.",
    ),
)


def _area(key: str, label: dict[str, str], help: dict[str, str]) -> Field:
    return Field(key, {"type": "number", "exclusiveMinimum": 0, "maximum": 1000000}, label, help)


# --- RO: certificat de urbanism ------------------------------------------------------------

URBANISM_PURPOSE = choice(
    "purpose",
    L(
        ro="În ce scop cereți certificatul?",
        ru="Для чего нужен сертификат?",
        uk="Для чого потрібен сертифікат?",
        bg="За каква цел искате удостоверението?",
        hu="Milyen célra kéri a bizonyítványt?",
        en="What do you need the certificate for?",
    ),
    L(
        ro="Scopul se trece pe certificat și stabilește ce avize vi se cer.",
        ru="Цель указывается в сертификате и определяет, какие согласования понадобятся.",
        uk="Мета зазначається в сертифікаті й визначає, які погодження знадобляться.",
        bg="Целта се вписва в удостоверението и определя какви съгласувания ще са нужни.",
        hu="A cél rákerül a bizonyítványra, és ettől függ, milyen engedélyek kellenek.",
        en="The purpose is printed on the certificate and decides which approvals you need.",
    ),
    [
        (
            "build",
            L(
                ro="Construire sau extindere",
                ru="Строительство или пристройка",
                uk="Будівництво чи добудова",
                bg="Строеж или пристройка",
                hu="Építés vagy bővítés",
                en="Building or extension",
            ),
        ),
        (
            "demolish",
            L(
                ro="Desființare (demolare)",
                ru="Снос",
                uk="Знесення",
                bg="Премахване (събаряне)",
                hu="Bontás",
                en="Demolition",
            ),
        ),
        (
            "notary",
            L(
                ro="Vânzare, alipire sau dezlipire",
                ru="Продажа, объединение или раздел",
                uk="Продаж, об'єднання чи поділ",
                bg="Продажба, обединяване или разделяне",
                hu="Eladás, telekösszevonás vagy -megosztás",
                en="Sale, merging or dividing plots",
            ),
        ),
        (
            "information",
            L(
                ro="Informare",
                ru="Для информации",
                uk="Для інформації",
                bg="За информация",
                hu="Tájékozódás",
                en="Information only",
            ),
        ),
    ],
)

URBANISM_WORKS = Field(
    "works_description",
    {"type": "string", "minLength": 10, "maxLength": 1000},
    L(
        ro="Ce doriți să faceți pe teren?",
        ru="Что вы хотите сделать на участке?",
        uk="Що ви хочете зробити на ділянці?",
        bg="Какво искате да направите в имота?",
        hu="Mit szeretne tenni a telken?",
        en="What do you plan to do on the land?",
    ),
    L(
        ro="Pe scurt, de exemplu „casă P+1 cu garaj”. Arhitectul-șef verifică dacă se poate.",
        ru="Коротко, например «дом в два этажа с гаражом». Главный архитектор проверит, можно ли.",
        uk="Коротко, наприклад «двоповерховий будинок з гаражем». Головний архітектор перевірить, чи можна.",
        bg="Накратко, например „двуетажна къща с гараж“. Главният архитект проверява дали е допустимо.",
        hu="Röviden, például „emeletes ház garázzsal”. A főépítész ellenőrzi, lehetséges-e.",
        en="Briefly, for example 'two-storey house with garage'. The chief architect checks it is allowed.",
    ),
)


def urbanism_certificate() -> dict[str, Any]:
    area = _area(
        "plot_area_m2",
        L(
            ro="Suprafața terenului (m²)",
            ru="Площадь участка (м²)",
            uk="Площа ділянки (м²)",
            bg="Площ на имота (м²)",
            hu="A telek területe (m²)",
            en="Plot area (m²)",
        ),
        L(
            ro="Din extrasul de carte funciară. Taxa se calculează după suprafață.",
            ru="Из выписки из земельной книги. Сбор зависит от площади.",
            uk="З витягу із земельної книги. Збір залежить від площі.",
            bg="От извлечението от поземлената книга. Таксата зависи от площта.",
            hu="A telekkönyvi kivonatból. Az illeték a területtől függ.",
            en="From the land-register extract. The fee depends on the area.",
        ),
    )
    return build_form(
        "ro-urbanism-certificate",
        FORM_VERSION,
        [
            _you(CNP),
            _ro_home(),
            Step(
                "property",
                PROPERTY,
                (_property_street(), _property_number(), CADASTRAL_NUMBER, LAND_BOOK_NUMBER, area),
            ),
            Step("request", REQUEST, (URBANISM_PURPOSE, Shown(URBANISM_WORKS, "purpose", "build"))),
            _contact(PHONE, EMAIL),
            _consent(),
        ],
    )


# --- RO: certificat de nomenclatură stradală -------------------------------------------------


def street_address_certificate() -> dict[str, Any]:
    property_type = choice(
        "property_type",
        L(
            ro="Ce fel de imobil?",
            ru="Какой объект?",
            uk="Який об'єкт?",
            bg="Какъв е имотът?",
            hu="Milyen ingatlan?",
            en="What kind of property?",
        ),
        L(
            ro="Pentru teren fără construcție se atestă doar poziția pe stradă.",
            ru="Для участка без построек подтверждается только расположение на улице.",
            uk="Для ділянки без будівель підтверджується лише розташування на вулиці.",
            bg="За незастроен парцел се удостоверява само местоположението на улицата.",
            hu="Beépítetlen telek esetén csak az utcán belüli helyzetet igazolják.",
            en="For land without buildings only its position on the street is certified.",
        ),
        [
            (
                "building",
                L(ro="Clădire", ru="Здание", uk="Будівля", bg="Сграда", hu="Épület", en="Building"),
            ),
            ("land", L(ro="Teren", ru="Участок", uk="Ділянка", bg="Парцел", hu="Telek", en="Land")),
        ],
    )
    purpose = choice(
        "purpose",
        L(
            ro="Pentru ce vă trebuie?",
            ru="Для чего нужна справка?",
            uk="Для чого потрібна довідка?",
            bg="За какво ви трябва?",
            hu="Mire kell?",
            en="What is it for?",
        ),
        L(
            ro="Se menționează pe certificat, pentru instituția care îl cere.",
            ru="Указывается в справке для учреждения, которое её требует.",
            uk="Зазначається в довідці для установи, яка її вимагає.",
            bg="Посочва се в удостоверението за институцията, която го изисква.",
            hu="Feltüntetik az igazoláson az azt kérő intézmény számára.",
            en="It is stated on the certificate for the institution that asks for it.",
        ),
        [
            (
                "notary",
                L(
                    ro="Notar",
                    ru="Нотариус",
                    uk="Нотаріус",
                    bg="Нотариус",
                    hu="Közjegyző",
                    en="Notary",
                ),
            ),
            (
                "land_register",
                L(
                    ro="Carte funciară (OCPI)",
                    ru="Земельная книга (OCPI)",
                    uk="Земельна книга (OCPI)",
                    bg="Поземлена книга (OCPI)",
                    hu="Telekkönyv (OCPI)",
                    en="Land register (OCPI)",
                ),
            ),
            (
                "utilities",
                L(
                    ro="Racordare la utilități",
                    ru="Подключение к сетям",
                    uk="Підключення до мереж",
                    bg="Присъединяване към мрежите",
                    hu="Közműbekötés",
                    en="Utility connection",
                ),
            ),
            ("other", L(ro="Altele", ru="Другое", uk="Інше", bg="Друго", hu="Egyéb", en="Other")),
        ],
    )
    return build_form(
        "ro-street-address-certificate",
        FORM_VERSION,
        [
            _you(CNP),
            _ro_home(),
            Step(
                "property",
                PROPERTY,
                (property_type, _property_street(), _property_number(), CADASTRAL_NUMBER),
            ),
            Step("request", REQUEST, (purpose,)),
            _contact(PHONE, EMAIL),
            _consent(),
        ],
    )


# --- RO: adeverință de rol agricol ----------------------------------------------------------


def agricultural_register_certificate() -> dict[str, Any]:
    purpose = choice(
        "purpose",
        L(
            ro="Pentru ce vă trebuie adeverința?",
            ru="Для чего нужна справка?",
            uk="Для чого потрібна довідка?",
            bg="За какво ви трябва удостоверението?",
            hu="Mire kell az igazolás?",
            en="What do you need it for?",
        ),
        L(
            ro="Registrul agricol scrie pe adeverință pentru ce instituție a fost eliberată.",
            ru="В справке указывают, для какого учреждения она выдана.",
            uk="У довідці зазначають, для якої установи її видано.",
            bg="В удостоверението се посочва за коя институция е издадено.",
            hu="Az igazoláson feltüntetik, melyik intézmény részére adták ki.",
            en="The certificate states which institution it was issued for.",
        ),
        [
            (
                "apia",
                L(
                    ro="APIA (subvenții agricole)",
                    ru="APIA (сельхозсубсидии)",
                    uk="APIA (сільгоспсубсидії)",
                    bg="APIA (земеделски субсидии)",
                    hu="APIA (mezőgazdasági támogatás)",
                    en="APIA (farm subsidies)",
                ),
            ),
            (
                "scholarship",
                L(
                    ro="Bursă școlară",
                    ru="Школьная стипендия",
                    uk="Шкільна стипендія",
                    bg="Училищна стипендия",
                    hu="Iskolai ösztöndíj",
                    en="School grant",
                ),
            ),
            (
                "social",
                L(
                    ro="Ajutor social",
                    ru="Социальная помощь",
                    uk="Соціальна допомога",
                    bg="Социална помощ",
                    hu="Szociális segély",
                    en="Social benefit",
                ),
            ),
            (
                "notary",
                L(
                    ro="Notar",
                    ru="Нотариус",
                    uk="Нотаріус",
                    bg="Нотариус",
                    hu="Közjegyző",
                    en="Notary",
                ),
            ),
            (
                "other",
                L(
                    ro="Altă instituție",
                    ru="Другое учреждение",
                    uk="Інша установа",
                    bg="Друга институция",
                    hu="Más intézmény",
                    en="Another institution",
                ),
            ),
        ],
    )
    copies = Field(
        "copies",
        {"type": "integer", "minimum": 1, "maximum": 5},
        L(
            ro="Câte exemplare?",
            ru="Сколько экземпляров?",
            uk="Скільки примірників?",
            bg="Колко екземпляра?",
            hu="Hány példány?",
            en="How many copies?",
        ),
        L(
            ro="Fiecare instituție păstrează originalul; cereți câte unul pentru fiecare.",
            ru="Каждое учреждение оставляет оригинал себе; закажите по одному на каждое.",
            uk="Кожна установа залишає оригінал собі; замовте по одному на кожну.",
            bg="Всяка институция задържа оригинала; поискайте по един за всяка.",
            hu="Minden intézmény megtartja az eredetit; kérjen mindegyiknek egyet.",
            en="Each institution keeps the original; ask for one per institution.",
        ),
    )
    return build_form(
        "ro-agricultural-register-certificate",
        FORM_VERSION,
        [
            _you(CNP),
            _ro_home(),
            Step("request", REQUEST, (purpose, copies)),
            _contact(PHONE, EMAIL),
            _consent(),
        ],
    )


# --- RO: certificat de atestare fiscală -------------------------------------------------------


def tax_certificate() -> dict[str, Any]:
    purpose = choice(
        "purpose",
        L(
            ro="Pentru ce vă trebuie certificatul?",
            ru="Для чего нужна справка?",
            uk="Для чого потрібна довідка?",
            bg="За какво ви трябва удостоверението?",
            hu="Mire kell az igazolás?",
            en="What do you need it for?",
        ),
        L(
            ro="La vânzare, certificatul trebuie să fie valabil în ziua semnării la notar.",
            ru="При продаже справка должна быть действительна в день подписания у нотариуса.",
            uk="Під час продажу довідка має бути чинною в день підписання в нотаріуса.",
            bg="При продажба удостоверението трябва да е валидно в деня на подписване при нотариуса.",
            hu="Eladáskor az igazolásnak a közjegyzői aláírás napján érvényesnek kell lennie.",
            en="For a sale the certificate must be valid on the day you sign at the notary.",
        ),
        [
            (
                "sale",
                L(
                    ro="Vânzare-cumpărare",
                    ru="Купля-продажа",
                    uk="Купівля-продаж",
                    bg="Покупко-продажба",
                    hu="Adásvétel",
                    en="Sale",
                ),
            ),
            (
                "inheritance",
                L(
                    ro="Succesiune",
                    ru="Наследство",
                    uk="Спадщина",
                    bg="Наследство",
                    hu="Hagyaték",
                    en="Inheritance",
                ),
            ),
            (
                "donation",
                L(
                    ro="Donație",
                    ru="Дарение",
                    uk="Дарування",
                    bg="Дарение",
                    hu="Ajándékozás",
                    en="Gift",
                ),
            ),
            ("other", L(ro="Altele", ru="Другое", uk="Інше", bg="Друго", hu="Egyéb", en="Other")),
        ],
    )
    assets = multi_choice(
        "assets",
        L(
            ro="Ce bunuri privește?",
            ru="Какого имущества касается?",
            uk="Якого майна стосується?",
            bg="За какво имущество се отнася?",
            hu="Milyen vagyontárgyra vonatkozik?",
            en="Which assets does it concern?",
        ),
        L(
            ro="Bifați tot ce se vinde sau se moștenește; funcționarul verifică taxele pentru fiecare.",
            ru="Отметьте всё, что продаётся или наследуется; служащий проверит налоги по каждому.",
            uk="Позначте все, що продається чи успадковується; службовець перевірить податки за кожним.",
            bg="Отбележете всичко, което се продава или наследява; служителят проверява данъците за всяко.",
            hu="Jelöljön be mindent, amit eladnak vagy örökölnek; az ügyintéző mindegyiket ellenőrzi.",
            en="Tick everything being sold or inherited; the clerk checks the taxes on each.",
        ),
        [
            (
                "building",
                L(ro="Clădire", ru="Здание", uk="Будівля", bg="Сграда", hu="Épület", en="Building"),
            ),
            ("land", L(ro="Teren", ru="Земля", uk="Земля", bg="Земя", hu="Telek", en="Land")),
            (
                "vehicle",
                L(
                    ro="Mijloc de transport",
                    ru="Транспортное средство",
                    uk="Транспортний засіб",
                    bg="Превозно средство",
                    hu="Jármű",
                    en="Vehicle",
                ),
            ),
        ],
    )
    return build_form(
        "ro-tax-certificate",
        FORM_VERSION,
        [
            _you(CNP),
            _ro_home(),
            Step("request", REQUEST, (purpose, assets)),
            _contact(PHONE, EMAIL),
            _consent(),
        ],
    )


# --- RO: declarație de impunere, clădire nouă -----------------------------------------------------


def new_building_tax_declaration() -> dict[str, Any]:
    completion = Field(
        "completion_date",
        {"type": "string", "format": "date"},
        L(
            ro="Data recepției",
            ru="Дата приёмки",
            uk="Дата приймання",
            bg="Дата на приемане",
            hu="Az átvétel dátuma",
            en="Acceptance date",
        ),
        L(
            ro="Data din procesul-verbal de recepție la terminarea lucrărilor; de la ea curg cele 30 de zile.",
            ru="Дата из акта приёмки по окончании работ; от неё считаются 30 дней.",
            uk="Дата з акта приймання після завершення робіт; від неї рахуються 30 днів.",
            bg="Датата от протокола за приемане; от нея текат 30-те дни.",
            hu="Az átvételi jegyzőkönyv dátuma; ettől számít a 30 nap.",
            en="The date on the acceptance report; the 30 days run from it.",
        ),
    )
    area = _area(
        "built_area_m2",
        L(
            ro="Suprafața construită desfășurată (m²)",
            ru="Общая площадь здания (м²)",
            uk="Загальна площа будівлі (м²)",
            bg="Разгъната застроена площ (м²)",
            hu="Kifejtett beépített terület (m²)",
            en="Gross floor area (m²)",
        ),
        L(
            ro="Din procesul-verbal de recepție sau din autorizația de construire; impozitul se calculează după ea.",
            ru="Из акта приёмки или разрешения на строительство; налог считается от неё.",
            uk="З акта приймання або дозволу на будівництво; податок рахується від неї.",
            bg="От протокола за приемане или разрешението за строеж; данъкът се изчислява по нея.",
            hu="Az átvételi jegyzőkönyvből vagy az építési engedélyből; ebből számolják az adót.",
            en="From the acceptance report or building permit; the tax is computed from it.",
        ),
    )
    use = choice(
        "building_use",
        L(
            ro="Destinația clădirii",
            ru="Назначение здания",
            uk="Призначення будівлі",
            bg="Предназначение на сградата",
            hu="Az épület rendeltetése",
            en="Use of the building",
        ),
        L(
            ro="Cota de impozit diferă pentru locuințe și pentru spații comerciale.",
            ru="Ставка налога разная для жилья и коммерческих помещений.",
            uk="Ставка податку різна для житла й комерційних приміщень.",
            bg="Данъчната ставка е различна за жилища и за търговски помещения.",
            hu="Az adókulcs más lakóépületre és üzlethelyiségre.",
            en="The tax rate differs for homes and for business premises.",
        ),
        [
            (
                "residential",
                L(
                    ro="Rezidențială (locuință)",
                    ru="Жилое",
                    uk="Житлова",
                    bg="Жилищна",
                    hu="Lakóépület",
                    en="Residential (home)",
                ),
            ),
            (
                "non_residential",
                L(
                    ro="Nerezidențială",
                    ru="Нежилое",
                    uk="Нежитлова",
                    bg="Нежилищна",
                    hu="Nem lakóépület",
                    en="Non-residential",
                ),
            ),
            (
                "mixed",
                L(ro="Mixtă", ru="Смешанное", uk="Змішана", bg="Смесена", hu="Vegyes", en="Mixed"),
            ),
        ],
    )
    structure = choice(
        "structure",
        L(
            ro="Din ce este construită?",
            ru="Из чего построено здание?",
            uk="З чого збудована будівля?",
            bg="От какво е построена?",
            hu="Miből épült?",
            en="What is it built of?",
        ),
        L(
            ro="Valoarea impozabilă pe m² depinde de materialul pereților, trecut în autorizație.",
            ru="Налоговая стоимость за м² зависит от материала стен, указанного в разрешении.",
            uk="Оподатковувана вартість за м² залежить від матеріалу стін, зазначеного в дозволі.",
            bg="Данъчната стойност на м² зависи от материала на стените, посочен в разрешението.",
            hu="Az adóköteles érték m²-enként a falak anyagától függ, amely az engedélyben szerepel.",
            en="The taxable value per m² depends on the wall material stated in the permit.",
        ),
        [
            (
                "concrete_brick",
                L(
                    ro="Beton armat, cărămidă sau piatră",
                    ru="Железобетон, кирпич или камень",
                    uk="Залізобетон, цегла або камінь",
                    bg="Стоманобетон, тухли или камък",
                    hu="Vasbeton, tégla vagy kő",
                    en="Reinforced concrete, brick or stone",
                ),
            ),
            (
                "wood_other",
                L(
                    ro="Lemn sau alte materiale",
                    ru="Дерево или другие материалы",
                    uk="Дерево або інші матеріали",
                    bg="Дърво или други материали",
                    hu="Fa vagy más anyag",
                    en="Wood or other materials",
                ),
            ),
        ],
    )
    utilities = multi_choice(
        "utilities",
        L(
            ro="Instalații",
            ru="Коммуникации",
            uk="Комунікації",
            bg="Инсталации",
            hu="Közművek",
            en="Installations",
        ),
        L(
            ro="Bifați ce are clădirea; fără apă, canalizare, electricitate și încălzire valoarea impozabilă e mai mică.",
            ru="Отметьте, что есть в здании; без воды, канализации, электричества и отопления налог ниже.",
            uk="Позначте, що є в будівлі; без води, каналізації, електрики й опалення податок нижчий.",
            bg="Отбележете какво има сградата; без вода, канализация, ток и отопление данъкът е по-нисък.",
            hu="Jelölje, mi van az épületben; víz, csatorna, villany és fűtés nélkül alacsonyabb az adó.",
            en="Tick what the building has; without water, sewerage, electricity and heating the tax is lower.",
        ),
        [
            ("water", L(ro="Apă", ru="Вода", uk="Вода", bg="Вода", hu="Víz", en="Water")),
            (
                "sewerage",
                L(
                    ro="Canalizare",
                    ru="Канализация",
                    uk="Каналізація",
                    bg="Канализация",
                    hu="Csatorna",
                    en="Sewerage",
                ),
            ),
            (
                "electricity",
                L(
                    ro="Electricitate",
                    ru="Электричество",
                    uk="Електрика",
                    bg="Ток",
                    hu="Villany",
                    en="Electricity",
                ),
            ),
            (
                "heating",
                L(
                    ro="Încălzire",
                    ru="Отопление",
                    uk="Опалення",
                    bg="Отопление",
                    hu="Fűtés",
                    en="Heating",
                ),
            ),
        ],
    )
    return build_form(
        "ro-new-building-tax-declaration",
        FORM_VERSION,
        [
            _you(CNP),
            _ro_home(),
            Step(
                "property",
                PROPERTY,
                (_property_street(), _property_number(), CADASTRAL_NUMBER, completion, area),
            ),
            Step("request", REQUEST, (use, structure, utilities)),
            _contact(PHONE, EMAIL),
            _consent(),
        ],
    )


# --- petitions (RO sesizare, UA інтернет-приймальня) -------------------------------------------

TOPIC = choice(
    "topic",
    L(
        ro="Despre ce este?",
        ru="О чём обращение?",
        uk="Про що звернення?",
        bg="За какво се отнася?",
        hu="Miről szól?",
        en="What is it about?",
    ),
    L(
        ro="Tema trimite cererea direct la serviciul care se ocupă.",
        ru="Тема направляет обращение прямо в нужную службу.",
        uk="Тема спрямовує звернення одразу до потрібної служби.",
        bg="Темата изпраща сигнала направо до отговорната служба.",
        hu="A téma alapján közvetlenül az illetékes osztályhoz kerül.",
        en="The topic sends it straight to the department in charge.",
    ),
    [
        (
            "roads",
            L(
                ro="Drumuri și trotuare",
                ru="Дороги и тротуары",
                uk="Дороги й тротуари",
                bg="Пътища и тротоари",
                hu="Utak és járdák",
                en="Roads and pavements",
            ),
        ),
        (
            "lighting",
            L(
                ro="Iluminat public",
                ru="Уличное освещение",
                uk="Вуличне освітлення",
                bg="Улично осветление",
                hu="Közvilágítás",
                en="Street lighting",
            ),
        ),
        (
            "waste",
            L(
                ro="Salubrizare și gunoi",
                ru="Вывоз мусора",
                uk="Вивезення сміття",
                bg="Сметосъбиране",
                hu="Szemétszállítás",
                en="Waste collection",
            ),
        ),
        (
            "green",
            L(
                ro="Parcuri și spații verzi",
                ru="Парки и зелёные зоны",
                uk="Парки й зелені зони",
                bg="Паркове и зелени площи",
                hu="Parkok és zöldterületek",
                en="Parks and green spaces",
            ),
        ),
        (
            "transport",
            L(
                ro="Transport public",
                ru="Общественный транспорт",
                uk="Громадський транспорт",
                bg="Обществен транспорт",
                hu="Tömegközlekedés",
                en="Public transport",
            ),
        ),
        (
            "other",
            L(ro="Altceva", ru="Другое", uk="Інше", bg="Друго", hu="Egyéb", en="Something else"),
        ),
    ],
)

DESCRIPTION = Field(
    "description",
    {"type": "string", "minLength": 20, "maxLength": 4000},
    L(
        ro="Descrieți pe scurt",
        ru="Опишите коротко",
        uk="Опишіть коротко",
        bg="Опишете накратко",
        hu="Írja le röviden",
        en="Describe it briefly",
    ),
    L(
        ro="Ce s-a întâmplat, unde și de când. Funcționarul trebuie să înțeleagă fără să vă sune.",
        ru="Что случилось, где и с какого времени. Служащий должен понять без звонка вам.",
        uk="Що сталося, де і відколи. Службовець має зрозуміти без дзвінка вам.",
        bg="Какво се е случило, къде и откога. Служителят трябва да разбере, без да ви звъни.",
        hu="Mi történt, hol és mióta. Az ügyintézőnek telefon nélkül is értenie kell.",
        en="What happened, where and since when. The clerk should understand without calling you.",
    ),
    errors={
        "minLength": L(
            ro="Scrieți cel puțin o propoziție (20 de caractere).",
            ru="Напишите хотя бы одно предложение (20 символов).",
            uk="Напишіть хоча б одне речення (20 символів).",
            bg="Напишете поне едно изречение (20 знака).",
            hu="Írjon legalább egy mondatot (20 karakter).",
            en="Write at least one sentence (20 characters).",
        ),
    },
)

LOCATION = Field(
    "location",
    {"type": "string", "maxLength": 300},
    L(
        ro="Unde anume?",
        ru="Где именно?",
        uk="Де саме?",
        bg="Къде точно?",
        hu="Pontosan hol?",
        en="Where exactly?",
    ),
    L(
        ro="Strada și un reper, de exemplu „Str. Horea, în dreptul nr. 12”. Ajută echipa de intervenție.",
        ru="Улица и ориентир, например «ул. Хоря, напротив дома 12». Поможет бригаде найти место.",
        uk="Вулиця й орієнтир, наприклад «вул. Соборна, навпроти будинку 12». Допоможе бригаді знайти місце.",
        bg="Улица и ориентир, например „ул. Хоря, срещу № 12“. Помага на екипа да намери мястото.",
        hu="Utca és tájékozódási pont, például „Horea utca, a 12-es számmal szemben”. Segít a kiérkező csapatnak.",
        en="Street and a landmark, for example 'Horea Street, opposite no. 12'. It helps the crew find it.",
    ),
    required=False,
)


def ro_petition() -> dict[str, Any]:
    petition_type = choice(
        "petition_type",
        L(
            ro="Ce fel de petiție?",
            ru="Какое обращение?",
            uk="Яке звернення?",
            bg="Какво обръщение?",
            hu="Milyen beadvány?",
            en="What kind of petition?",
        ),
        L(
            ro="Conform OG 27/2002, primăria răspunde în 30 de zile la orice petiție.",
            ru="По закону (OG 27/2002) примэрия отвечает на любое обращение в течение 30 дней.",
            uk="За законом (OG 27/2002) примерія відповідає на будь-яке звернення протягом 30 днів.",
            bg="Според закона (OG 27/2002) кметството отговаря на всяко обръщение до 30 дни.",
            hu="Az OG 27/2002 szerint a hivatal minden beadványra 30 napon belül válaszol.",
            en="Under Romanian law (OG 27/2002) the town hall answers any petition within 30 days.",
        ),
        [
            (
                "report",
                L(
                    ro="Sesizare (o problemă în oraș)",
                    ru="Сообщение о проблеме в городе",
                    uk="Повідомлення про проблему в місті",
                    bg="Сигнал за проблем в града",
                    hu="Bejelentés (városi probléma)",
                    en="Report (a problem in town)",
                ),
            ),
            (
                "request",
                L(
                    ro="Cerere",
                    ru="Заявление (просьба)",
                    uk="Заява (прохання)",
                    bg="Молба",
                    hu="Kérés",
                    en="Request",
                ),
            ),
            (
                "proposal",
                L(
                    ro="Propunere",
                    ru="Предложение",
                    uk="Пропозиція",
                    bg="Предложение",
                    hu="Javaslat",
                    en="Proposal",
                ),
            ),
            (
                "complaint",
                L(
                    ro="Reclamație",
                    ru="Жалоба",
                    uk="Скарга",
                    bg="Жалба",
                    hu="Panasz",
                    en="Complaint",
                ),
            ),
        ],
    )
    return build_form(
        "ro-petition",
        FORM_VERSION,
        [
            Step("request", REQUEST, (petition_type, TOPIC, LOCATION, DESCRIPTION)),
            Step("you", YOU, (GIVEN_NAMES, SURNAME)),
            _contact(
                REPLY_BY,
                Shown(EMAIL, "reply_by", "email"),
                Shown(POSTAL_ADDRESS, "reply_by", "post"),
                PHONE,
            ),
            _consent(),
        ],
    )


def ua_mayor_internet_reception() -> dict[str, Any]:
    appeal_type = choice(
        "appeal_type",
        L(
            ro="Tipul apelului",
            ru="Вид обращения",
            uk="Вид звернення",
            bg="Вид обръщение",
            hu="A beadvány típusa",
            en="Type of message",
        ),
        L(
            ro="Legea ucraineană „Cu privire la apelurile cetățenilor” deosebește propuneri, cereri și plângeri.",
            ru="Закон Украины «Об обращениях граждан» различает предложения, заявления и жалобы.",
            uk="Закон України «Про звернення громадян» розрізняє пропозиції, заяви (клопотання) і скарги.",
            bg="Украинският закон за обръщенията на гражданите разграничава предложения, молби и жалби.",
            hu="Az ukrán állampolgári beadványokról szóló törvény javaslatot, kérelmet és panaszt különböztet meg.",
            en="Ukraine's law on citizens' appeals distinguishes proposals, applications and complaints.",
        ),
        [
            (
                "proposal",
                L(
                    ro="Propunere",
                    ru="Предложение",
                    uk="Пропозиція (зауваження)",
                    bg="Предложение",
                    hu="Javaslat",
                    en="Proposal",
                ),
            ),
            (
                "application",
                L(
                    ro="Cerere",
                    ru="Заявление (ходатайство)",
                    uk="Заява (клопотання)",
                    bg="Молба",
                    hu="Kérelem",
                    en="Application",
                ),
            ),
            (
                "complaint",
                L(ro="Plângere", ru="Жалоба", uk="Скарга", bg="Жалба", hu="Panasz", en="Complaint"),
            ),
        ],
    )
    subject = Field(
        "subject",
        {"type": "string", "minLength": 5, "maxLength": 200},
        L(ro="Subiectul", ru="Тема", uk="Тема звернення", bg="Тема", hu="Tárgy", en="Subject"),
        L(
            ro="Un rând care spune despre ce este, de exemplu „Nu funcționează iluminatul pe str. Sobornaia”.",
            ru="Одна строка о сути, например «Не горят фонари на ул. Соборной».",
            uk="Один рядок про суть, наприклад «Не світять ліхтарі на вул. Соборній».",
            bg="Един ред за същността, например „Не свети уличното осветление на ул. Соборна“.",
            hu="Egy sor a lényegről, például „Nem működik a közvilágítás a Szobornaja utcában”.",
            en="One line on what it is about, for example 'Street lights out on Soborna Street'.",
        ),
    )
    return build_form(
        "ua-mayor-internet-reception",
        FORM_VERSION,
        [
            Step("request", REQUEST, (appeal_type, TOPIC, subject, DESCRIPTION)),
            Step("you", YOU, (SURNAME, GIVEN_NAMES, POSTAL_ADDRESS)),
            _contact(REPLY_BY, Shown(EMAIL, "reply_by", "email"), PHONE),
            _consent(),
        ],
    )


# --- MD: certificat de cazier judiciar -----------------------------------------------------------

DELIVERY = choice(
    "delivery",
    L(
        ro="Cum primiți documentul?",
        ru="Как вы получите документ?",
        uk="Як ви отримаєте документ?",
        bg="Как ще получите документа?",
        hu="Hogyan kapja meg az iratot?",
        en="How do you get the document?",
    ),
    L(
        ro="Documentul electronic are aceeași valoare juridică ca cel pe hârtie.",
        ru="Электронный документ имеет ту же юридическую силу, что и бумажный.",
        uk="Електронний документ має таку саму юридичну силу, як і паперовий.",
        bg="Електронният документ има същата правна сила като хартиения.",
        hu="Az elektronikus irat jogilag ugyanolyan érvényes, mint a papíralapú.",
        en="The electronic document has the same legal force as the paper one.",
    ),
    [
        (
            "email",
            L(
                ro="Pe e-mail, semnat electronic",
                ru="На e-mail, с электронной подписью",
                uk="На e-mail, з електронним підписом",
                bg="По имейл, с електронен подпис",
                hu="E-mailben, elektronikusan aláírva",
                en="By email, electronically signed",
            ),
        ),
        (
            "counter",
            L(
                ro="Îl ridic de la ghișeu",
                ru="Заберу в окошке",
                uk="Заберу у віконці",
                bg="Ще го взема от гишето",
                hu="Az ügyfélablaknál veszem át",
                en="I collect it at the counter",
            ),
        ),
    ],
)


def criminal_record_certificate() -> dict[str, Any]:
    purpose = choice(
        "purpose",
        L(
            ro="Pentru ce vă trebuie?",
            ru="Для чего нужна справка?",
            uk="Для чого потрібна довідка?",
            bg="За какво ви трябва?",
            hu="Mire kell?",
            en="What is it for?",
        ),
        L(
            ro="Scopul se trece pe certificat; unele ambasade cer un anumit scop.",
            ru="Цель указывается в справке; некоторые посольства требуют определённую цель.",
            uk="Мета зазначається в довідці; деякі посольства вимагають певну мету.",
            bg="Целта се вписва в свидетелството; някои посолства изискват конкретна цел.",
            hu="A cél rákerül a bizonyítványra; egyes nagykövetségek meghatározott célt kérnek.",
            en="The purpose is printed on the certificate; some embassies require a specific one.",
        ),
        [
            (
                "employment",
                L(
                    ro="Angajare",
                    ru="Трудоустройство",
                    uk="Працевлаштування",
                    bg="Работа",
                    hu="Munkavállalás",
                    en="Employment",
                ),
            ),
            (
                "abroad",
                L(
                    ro="Viză sau ședere în străinătate",
                    ru="Виза или проживание за границей",
                    uk="Віза або проживання за кордоном",
                    bg="Виза или пребиваване в чужбина",
                    hu="Vízum vagy külföldi tartózkodás",
                    en="Visa or residence abroad",
                ),
            ),
            (
                "studies",
                L(
                    ro="Studii",
                    ru="Учёба",
                    uk="Навчання",
                    bg="Обучение",
                    hu="Tanulmányok",
                    en="Studies",
                ),
            ),
            (
                "guardianship",
                L(
                    ro="Adopție sau tutelă",
                    ru="Усыновление или опека",
                    uk="Усиновлення або опіка",
                    bg="Осиновяване или настойничество",
                    hu="Örökbefogadás vagy gyámság",
                    en="Adoption or guardianship",
                ),
            ),
            ("other", L(ro="Altele", ru="Другое", uk="Інше", bg="Друго", hu="Egyéb", en="Other")),
        ],
    )
    language = choice(
        "certificate_language",
        L(
            ro="În ce limbă să fie certificatul?",
            ru="На каком языке справка?",
            uk="Якою мовою довідка?",
            bg="На какъв език да е свидетелството?",
            hu="Milyen nyelvű legyen a bizonyítvány?",
            en="Language of the certificate",
        ),
        L(
            ro="Pentru străinătate alegeți engleza; altfel traducerea se face la notar.",
            ru="Для заграницы выберите английский, иначе понадобится нотариальный перевод.",
            uk="Для закордону оберіть англійську, інакше знадобиться нотаріальний переклад.",
            bg="За чужбина изберете английски, иначе ще е нужен нотариален превод.",
            hu="Külföldre válassza az angolt, különben közjegyzői fordítás kell.",
            en="For use abroad choose English; otherwise you need a certified translation.",
        ),
        [
            (
                "ro",
                L(
                    ro="Română",
                    ru="Румынский",
                    uk="Румунська",
                    bg="Румънски",
                    hu="Román",
                    en="Romanian",
                ),
            ),
            (
                "ru",
                L(ro="Rusă", ru="Русский", uk="Російська", bg="Руски", hu="Orosz", en="Russian"),
            ),
            (
                "en",
                L(
                    ro="Engleză",
                    ru="Английский",
                    uk="Англійська",
                    bg="Английски",
                    hu="Angol",
                    en="English",
                ),
            ),
        ],
    )
    return build_form(
        "md-criminal-record-certificate",
        FORM_VERSION,
        [
            _you(IDNP, BIRTH_DATE),
            Step("request", REQUEST, (purpose, language, DELIVERY)),
            _contact(PHONE, EMAIL),
            _consent(),
        ],
        # A criminal record is sensitive: by proxy only with a written power of attorney.
        on_behalf_consent=L(
            ro="Confirm că persoana numită în cerere m-a împuternicit în scris să cer certificatul de cazier judiciar în numele ei și că am procura la mine.",
            ru="Подтверждаю, что человек, указанный в заявлении, письменно уполномочил меня запросить справку о судимости от его имени и что доверенность у меня с собой.",
            uk="Підтверджую, що людина, зазначена в заяві, письмово уповноважила мене запросити довідку про несудимість від її імені і що довіреність у мене з собою.",
            bg="Потвърждавам, че лицето, посочено в заявлението, ме е упълномощило писмено да поискам свидетелството за съдимост от негово име и че нося пълномощното.",
            hu="Megerősítem, hogy a kérelemben megnevezett személy írásban meghatalmazott, hogy nevében kérjem a bűnügyi nyilvántartási igazolást, és a meghatalmazás nálam van.",
            en="I confirm that the person named in this request authorised me in writing to ask for the criminal record certificate for them, and that I have the power of attorney with me.",
        ),
    )


# --- MD: certificat de stare civilă repetat ------------------------------------------------------


def civil_status_certificate() -> dict[str, Any]:
    certificate_type = choice(
        "certificate_type",
        L(
            ro="Ce certificat vă trebuie?",
            ru="Какое свидетельство нужно?",
            uk="Яке свідоцтво потрібне?",
            bg="Какво удостоверение ви трябва?",
            hu="Melyik anyakönyvi kivonat kell?",
            en="Which certificate do you need?",
        ),
        L(
            ro="Fiecare eveniment are propriul registru la Agenția Servicii Publice.",
            ru="У каждого события свой реестр в Агентстве государственных услуг.",
            uk="Кожна подія має власний реєстр в Агенції публічних послуг.",
            bg="Всяко събитие има свой регистър в Агенцията за публични услуги.",
            hu="Minden eseménynek saját nyilvántartása van a Közszolgáltatási Ügynökségnél.",
            en="Each event has its own register at the Public Services Agency.",
        ),
        [
            (
                "birth",
                L(
                    ro="Certificat de naștere",
                    ru="Свидетельство о рождении",
                    uk="Свідоцтво про народження",
                    bg="Удостоверение за раждане",
                    hu="Születési anyakönyvi kivonat",
                    en="Birth certificate",
                ),
            ),
            (
                "marriage",
                L(
                    ro="Certificat de căsătorie",
                    ru="Свидетельство о браке",
                    uk="Свідоцтво про шлюб",
                    bg="Удостоверение за брак",
                    hu="Házassági anyakönyvi kivonat",
                    en="Marriage certificate",
                ),
            ),
            (
                "death",
                L(
                    ro="Certificat de deces",
                    ru="Свидетельство о смерти",
                    uk="Свідоцтво про смерть",
                    bg="Смъртен акт",
                    hu="Halotti anyakönyvi kivonat",
                    en="Death certificate",
                ),
            ),
        ],
    )
    relationship = choice(
        "relationship",
        L(
            ro="Pentru cine cereți?",
            ru="Для кого вы заказываете?",
            uk="Для кого ви замовляєте?",
            bg="За кого подавате?",
            hu="Kinek kéri?",
            en="Who is it for?",
        ),
        L(
            ro="Rudele apropiate pot cere direct; pentru altă persoană este nevoie de procură.",
            ru="Близкие родственники могут заказать сами; для другого человека нужна доверенность.",
            uk="Близькі родичі можуть замовити самі; для іншої особи потрібна довіреність.",
            bg="Близките роднини могат да подадат сами; за друг човек е нужно пълномощно.",
            hu="Közeli hozzátartozó közvetlenül kérheti; más személy nevében meghatalmazás kell.",
            en="Close relatives may apply directly; for anyone else a power of attorney is needed.",
        ),
        [
            (
                "self",
                L(
                    ro="Pentru mine",
                    ru="Для себя",
                    uk="Для себе",
                    bg="За мен",
                    hu="Magamnak",
                    en="For myself",
                ),
            ),
            (
                "child",
                L(
                    ro="Pentru copilul meu",
                    ru="Для моего ребёнка",
                    uk="Для моєї дитини",
                    bg="За детето ми",
                    hu="A gyermekemnek",
                    en="For my child",
                ),
            ),
            (
                "relative",
                L(
                    ro="Pentru o rudă (părinte, soț/soție)",
                    ru="Для родственника (родитель, супруг)",
                    uk="Для родича (батьки, чоловік/дружина)",
                    bg="За роднина (родител, съпруг)",
                    hu="Rokonnak (szülő, házastárs)",
                    en="For a relative (parent, spouse)",
                ),
            ),
            (
                "proxy",
                L(
                    ro="Pentru altcineva, cu procură",
                    ru="Для другого человека по доверенности",
                    uk="Для іншої особи за довіреністю",
                    bg="За друг човек, с пълномощно",
                    hu="Más nevében, meghatalmazással",
                    en="For someone else, with a power of attorney",
                ),
            ),
        ],
    )
    holder_given = Field(
        "record_given_names",
        {"type": "string", "minLength": 1, "maxLength": 100},
        L(
            ro="Prenumele persoanei din act",
            ru="Имя человека в записи",
            uk="Ім'я особи в записі",
            bg="Име на лицето в акта",
            hu="Az anyakönyvezett személy keresztneve",
            en="Given names on the record",
        ),
        L(
            ro="Așa cum era la data evenimentului (de exemplu numele de la naștere).",
            ru="Как было на дату события (например, имя при рождении).",
            uk="Як було на дату події (наприклад, ім'я при народженні).",
            bg="Както е било към датата на събитието (например името при раждане).",
            hu="Ahogy az esemény idején volt (például a születési név).",
            en="As it was on the date of the event (for example the name at birth).",
        ),
    )
    holder_surname = Field(
        "record_surname",
        {"type": "string", "minLength": 1, "maxLength": 100},
        L(
            ro="Numele de familie din act",
            ru="Фамилия в записи",
            uk="Прізвище в записі",
            bg="Фамилия в акта",
            hu="Vezetéknév az anyakönyvben",
            en="Surname on the record",
        ),
        L(
            ro="Numele de familie de la data evenimentului, chiar dacă între timp s-a schimbat.",
            ru="Фамилия на дату события, даже если потом она изменилась.",
            uk="Прізвище на дату події, навіть якщо згодом воно змінилося.",
            bg="Фамилията към датата на събитието, дори ако после е сменена.",
            hu="Az esemény idején viselt vezetéknév, akkor is, ha azóta megváltozott.",
            en="The surname on the date of the event, even if it has changed since.",
        ),
    )
    event_date = Field(
        "event_date",
        {"type": "string", "format": "date"},
        L(
            ro="Data evenimentului",
            ru="Дата события",
            uk="Дата події",
            bg="Дата на събитието",
            hu="Az esemény dátuma",
            en="Date of the event",
        ),
        L(
            ro="Data nașterii, a căsătoriei sau a decesului; cu ea se caută actul în registru.",
            ru="Дата рождения, брака или смерти; по ней ищут запись в реестре.",
            uk="Дата народження, шлюбу чи смерті; за нею шукають запис у реєстрі.",
            bg="Датата на раждане, брак или смърт; по нея се търси актът в регистъра.",
            hu="A születés, házasság vagy halál dátuma; ez alapján keresik a bejegyzést.",
            en="Date of the birth, marriage or death; the record is searched by it.",
        ),
    )
    event_place = Field(
        "event_place",
        {"type": "string", "minLength": 2, "maxLength": 200},
        L(
            ro="Localitatea evenimentului",
            ru="Место события",
            uk="Місце події",
            bg="Място на събитието",
            hu="Az esemény helye",
            en="Place of the event",
        ),
        L(
            ro="Localitatea și raionul, de exemplu „Ungheni, r. Ungheni”.",
            ru="Населённый пункт и район, например «Унгены, р-н Унгены».",
            uk="Населений пункт і район, наприклад «Унгени, р-н Унгени».",
            bg="Населеното място и района, например „Унгени, район Унгени“.",
            hu="Település és járás, például „Ungheni, Ungheni járás”.",
            en="Town and district, for example 'Ungheni, Ungheni district'.",
        ),
    )
    return build_form(
        "md-civil-status-certificate",
        FORM_VERSION,
        [
            _you(IDNP),
            Step(
                "request",
                REQUEST,
                (
                    certificate_type,
                    relationship,
                    holder_surname,
                    holder_given,
                    event_date,
                    event_place,
                ),
            ),
            Step("delivery", CONTACT, (DELIVERY, PHONE, EMAIL)),
            _consent(),
        ],
    )


# --- UA: індивідуальні відомості про застраховану особу (ОК-5/ОК-7) ---------------------------


def pension_insurance_statement() -> dict[str, Any]:
    statement = choice(
        "statement_form",
        L(
            ro="Ce formular?",
            ru="Какая форма?",
            uk="Яка форма?",
            bg="Кой формуляр?",
            hu="Melyik nyomtatvány?",
            en="Which form?",
        ),
        L(
            ro="OK-5: salariile și contribuțiile din 1998; OK-7: stagiul total și salariul mediu.",
            ru="ОК-5 — зарплата и взносы с 1998 года; ОК-7 — общий стаж и средняя зарплата.",
            uk="ОК-5 — заробітна плата та внески з 1998 року; ОК-7 — загальний стаж і середня заробітна плата.",
            bg="ОК-5: заплати и вноски от 1998 г.; ОК-7: общ стаж и средна заплата.",
            hu="OK-5: bérek és járulékok 1998-tól; OK-7: teljes szolgálati idő és átlagbér.",
            en="OK-5: wages and contributions since 1998; OK-7: total service and average wage.",
        ),
        [
            ("ok5", L(ro="OK-5", ru="ОК-5", uk="ОК-5", bg="ОК-5", hu="OK-5", en="OK-5")),
            ("ok7", L(ro="OK-7", ru="ОК-7", uk="ОК-7", bg="ОК-7", hu="OK-7", en="OK-7")),
        ],
    )
    year_from = Field(
        "year_from",
        {"type": "integer", "minimum": 1998, "maximum": 2030},
        L(
            ro="Din anul",
            ru="С какого года",
            uk="З якого року",
            bg="От година",
            hu="Kezdő év",
            en="From year",
        ),
        L(
            ro="Evidența individuală există din 1998; alegeți anul de la care vă interesează.",
            ru="Персонифицированный учёт ведётся с 1998 года; укажите, с какого года нужны данные.",
            uk="Персоніфікований облік ведеться з 1998 року; вкажіть, з якого року потрібні дані.",
            bg="Индивидуалният регистър се води от 1998 г.; посочете от коя година ви трябват данни.",
            hu="Az egyéni nyilvántartás 1998 óta létezik; adja meg, melyik évtől kéri.",
            en="Individual records exist since 1998; choose the year you need data from.",
        ),
        required=False,
    )
    return build_form(
        "ua-pension-insurance-statement",
        FORM_VERSION,
        [
            _you(RNOKPP, BIRTH_DATE),
            Step("request", REQUEST, (statement, Shown(year_from, "statement_form", "ok5"))),
            Step("delivery", CONTACT, (DELIVERY, EMAIL, PHONE)),
            _consent(),
        ],
    )


DEMO_FORMS = {
    "ro-urbanism-certificate": urbanism_certificate,
    "ro-street-address-certificate": street_address_certificate,
    "ro-agricultural-register-certificate": agricultural_register_certificate,
    "ro-tax-certificate": tax_certificate,
    "ro-new-building-tax-declaration": new_building_tax_declaration,
    "ro-petition": ro_petition,
    "md-criminal-record-certificate": criminal_record_certificate,
    "md-civil-status-certificate": civil_status_certificate,
    "ua-mayor-internet-reception": ua_mayor_internet_reception,
    "ua-pension-insurance-statement": pension_insurance_statement,
}
