"""Reading the chip off the GUI thread: wait for a card on the reader, then read it.

One read at a time runs on the reader's own thread. Results come back as Qt signals
(queued onto the GUI thread), tagged with the read's number so that the answer of a
read that was cancelled (Back, Finish, the session wipe) is dropped. A card taken off
the reader mid-read ends the read with ``card_removed``; nothing half-read is passed on.
"""

from __future__ import annotations

import logging
import threading
import time
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, Signal

from device.emrtd.access_key import AccessKey
from device.emrtd.errors import ChipError, Failure
from device.emrtd.passive_auth import load_master_list
from device.emrtd.reader import read_document
from device.smartcard.pcsc import CardConnection, card_present, pick_reader

log = logging.getLogger("kiosk.chip")

WAIT_FOR_CARD_S = 60.0
_POLL_S = 0.2


class Card(Protocol):
    def transmit(self, apdu: bytes) -> bytes: ...


class Transport(Protocol):
    """How the worker finds its reader and talks to the card (PC/SC unless told otherwise)."""

    def pick(self, wanted: str) -> str: ...

    def present(self, reader: str) -> bool: ...

    def connect(self, reader: str) -> AbstractContextManager[Card]: ...


class PcscTransport:
    def pick(self, wanted: str) -> str:
        return pick_reader(wanted)

    def present(self, reader: str) -> bool:
        return card_present(reader)

    def connect(self, reader: str) -> AbstractContextManager[Card]:
        return CardConnection(reader)


class ChipReadWorker(QObject):
    cardSeen = Signal(int)  # read number
    finished = Signal(int, object)  # read number, ChipDocument
    failed = Signal(int, str)  # read number, Failure value or "timeout"

    def __init__(
        self, reader: str, master_list: Path | None, transport: Transport | None = None
    ) -> None:
        super().__init__()
        self._reader = reader
        self._master_list = master_list
        self._transport: Transport = transport or PcscTransport()
        self._number = 0
        self._cancel = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self, key: AccessKey) -> int:
        self.cancel()
        self._number += 1
        self._cancel = threading.Event()
        self._thread = threading.Thread(
            target=self._run, args=(self._number, key, self._cancel), name="chip-read", daemon=True
        )
        self._thread.start()
        return self._number

    def cancel(self) -> None:
        self._cancel.set()
        thread, self._thread = self._thread, None
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout=5)

    def _run(self, number: int, key: AccessKey, cancel: threading.Event) -> None:
        started = time.monotonic()
        try:
            name = self._transport.pick(self._reader)
            while not self._transport.present(name):
                if cancel.wait(_POLL_S):
                    return
                if time.monotonic() - started > WAIT_FOR_CARD_S:
                    self.failed.emit(number, "timeout")
                    return
                name = self._transport.pick(self._reader)  # "auto": whichever gets the card
            if cancel.is_set():
                return
            self.cardSeen.emit(number)
            reading = time.monotonic()
            with self._transport.connect(name) as card:
                document = read_document(
                    card.transmit, key, master_list=load_master_list(self._master_list)
                )
            log.info(
                "chip_read",
                extra={
                    "access": document.access,
                    "outcome": document.verdict.outcome.value,
                    "ms": round((time.monotonic() - reading) * 1000),
                },
            )
        except ChipError as error:
            log.info("chip_read_failed", extra={"failure": error.failure.value})
            if not cancel.is_set():
                self.failed.emit(number, error.failure.value)
            return
        except Exception as error:  # a broken reader must not take the kiosk down
            log.error("chip_read_error", extra={"exception": type(error).__name__})
            if not cancel.is_set():
                self.failed.emit(number, Failure.CORRUPT.value)
            return
        if cancel.is_set():
            return
        self.finished.emit(number, document)
