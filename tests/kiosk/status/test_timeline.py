"""The history reads oldest first and ends at the current step; wording covers every status."""

import re
from pathlib import Path

from kiosk.portal.submissions import StatusChange, SubmissionStatus
from kiosk.status.timeline import expected_day, timeline_steps
from kiosk.status.wording import UNKNOWN, WORDING, wording_for


def _status(status: str, history: list[StatusChange], expected: str | None) -> SubmissionStatus:
    return SubmissionStatus(
        id="s1",
        service_code="ro-petition",
        service_name="Petition",
        registration_number="2026/000123",
        status=status,
        status_history=history,
        received_at="2026-11-20T09:00:00Z",
        registered_at="2026-11-20T09:00:00Z",
        expected_at=expected,
        client_reference="ref",
    )


def test_history_is_oldest_first_even_when_sent_out_of_order() -> None:
    status = _status(
        "in_progress",
        [
            StatusChange("in_progress", "2026-11-21T08:00:00+02:00", "Sent to urbanism"),
            StatusChange("received", "2026-11-20T09:00:00Z"),
            StatusChange("registered", "2026-11-20T09:00:00Z"),
        ],
        "2026-12-20",
    )
    steps = timeline_steps(status)
    assert [s.status for s in steps] == ["received", "registered", "in_progress"]
    assert [s.current for s in steps] == [False, False, True]
    assert steps[-1].note == "Sent to urbanism"


def test_a_status_without_history_still_shows_one_step() -> None:
    steps = timeline_steps(_status("received", [], None))
    assert [(s.status, s.current) for s in steps] == [("received", True)]


def test_an_expected_date_is_shown_only_while_there_is_something_to_wait_for() -> None:
    assert str(expected_day(_status("in_progress", [], "2026-12-20T00:00:00Z"))) == "2026-12-20"
    assert expected_day(_status("resolved", [], "2026-12-20")) is None


def test_every_status_of_the_api_contract_has_plain_words() -> None:
    contract = Path(__file__).resolve().parents[3] / "portal" / "openapi.yaml"
    block = re.search(r"\n    Status:\n(.*?)\n    \w", contract.read_text(), re.S)
    assert block is not None
    statuses = set(re.findall(r"[a-z_]{5,}", block.group(1))) - {"string", "type", "enum"}
    assert statuses == set(WORDING)
    assert wording_for("something_new") is UNKNOWN
