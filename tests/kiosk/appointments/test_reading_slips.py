"""Appointment numbers and access codes as people type them from a slip."""

from kiosk.appointments.appointment_number import normalise_code, normalise_number

NUMBER = "3f2a9c1e-4b5d-4e6f-8a7b-9c0d1e2f3a4b"


def test_number_typed_as_printed() -> None:
    assert normalise_number(f"  {NUMBER} ") == NUMBER


def test_number_typed_without_dashes_or_in_capitals() -> None:
    assert normalise_number(NUMBER.replace("-", "").upper()) == NUMBER
    assert normalise_number("3F2A 9C1E 4B5D 4E6F 8A7B 9C0D 1E2F 3A4B") == NUMBER


def test_something_else_is_passed_on_for_the_portal_to_judge() -> None:
    assert normalise_number("12 34") == "1234"


def test_access_code_in_any_case_with_spaces_or_dashes() -> None:
    assert normalise_code("acde-3467 ") == "ACDE3467"
