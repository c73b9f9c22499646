"""Ticking obligations: all ticked at first; the total follows the ticks, in exact decimals."""

from decimal import Decimal

from kiosk.portal.payments import Money, Obligation
from kiosk.taxes.selection import ObligationSelection


def _owed(obligation_id: str, amount: str) -> Obligation:
    return Obligation(
        obligation_id, "tax", "Tax", "2026", Money(Decimal(amount), "RON"), "2026-03-31", True
    )


def test_everything_starts_ticked_and_the_total_follows_the_ticks() -> None:
    selection = ObligationSelection([_owed("a", "214.50"), _owed("b", "38.20"), _owed("c", "0.10")])
    assert selection.total == Decimal("252.80")
    assert selection.toggle("b") is False
    assert selection.total == Decimal("214.60")
    assert selection.ticked_ids == ("a", "c")
    assert selection.toggle("b") is True
    assert selection.ticked_ids == ("a", "b", "c")  # screen order, whatever the tap order


def test_unknown_ids_change_nothing() -> None:
    selection = ObligationSelection([_owed("a", "1.00")])
    assert selection.toggle("zzz") is False
    assert selection.ticked_ids == ("a",)


def test_nothing_owed_totals_zero() -> None:
    selection = ObligationSelection([])
    assert selection.total == Decimal("0") and selection.currency == ""
