"""Fictional people: name pools typical of Romania, Moldova, Bulgaria and Ukraine.

Names are written as people write them (diacritics, Cyrillic, hyphens) and turned into
MRZ characters by :mod:`device.mrz.synth.translit`. Some are deliberately long so that
they get truncated in the 30-character TD1 name line, some are double names.
"""

from __future__ import annotations

import random
from typing import Final

# (male given names, female given names, surnames); surnames with a "/" are (male/female).
_POOLS: Final[dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]]] = {
    "ROU": (
        (
            "Andrei",
            "Ștefan",
            "Mihai",
            "Ion",
            "Gheorghe",
            "Vasile",
            "Alexandru",
            "Ionuț",
            "Răzvan",
            "Constantin",
            "Cătălin",
            "Florin",
            "Bogdan",
            "Dumitru",
            "Marian",
        ),
        (
            "Maria",
            "Elena",
            "Ioana",
            "Andreea",
            "Ana",
            "Mihaela",
            "Cristina",
            "Alexandra",
            "Gabriela",
            "Ștefania",
            "Mădălina",
            "Raluca",
            "Irina",
            "Oana",
            "Georgiana",
        ),
        (
            "Popescu",
            "Ionescu",
            "Popa",
            "Dumitrescu",
            "Stan",
            "Stoica",
            "Gheorghiu",
            "Rădulescu",
            "Munteanu",
            "Constantinescu",
            "Țărănu",
            "Bălănescu",
            "Mureșan",
            "Dobrescu",
            "Niculescu-Țepeș",
            "Andrieș",
            "Vâlcu",
            "Stănescu",
        ),
    ),
    "MDA": (
        (
            "Ion",
            "Vasile",
            "Nicolae",
            "Sergiu",
            "Alexandru",
            "Dumitru",
            "Victor",
            "Igor",
            "Vladimir",
            "Andrei",
            "Mihail",
            "Veaceslav",
            "Octavian",
            "Dorin",
        ),
        (
            "Maria",
            "Ana",
            "Elena",
            "Natalia",
            "Tatiana",
            "Olga",
            "Svetlana",
            "Cristina",
            "Doina",
            "Aurelia",
            "Ludmila",
            "Valentina",
            "Corina",
            "Lilia",
        ),
        (
            "Rusu",
            "Ceban",
            "Ciobanu",
            "Turcanu",
            "Cebotari",
            "Lungu",
            "Botnaru",
            "Munteanu",
            "Moraru",
            "Rotari",
            "Sîrbu",
            "Guțu",
            "Țurcan",
            "Căpățînă",
            "Bîrcă",
            "Roșca",
        ),
    ),
    "BGR": (
        (
            "Иван",
            "Георги",
            "Димитър",
            "Николай",
            "Петър",
            "Христо",
            "Стоян",
            "Тодор",
            "Любомир",
            "Живко",
            "Веселин",
            "Цветан",
            "Ясен",
            "Юлиян",
        ),
        (
            "Мария",
            "Иванка",
            "Елена",
            "Йорданка",
            "Пенка",
            "Десислава",
            "Цветелина",
            "Юлия",
            "Янка",
            "Жана",
            "Радостина",
            "Гергана",
            "Щилияна",
            "Боряна",
        ),
        (
            "Иванов/Иванова",
            "Георгиев/Георгиева",
            "Димитров/Димитрова",
            "Петров/Петрова",
            "Христов/Христова",
            "Желязков/Желязкова",
            "Цветков/Цветкова",
            "Щерев/Щерева",
            "Йорданов/Йорданова",
            "Тодоров/Тодорова",
            "Хаджиниколов/Хаджиниколова",
            "Ячев/Ячева",
            "Попвасилев/Попвасилева",
        ),
    ),
    "UKR": (
        (
            "Олександр",
            "Андрій",
            "Сергій",
            "Володимир",
            "Дмитро",
            "Юрій",
            "Євген",
            "Григорій",
            "Тарас",
            "Богдан",
            "Ярослав",
            "Максим",
            "Віталій",
            "Ігор",
        ),
        (
            "Олена",
            "Наталія",
            "Юлія",
            "Оксана",
            "Тетяна",
            "Ірина",
            "Світлана",
            "Ганна",
            "Катерина",
            "Людмила",
            "Яна",
            "Вікторія",
            "Ілона",
            "Євгенія",
        ),
        (
            "Шевченко",
            "Коваленко",
            "Бондаренко",
            "Ткаченко",
            "Кравченко",
            "Олійник",
            "Шевчук",
            "Поліщук",
            "Хмельницький/Хмельницька",
            "Щербак",
            "Цибуленко",
            "Жук",
            "Їжак",
            "Яковенко",
            "Гриценко",
            "Кравчук-Загорулько",
            "Дзюба",
        ),
    ),
}

_LONG: Final[dict[str, tuple[str, str]]] = {
    # (surname, given names) long enough to be truncated in a TD1 name line
    "ROU": ("Constantinescu-Dumitrescu", "Alexandra-Gabriela Ștefania"),
    "MDA": ("Căpățînă-Cebotari", "Valentina-Aurelia Ecaterina"),
    "BGR": ("Хаджиниколова-Попвасилева", "Цветелина Христова"),
    "UKR": ("Кравчук-Загорулько", "Олександра-Вікторія"),
}


def random_name(rng: random.Random, country: str, sex: str) -> tuple[str, str]:
    """(surname, given names) as written in ``country``, for sex "M" or "F"."""
    males, females, surnames = _POOLS[country]
    if sex == "F" and rng.random() < 0.08:
        return _LONG[country]
    surname = _gendered(rng.choice(surnames), sex)
    pool = males if sex == "M" else females
    given = rng.choice(pool)
    roll = rng.random()
    if country == "BGR":
        # Bulgarian documents carry the father's name (as a patronymic) after the given name.
        given = f"{given} {_gendered(rng.choice(surnames), sex)}"
    elif roll < 0.15:
        given = f"{given}-{rng.choice(pool)}"
    elif roll < 0.3:
        given = f"{given} {rng.choice(pool)}"
    if rng.random() < 0.05:
        surname = f"{surname}-{_gendered(rng.choice(surnames), sex)}"
    return surname, given


def _gendered(name: str, sex: str) -> str:
    male, _, female = name.partition("/")
    return female if female and sex == "F" else male
