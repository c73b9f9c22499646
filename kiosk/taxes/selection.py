"""Which obligations the person has ticked to pay, and what they add up to.

Everything starts ticked (most people pay everything at once); unticking one
leaves it for another day. Amounts stay Decimal: money is never a float here.
"""

from __future__ import annotations

from decimal import Decimal

from kiosk.portal.payments import Obligation


class ObligationSelection:
    def __init__(self, items: list[Obligation]) -> None:
        self._items = list(items)
        self._ticked = {item.id for item in items}

    @property
    def items(self) -> list[Obligation]:
        return list(self._items)

    def is_ticked(self, obligation_id: str) -> bool:
        return obligation_id in self._ticked

    def toggle(self, obligation_id: str) -> bool:
        """Tick or untick; unknown ids are ignored. Returns whether it is ticked now."""
        if obligation_id not in {item.id for item in self._items}:
            return False
        if obligation_id in self._ticked:
            self._ticked.discard(obligation_id)
            return False
        self._ticked.add(obligation_id)
        return True

    @property
    def ticked_ids(self) -> tuple[str, ...]:
        """In the order shown on screen (that is the order sent to the portal)."""
        return tuple(item.id for item in self._items if item.id in self._ticked)

    @property
    def total(self) -> Decimal:
        return sum(
            (item.amount.amount for item in self._items if item.id in self._ticked),
            Decimal("0"),
        )

    @property
    def currency(self) -> str:
        return self._items[0].amount.currency if self._items else ""
