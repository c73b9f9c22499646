"""Reader and card events from pcscd, on a worker thread: readers coming and going, cards
put on and taken off — for any number of readers.

:class:`ReaderMonitor` asks pcscd for the reader list and each reader's card presence a
few times a second and calls ``on_event`` (on its own thread) with what changed. The
first round reports every reader and card already there. pcscd going away looks like
every reader being removed; it coming back, like readers being added.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from device.smartcard.pcsc import card_present, reader_names


class EventKind(StrEnum):
    READER_ADDED = "reader_added"
    READER_REMOVED = "reader_removed"
    CARD_INSERTED = "card_inserted"
    CARD_REMOVED = "card_removed"


@dataclass(frozen=True)
class CardEvent:
    kind: EventKind
    reader: str


class ReaderMonitor:
    def __init__(self, on_event: Callable[[CardEvent], None], interval_s: float = 0.2) -> None:
        self._on_event = on_event
        self._interval = interval_s
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._cards: dict[str, bool] = {}  # reader → card present

    def start(self) -> None:
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="reader-monitor", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def snapshot(self) -> dict[str, bool]:
        """Readers known at the last look, with whether a card was on each."""
        return dict(self._cards)

    def poll(self) -> list[CardEvent]:
        """One look at pcscd; the events since the last look (also used by :meth:`start`)."""
        events: list[CardEvent] = []
        now = {name: card_present(name) for name in reader_names()}
        for name in self._cards.keys() - now.keys():
            if self._cards[name]:
                events.append(CardEvent(EventKind.CARD_REMOVED, name))
            events.append(CardEvent(EventKind.READER_REMOVED, name))
        for name, present in now.items():
            if name not in self._cards:
                events.append(CardEvent(EventKind.READER_ADDED, name))
                if present:
                    events.append(CardEvent(EventKind.CARD_INSERTED, name))
            elif present != self._cards[name]:
                kind = EventKind.CARD_INSERTED if present else EventKind.CARD_REMOVED
                events.append(CardEvent(kind, name))
        self._cards = now
        return events

    def _run(self) -> None:
        while not self._stop.is_set():
            for event in self.poll():
                self._on_event(event)
            self._stop.wait(self._interval)
