"""Reader and card events from a real pcscd with two vpcd readers and the emulator."""

from __future__ import annotations

import threading
import time

from device.emrtd.emulator import cards
from device.emrtd.emulator.documents import Pki
from device.smartcard.monitor import CardEvent, EventKind, ReaderMonitor
from device.smartcard.virtual_stack import VirtualStack
from tests.smartcard_fixtures import Insert


def wait_for(events: list[CardEvent], wanted: CardEvent, timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while wanted not in events:
        assert time.monotonic() < deadline, f"no {wanted} in {events}"
        time.sleep(0.05)


def test_smartcard_monitor_reports_readers_and_cards_on_several_readers(
    pcscd: VirtualStack, insert: Insert, pki: Pki
) -> None:
    events: list[CardEvent] = []
    lock = threading.Lock()

    def seen(event: CardEvent) -> None:
        with lock:
            events.append(event)

    monitor = ReaderMonitor(seen, interval_s=0.1)
    monitor.start()
    try:
        first, second = pcscd.readers
        wait_for(events, CardEvent(EventKind.READER_ADDED, first))
        wait_for(events, CardEvent(EventKind.READER_ADDED, second))
        card = insert(cards.id_card_pace_only(pki), slot=1)
        wait_for(events, CardEvent(EventKind.CARD_INSERTED, second))
        assert CardEvent(EventKind.CARD_INSERTED, first) not in events
        assert monitor.snapshot() == {first: False, second: True}
        card.remove()
        wait_for(events, CardEvent(EventKind.CARD_REMOVED, second))
    finally:
        monitor.stop()
