"""Who the appointment is for: each missing or wrong detail gets its own plain message."""

from kiosk.appointments.person import (
    CHECK_PERSONAL_ID,
    ENTER_GIVEN_NAMES,
    ENTER_PERSONAL_ID,
    ENTER_SURNAME,
    PersonDetails,
)

VALID_CNP = "1800101200017"


def test_nothing_typed_asks_for_each_detail() -> None:
    assert PersonDetails.typed("", " ", "").problems("RO") == {
        "givenNames": ENTER_GIVEN_NAMES,
        "surname": ENTER_SURNAME,
        "personalId": ENTER_PERSONAL_ID,
    }


def test_a_wrong_check_digit_is_caught_before_sending() -> None:
    person = PersonDetails.typed("Ana", "Popescu", "1800101200018")
    assert person.problems("RO") == {"personalId": CHECK_PERSONAL_ID}


def test_spaces_people_type_are_tidied_and_the_id_accepted() -> None:
    person = PersonDetails.typed("  Ana   Maria ", "Popescu ", "180 0101 200017")
    assert person.problems("RO") == {}
    applicant = person.applicant()
    assert (applicant.given_names, applicant.surname) == ("Ana Maria", "Popescu")
    assert applicant.personal_id == VALID_CNP and applicant.source == "typed"
    assert person.full_name == "Ana Maria Popescu"


def test_the_country_decides_the_number_format() -> None:
    # A valid Romanian CNP is not a Bulgarian EGN (10 digits).
    assert "personalId" in PersonDetails.typed("Ana", "Popescu", VALID_CNP).problems("BG")


def test_repr_hides_personal_data() -> None:
    text = repr(PersonDetails.typed("Ana", "Popescu", VALID_CNP))
    assert "Ana" not in text and VALID_CNP not in text
