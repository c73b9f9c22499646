"""A real pcscd with the vpcd driver for the whole test session (one for all suites), and cards."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

import pytest

from device.emrtd.emulator.chip import ATR, Chip
from device.emrtd.emulator.documents import Pki
from device.emrtd.emulator.vicc import VirtualCard
from device.smartcard.pcsc import card_present
from device.smartcard.virtual_stack import VirtualStack

Insert = Callable[..., VirtualCard]


@pytest.fixture(scope="session")
def pcscd() -> Iterator[VirtualStack]:
    with VirtualStack() as stack:
        yield stack


@pytest.fixture(scope="session")
def pki() -> Pki:
    return Pki()


def wait_for_card(reader: str, present: bool, timeout: float = 10.0) -> None:
    from smartcard.System import readers

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        match = [r for r in readers() if str(r) == reader]
        if match:
            try:
                connection = match[0].createConnection()
                connection.connect()
                connection.disconnect()
                connection.release()
                if present:
                    return
            except Exception:
                if not present:
                    return
        time.sleep(0.05)
    raise AssertionError(f"card {'never arrived' if present else 'never left'} on {reader}")


@pytest.fixture
def insert(pcscd: VirtualStack) -> Iterator[Insert]:
    """``insert(chip, slot=0, remove_after=None)`` puts an emulated card on a vpcd reader."""
    cards: list[VirtualCard] = []

    def put(chip: Chip, slot: int = 0, remove_after: int | None = None) -> VirtualCard:
        # After a card vanished mid-transmit, vpcd sometimes does not take the next
        # connection on that slot: reconnect, as a person would put the card back.
        for attempt in range(5):
            card = VirtualCard(chip.respond, ATR, reset=chip.reset, remove_after=remove_after)
            card.insert(pcscd.slot_port(slot))
            cards.append(card)
            try:
                wait_for_card(pcscd.readers[slot], present=True, timeout=2.0 + attempt)
                break
            except AssertionError:
                card.remove()
        else:
            raise AssertionError("the emulated card never arrived on the vpcd reader")
        chip.apdus = 0
        return card

    yield put
    for card in cards:
        card.remove()
    # Until pcscd itself reports the readers empty, the next test could see this card.
    deadline = time.monotonic() + 10
    while any(card_present(reader) for reader in pcscd.readers):
        assert time.monotonic() < deadline, "pcscd still reports a card after removal"
        time.sleep(0.05)
