"""Home and service-detail data for QML: tiles grouped by need, search, the chosen service."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Property, QCoreApplication, QLocale, QObject, Signal, Slot

from kiosk.catalogue.model import Catalogue, Service, pick
from kiosk.catalogue.search import SearchIndex
from kiosk.i18n.languages import BY_CODE


class CatalogueViewModel(QObject):
    changed = Signal()
    queryChanged = Signal()
    selectedChanged = Signal()

    def __init__(self, catalogue: Catalogue, language: str) -> None:
        super().__init__()
        self._catalogue = catalogue
        self._index = SearchIndex.build(catalogue)
        self._language = language
        self._query = ""
        # Searched once per query change; QML reads the results more than once.
        self._matches: list[Service] = []
        self._selected: Service | None = None

    def set_catalogue(self, catalogue: Catalogue) -> None:
        self._catalogue = catalogue
        self._index = SearchIndex.build(catalogue)
        self._matches = self._index.search(self._query)
        self.changed.emit()
        self.queryChanged.emit()

    def set_language(self, code: str) -> None:
        self._language = code
        self.changed.emit()
        self.queryChanged.emit()
        self.selectedChanged.emit()

    def _tile(self, service: Service) -> dict[str, str]:
        return {
            "code": service.code,
            "name": pick(service.name, self._language),
            "description": pick(service.description, self._language),
        }

    def _groups(self) -> list[dict[str, Any]]:
        result = []
        for group in self._catalogue.groups:
            tiles = [self._tile(s) for s in self._catalogue.services if s.group == group.code]
            if tiles:
                result.append(
                    {
                        "code": group.code,
                        "name": pick(group.name, self._language),
                        "services": tiles,
                    }
                )
        return result

    def _get_query(self) -> str:
        return self._query

    def _set_query(self, text: str) -> None:
        if text != self._query:
            self._query = text
            self._matches = self._index.search(text)
            self.queryChanged.emit()

    def _results(self) -> list[dict[str, str]]:
        return [self._tile(s) for s in self._matches]

    def _selected_map(self) -> dict[str, Any]:
        service = self._selected
        if service is None:
            return {}
        lang = self._language
        locale = QLocale(BY_CODE[lang].locale)
        if service.fee is None or float(service.fee.amount) == 0:
            fee = QCoreApplication.translate("ServiceDetail", "Free of charge")
        else:
            amount = locale.toString(float(service.fee.amount), "f", 2)
            fee = f"{amount} {service.fee.currency}"
            if service.fee.note:
                fee += f" — {pick(service.fee.note, lang)}"
        return {
            "code": service.code,
            "kind": service.kind,
            "name": pick(service.name, lang),
            "description": pick(service.description, lang),
            "documents": service.documents.get(lang) or service.documents.get("en", []),
            "fee": fee,
            "duration": pick(service.duration, lang),
        }

    groups = Property(list, _groups, notify=changed)
    query = Property(str, _get_query, _set_query, notify=queryChanged)
    results = Property(list, _results, notify=queryChanged)
    selected = Property(dict, _selected_map, notify=selectedChanged)

    def service_codes(self) -> list[str]:
        """Codes in the order the home screen shows them (for tools and tests)."""
        return [tile["code"] for group in self._groups() for tile in group["services"]]

    def service(self, code: str) -> Service | None:
        return self._catalogue.service(code)

    @Slot(str)
    def select(self, code: str) -> None:
        self._selected = self._catalogue.service(code)
        self.selectedChanged.emit()

    def wipe(self) -> None:
        self._set_query("")
        self._selected = None
        self.selectedChanged.emit()
