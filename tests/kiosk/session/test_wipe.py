"""The one wipe: every layer, in order, even when one of them fails."""

import pytest

from kiosk.session.wipe import SessionWipe


def test_all_layers_wiped_in_order_even_if_one_fails(caplog: pytest.LogCaptureFixture) -> None:
    wiped: list[str] = []
    wipe = SessionWipe()
    wipe.register("form", lambda: wiped.append("form"))

    def broken() -> None:
        raise RuntimeError("Ion Popescu 1800101223344")  # a message quoting personal data

    wipe.register("camera", broken)
    wipe.register("clipboard", lambda: wiped.append("clipboard"))
    failed = wipe.wipe("idle")
    assert wiped == ["form", "clipboard"]
    assert failed == ["camera"]
    assert "1800101223344" not in caplog.text
    assert "Popescu" not in caplog.text
