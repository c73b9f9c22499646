"""The single place that forgets everything personal at the end of a citizen session.

Every layer that can hold personal data (view-models, QML text fields, input
method buffers, clipboard, calculator history, form data, MRZ and card reads,
print spool files) registers a wiper here. Idle timeout, "Finish", card
removal and staff "end session" all end in `SessionWipe.wipe()`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

log = logging.getLogger("kiosk.session")


@dataclass(frozen=True, slots=True)
class _Wiper:
    layer: str
    wipe: Callable[[], None]


class SessionWipe:
    def __init__(self) -> None:
        self._wipers: list[_Wiper] = []

    def register(self, layer: str, wipe: Callable[[], None]) -> None:
        """Add a layer to wipe; layers are wiped in registration order."""
        self._wipers.append(_Wiper(layer, wipe))

    @property
    def layers(self) -> tuple[str, ...]:
        return tuple(w.layer for w in self._wipers)

    def wipe(self, reason: str) -> list[str]:
        """Wipe every layer, even if one fails; returns the layers that failed.

        A failing wiper must not stop the others: leaving one layer uncleared is
        bad, leaving all of them is worse. Failures are logged by layer name only.
        """
        failed: list[str] = []
        for wiper in self._wipers:
            try:
                wiper.wipe()
            except Exception as error:
                # The type only: a message or traceback may quote the very data being wiped.
                log.error(
                    "wipe_layer_failed",
                    extra={"layer": wiper.layer, "exception": type(error).__name__},
                )
                failed.append(wiper.layer)
        log.info(
            "session_wiped",
            extra={"reason": reason, "layers": len(self._wipers), "failed": len(failed)},
        )
        return failed
