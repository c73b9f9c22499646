"""Reader names and card connections over pcscd, with failures told apart.

Every pyscard failure becomes a :class:`~device.emrtd.errors.ChipError` with a kind a
person can be told about: no reader (or no pcscd), no card, card taken away.
"""

from __future__ import annotations

import contextlib

from device.emrtd.errors import ChipError, Failure


def reader_names() -> list[str]:
    """The PC/SC readers pcscd knows; empty when pcscd is not running."""
    from smartcard.System import readers

    try:
        return [str(reader) for reader in readers()]
    except Exception:
        return []


def pick_reader(wanted: str | None) -> str:
    names = reader_names()
    if not names:
        raise ChipError(Failure.NO_READER, "no PC/SC reader")
    if wanted and wanted != "auto":
        for name in names:
            if name == wanted or name.startswith(wanted):
                return name
        raise ChipError(Failure.NO_READER, "the configured reader is not connected")
    # "auto" with several readers: the one a card lies on, else the first.
    return next((name for name in names if card_present(name)), names[0])


class CardConnection:
    """One connection to the card on ``reader``; :meth:`transmit` takes and returns bytes."""

    def __init__(self, reader: str) -> None:
        from smartcard.Exceptions import CardConnectionException, NoCardException
        from smartcard.System import readers

        self.reader = reader
        self.apdus = 0
        matches = [r for r in readers() if str(r) == reader]
        if not matches:
            raise ChipError(Failure.NO_READER, "reader gone")
        self._connection = matches[0].createConnection()
        try:
            self._connection.connect()
        except NoCardException as error:
            raise ChipError(Failure.NO_CARD) from error
        except CardConnectionException as error:
            raise ChipError(Failure.NO_CARD, str(error)) from error

    def transmit(self, apdu: bytes) -> bytes:
        from smartcard.Exceptions import CardConnectionException

        self.apdus += 1
        try:
            data, sw1, sw2 = self._connection.transmit(list(apdu))
        except CardConnectionException as error:
            raise ChipError(Failure.CARD_REMOVED, "transmit failed") from error
        return bytes(data) + bytes([sw1, sw2])

    def close(self) -> None:
        # The card or pcscd may be gone already.
        with contextlib.suppress(Exception):
            self._connection.disconnect()
        with contextlib.suppress(Exception):
            self._connection.release()

    def __enter__(self) -> CardConnection:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def card_present(reader: str) -> bool:
    """Whether pcscd sees a card on ``reader`` right now (no connection is made)."""
    from smartcard import scard

    result, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
    if result != scard.SCARD_S_SUCCESS:
        return False
    try:
        result, states = scard.SCardGetStatusChange(
            context, 0, [(reader, scard.SCARD_STATE_UNAWARE)]
        )
        if result != scard.SCARD_S_SUCCESS or not states:
            return False
        return bool(states[0][1] & scard.SCARD_STATE_PRESENT)
    finally:
        scard.SCardReleaseContext(context)


def probe_emrtd(reader: str) -> bool:
    """Whether the card on ``reader`` has the ICAO eMRTD application (no keys needed)."""
    from device.emrtd.apdu import Response, select_application

    with CardConnection(reader) as card:
        answer = Response.decode(card.transmit(select_application().encode()))
    return answer.ok
