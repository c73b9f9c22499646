"""What the QR code on a receipt points to."""

import pytest

from kiosk.status.receipt_link import ReceiptLink, parse_receipt_link

BASE = "https://portal.deva.ro/"


def test_a_registered_request_link_gives_its_number() -> None:
    link = parse_receipt_link(BASE + "api/v1/submissions/2026-000123")
    assert link == ReceiptLink(registration_number="2026/000123")


def test_a_future_link_with_the_access_code_gives_both() -> None:
    link = parse_receipt_link(BASE + "api/v1/submissions/2026-000123?access_code=k7q2-m9ac")
    assert link == ReceiptLink(registration_number="2026/000123", access_code="K7Q2M9AC")


def test_a_provisional_slip_link_gives_the_client_reference() -> None:
    link = parse_receipt_link(
        "http://127.0.0.1:8080/api/v1/submissions/by-reference/9b1f0c1e-0000-4000-8000-1"
    )
    assert link == ReceiptLink(client_reference="9b1f0c1e-0000-4000-8000-1")


def test_a_plain_printed_number_is_enough() -> None:
    assert parse_receipt_link(" 2026/000123\n") == ReceiptLink(registration_number="2026/000123")


@pytest.mark.parametrize(
    "text",
    [
        "",
        "https://example.com/pay/1234",
        "https://portal.deva.ro/api/v1/submissions/not-a-number",
        "https://portal.deva.ro/api/v1/submissions/by-reference/",
        "WIFI:S:library;T:WPA;P:secret;;",
        "ftp://portal.deva.ro/api/v1/submissions/2026-000123",
    ],
)
def test_other_codes_are_not_taken_for_a_receipt(text: str) -> None:
    assert parse_receipt_link(text) is None


def test_the_repr_says_what_was_found_not_the_values() -> None:
    text = repr(ReceiptLink(registration_number="2026/000123", access_code="K7Q2M9AC"))
    assert "K7Q2M9AC" not in text and "000123" not in text
