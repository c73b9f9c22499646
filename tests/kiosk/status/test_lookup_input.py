"""Registration numbers and access codes as people copy them from a paper receipt."""

import pytest

from kiosk.status.lookup_input import check_lookup, clean_access_code, clean_registration_number


@pytest.mark.parametrize(
    "typed", ["2026/000123", "2026-000123", " 2026 / 000 123 ", "2026000123", "2026 - 000123"]
)
def test_every_way_of_writing_the_number_means_the_same_request(typed: str) -> None:
    assert clean_registration_number(typed) == "2026/000123"


def test_another_portals_numbering_is_sent_as_typed_without_spaces() -> None:
    assert clean_registration_number("1234 / 2026") == "1234/2026"


def test_codes_ignore_case_spaces_and_dashes() -> None:
    assert clean_access_code(" k7q2-m9ac ") == "K7Q2M9AC"


def test_both_missing_are_both_explained() -> None:
    checked = check_lookup("  ", "")
    assert not checked.valid
    assert checked.number_error == "Enter the registration number from your receipt."
    assert checked.code_error == "Enter the access code from your receipt."


def test_a_number_with_letters_or_symbols_asks_to_check_the_receipt() -> None:
    checked = check_lookup("nr. 2026?", "ACDEFHJK")
    assert checked.number_error.startswith("A registration number has only digits and a slash")
    assert checked.code_error == ""


def test_a_usable_lookup_keeps_its_code_out_of_its_repr() -> None:
    checked = check_lookup("2026-000123", "acdefhjk")
    assert checked.valid
    assert (checked.registration_number, checked.access_code) == ("2026/000123", "ACDEFHJK")
    assert "ACDEFHJK" not in repr(checked)
