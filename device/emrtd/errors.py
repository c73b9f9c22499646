"""What can go wrong while reading a chip, as the kinds a person can be told about."""

from __future__ import annotations

from enum import StrEnum


class Failure(StrEnum):
    NO_READER = "no_reader"  # no PC/SC reader (or no pcscd)
    NO_CARD = "no_card"  # nothing on the reader
    NOT_EMRTD = "not_emrtd"  # a card, but without the ICAO travel-document application
    ACCESS_DENIED = "access_denied"  # BAC/PACE refused: wrong MRZ or CAN
    CARD_REMOVED = "card_removed"  # the card left the reader during the read
    CORRUPT = "corrupt"  # the chip answered something that does not make sense
    FAILED_AUTHENTICATION = "failed_authentication"  # passive authentication failed


class ChipError(Exception):
    """A read that could not finish; ``failure`` says why in words a person understands."""

    def __init__(self, failure: Failure, detail: str = "") -> None:
        super().__init__(f"{failure.value}: {detail}" if detail else failure.value)
        self.failure = failure
        self.detail = detail
