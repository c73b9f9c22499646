"""Demo street list of the Romanian town hall (Deva), embedded in RO forms as an `enum`."""

from __future__ import annotations

DEVA_STREETS: tuple[str, ...] = (
    "Aleea Moților",
    "Aleea Streiului",
    "Bulevardul 1 Decembrie 1918",
    "Bulevardul Decebal",
    "Bulevardul Iuliu Maniu",
    "Bulevardul Nicolae Bălcescu",
    "Calea Zarandului",
    "Piața Unirii",
    "Piața Victoriei",
    "Strada 22 Decembrie",
    "Strada Avram Iancu",
    "Strada Carpați",
    "Strada Cetății",
    "Strada Dorobanților",
    "Strada George Enescu",
    "Strada Gheorghe Barițiu",
    "Strada Horea",
    "Strada Ion Creangă",
    "Strada Împăratul Traian",
    "Strada Libertății",
    "Strada Lucian Blaga",
    "Strada Mărăști",
    "Strada Mihai Eminescu",
    "Strada Mihai Viteazu",
    "Strada Sântuhalm",
    "Strada Titu Maiorescu",
    "Strada Vulcan",
    "Strada Zăvoi",
)
