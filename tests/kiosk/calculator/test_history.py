"""The list of completed calculations, which is personal and wiped with the session."""

from decimal import Decimal

from kiosk.calculator.engine import HISTORY_LIMIT, Calculator, HistoryEntry
from tests.kiosk.calculator.keys import MINUS, RO, press, typed


def test_each_equals_adds_an_entry_newest_last() -> None:
    calculator = typed("12+7=*2=")
    assert calculator.history == [
        HistoryEntry((Decimal(12), "add", Decimal(7)), Decimal(19)),
        HistoryEntry((Decimal(19), "multiply", Decimal(2)), Decimal(38)),
    ]


def test_repeated_equals_adds_an_entry_each_time() -> None:
    texts = [entry.text(*RO) for entry in typed("2+3==").history]
    assert texts == ["2 + 3 = 5", "5 + 3 = 8"]


def test_entries_are_formatted_on_demand_with_the_ui_separators() -> None:
    entry = typed("1234.5-2000=").history[0]
    assert entry.text(*RO) == f"1.234,5 \u2212 2.000 = {MINUS}765,5"
    assert entry.text(".", ",") == f"1,234.5 \u2212 2,000 = {MINUS}765.5"


def test_chains_and_percentages_are_kept_whole() -> None:
    assert typed("200+10%=").history[0].text(*RO) == "200 + 10% = 220"
    assert typed("1+2+3=").history[0].text(*RO) == "1 + 2 + 3 = 6"


def test_a_lone_number_and_unfinished_calculations_are_not_history() -> None:
    assert typed("12=").history == []
    assert typed("12+7").history == []
    assert typed("12+7*").history == []


def test_history_keeps_the_latest_fifty() -> None:
    calculator = Calculator()
    for number in range(1, 61):
        press(calculator, f"C{number}+0=")
    assert len(calculator.history) == HISTORY_LIMIT == 50
    assert calculator.history[0].result == Decimal(11)
    assert calculator.history[-1].result == Decimal(60)


def test_wipe_forgets_everything_including_history() -> None:
    calculator = typed("2+3=*4")
    calculator.wipe()
    assert calculator.history == []
    assert calculator.display(*RO) == "0"
    assert calculator.expression(*RO) == ""
    assert press(calculator, "=").display(*RO) == "0"  # no operation left to repeat


def test_wipe_also_clears_an_error() -> None:
    calculator = typed("1/0=")
    calculator.wipe()
    assert calculator.error is None
