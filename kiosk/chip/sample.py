"""The specimen card without any reader, for screenshots and the screen tests only.

``make screenshots`` and the UI tests render the chip screens (number pad, the read
result with the face, a refused CAN) with the card emulator answering in process —
the same specimen as the demo (CAN 123456). The kiosk itself never uses this: its
demo reads the emulator through a real pcscd (see :mod:`kiosk.chip.demo`).
"""

from __future__ import annotations

from contextlib import AbstractContextManager, nullcontext

from kiosk.chip.worker import Card, ChipReadWorker

SAMPLE_READER = "Sample card (no reader)"


class _InProcess:
    def __init__(self) -> None:
        from device.emrtd.emulator import cards
        from device.emrtd.emulator.documents import Pki

        self._chip = cards.id_card_pace_only(Pki())

    def transmit(self, apdu: bytes) -> bytes:
        return self._chip.respond(apdu)

    def reset(self) -> None:
        self._chip.reset()


class SampleTransport:
    def __init__(self) -> None:
        self._card = _InProcess()

    def pick(self, wanted: str) -> str:
        return SAMPLE_READER

    def present(self, reader: str) -> bool:
        return True

    def connect(self, reader: str) -> AbstractContextManager[Card]:
        self._card.reset()
        return nullcontext(self._card)


def sample_chip_worker() -> ChipReadWorker:
    return ChipReadWorker(SAMPLE_READER, None, transport=SampleTransport())
