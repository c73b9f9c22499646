"""The admin screen's card-reader diagnostics over PC/SC (see device/smartcard/).

:func:`card_reader_for` builds it from `[card_reader]`: :class:`NoCardReader` when
none is set up, else :class:`PcscCardReader`, which says whether the reader is
connected, whether a card is on it, and (test) whether that card is an ID document
chip — without reading any personal data. pyscard calls run in the reader's own
single-worker executor for the test; the state query is one quick call to pcscd.
"""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor

from device.emrtd.errors import ChipError
from device.smartcard.pcsc import card_present, pick_reader, probe_emrtd
from kiosk.admin.devices import (
    CardReaderDiagnostics,
    CardReaderState,
    CardReadOutcome,
    NoCardReader,
)
from kiosk.config import CardReaderSettings
from kiosk.i18n.noop import QT_TRANSLATE_NOOP

NOT_CONNECTED = QT_TRANSLATE_NOOP("AdminDevices", "The card reader is not connected")
NO_CARD = QT_TRANSLATE_NOOP("AdminDevices", "No card on the reader")
CARD_ON_READER = QT_TRANSLATE_NOOP("AdminDevices", "A card is on the reader")
IS_ID_CHIP = QT_TRANSLATE_NOOP("AdminDevices", "The card on the reader is an ID document chip.")
NOT_ID_CHIP = QT_TRANSLATE_NOOP(
    "AdminDevices", "The card on the reader is not an ID document chip."
)
PUT_CARD = QT_TRANSLATE_NOOP("AdminDevices", "Put an ID card on the reader, then try again.")


class PcscCardReader:
    def __init__(self, settings: CardReaderSettings) -> None:
        self._wanted = settings.reader
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="card-reader")

    def state(self) -> CardReaderState:
        try:
            name = pick_reader(self._wanted)
        except ChipError:
            return CardReaderState(configured=True, reasons=(NOT_CONNECTED,))
        present = card_present(name)
        return CardReaderState(
            configured=True,
            name=name,
            card_present=present,
            reasons=(CARD_ON_READER if present else NO_CARD,),
        )

    def _test(self) -> CardReadOutcome:
        try:
            name = pick_reader(self._wanted)
        except ChipError:
            return CardReadOutcome(False, NOT_CONNECTED)
        try:
            ok = probe_emrtd(name)
        except ChipError:
            return CardReadOutcome(False, PUT_CARD)
        return CardReadOutcome(ok, IS_ID_CHIP if ok else NOT_ID_CHIP)

    async def test_read(self) -> CardReadOutcome:
        return await asyncio.get_running_loop().run_in_executor(self._executor, self._test)


def card_reader_for(settings: CardReaderSettings) -> CardReaderDiagnostics:
    return PcscCardReader(settings) if settings.configured else NoCardReader()
