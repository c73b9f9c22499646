"""The admin screen's card-reader diagnostics on a real pcscd + vpcd with the emulator."""

from __future__ import annotations

import asyncio

from device.emrtd.emulator import cards
from device.emrtd.emulator.documents import Pki
from device.smartcard.virtual_stack import VirtualStack
from kiosk.admin.card_reader import (
    CARD_ON_READER,
    IS_ID_CHIP,
    NO_CARD,
    NOT_CONNECTED,
    PUT_CARD,
    PcscCardReader,
    card_reader_for,
)
from kiosk.admin.devices import NoCardReader
from kiosk.config import CardReaderSettings, parse_config
from tests.smartcard_fixtures import Insert


def test_smartcard_config_section() -> None:
    config = parse_config({"card_reader": {"reader": "auto", "master_list": "/etc/kiosk/csca"}})
    assert config.card_reader.configured and config.card_reader.reader == "auto"
    assert str(config.card_reader.master_list) == "/etc/kiosk/csca"
    assert not parse_config({}).card_reader.configured
    assert isinstance(card_reader_for(parse_config({}).card_reader), NoCardReader)


def test_smartcard_admin_diagnostics_show_the_real_reader_state(
    pcscd: VirtualStack,
    insert: Insert,
) -> None:
    missing = PcscCardReader(CardReaderSettings(reader="Some Other Reader"))
    assert missing.state().reasons == (NOT_CONNECTED,)

    reader = PcscCardReader(CardReaderSettings(reader=pcscd.readers[0]))
    state = reader.state()
    assert state.configured and state.name == pcscd.readers[0]
    assert not state.card_present and state.reasons == (NO_CARD,)
    assert asyncio.run(reader.test_read()).message == PUT_CARD

    insert(cards.id_card_pace_only(Pki()))
    state = reader.state()
    assert state.card_present and state.reasons == (CARD_ON_READER,)
    outcome = asyncio.run(reader.test_read())
    assert outcome.ok and outcome.message == IS_ID_CHIP
