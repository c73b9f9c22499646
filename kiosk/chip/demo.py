"""The demo profile's card reader: the emulator's specimen ID card on a private pcscd.

`[card_reader] reader = "demo"` (resources/demo/kiosk.toml): ``kiosk --demo`` starts a
private pcscd with the vpcd driver and lays the emulator's specimen ID card on it —
PACE only, CAN 123456 (or its printed MRZ) — for the whole run. Without pcscd and vpcd
installed the demo has no card reader, and the kiosk says so.
"""

from __future__ import annotations

import logging
import threading

from device.smartcard.virtual_stack import (
    READER_NAME,
    StackUnavailable,
    VirtualStack,
    available,
    use_private_socket,
)

log = logging.getLogger("kiosk.chip")

DEMO_CAN = "123456"


class DemoCardReader:
    def __init__(self) -> None:
        self._stack: VirtualStack | None = None
        self._card: object | None = None
        self._thread: threading.Thread | None = None
        self._stopped = threading.Event()

    def start_in_background(self) -> str | None:
        """The demo reader's name (it comes up shortly), or None when it cannot run here."""
        if not available() or not use_private_socket():
            log.info("demo_card_reader_unavailable")
            return None
        self._thread = threading.Thread(target=self._start, name="demo-card", daemon=True)
        self._thread.start()
        return f"{READER_NAME} 00 00"

    def _start(self) -> None:
        """Start the stack and the card, then hold them until :meth:`stop` (pcscd ends with
        the thread that started it)."""
        from device.emrtd.emulator import cards
        from device.emrtd.emulator.chip import ATR
        from device.emrtd.emulator.documents import Pki
        from device.emrtd.emulator.vicc import VirtualCard

        try:
            stack = VirtualStack().start()
            self._stack = stack
            chip = cards.id_card_pace_only(Pki())
            card = VirtualCard(chip.respond, ATR, reset=chip.reset)
            card.insert(stack.slot_port(0))
            self._card = card
        except (StackUnavailable, OSError) as error:
            log.warning("demo_card_reader_failed", extra={"exception": type(error).__name__})
        self._stopped.wait()
        self._shutdown()

    def stop(self) -> None:
        self._stopped.set()
        if self._thread is not None:
            self._thread.join(timeout=20)
            self._thread = None
        self._shutdown()

    def _shutdown(self) -> None:
        card, self._card = self._card, None
        remove = getattr(card, "remove", None)
        if callable(remove):
            remove()
        stack, self._stack = self._stack, None
        if stack is not None:
            stack.stop()
