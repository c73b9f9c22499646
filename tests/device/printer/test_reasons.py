"""Printer-state-reasons as the troubles a person is told about."""

from device.printer.reasons import Trouble, blocking, parse_reason, troubles


def test_each_stopping_reason_names_what_is_wrong_with_the_printer() -> None:
    assert troubles(["media-empty-error"]) == (Trouble.OUT_OF_PAPER,)
    assert troubles(["media-jam-error"]) == (Trouble.PAPER_JAM,)
    assert troubles(["door-open-warning"]) == (Trouble.DOOR_OPEN,)
    assert troubles(["cover-open-error"]) == (Trouble.DOOR_OPEN,)
    assert troubles(["offline-report"]) == (Trouble.OFFLINE,)
    assert troubles(["paused"]) == (Trouble.STOPPED,)


def test_low_paper_and_toner_still_print() -> None:
    found = troubles(["media-low-warning", "toner-low-report", "marker-supply-low-warning"])
    assert found == (Trouble.PAPER_LOW, Trouble.TONER_LOW)
    assert blocking(found) is None


def test_the_most_useful_trouble_comes_first() -> None:
    found = troubles(["paused", "media-low-warning", "media-empty-error"])
    assert found[0] is Trouble.OUT_OF_PAPER
    assert blocking(found) is Trouble.OUT_OF_PAPER


def test_progress_keywords_are_not_trouble_but_unknown_errors_are() -> None:
    assert troubles(["none", "connecting-to-device", "cups-waiting-for-job-completed"]) == ()
    assert parse_reason("com.vendor-overheat-error").trouble is Trouble.OTHER
    assert parse_reason("media-empty-error").severity == "error"
