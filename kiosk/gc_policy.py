"""Python's cycle collector runs on the GUI thread only.

The collector runs in whichever thread happens to allocate when a threshold is
crossed, and the camera and MRZ workers allocate a lot. If it frees a QObject
there (one left in a reference cycle by the GUI), Qt destroys that object from the
wrong thread: its timers stay registered with the GUI thread's event loop and fire
into freed memory. So automatic collection is switched off and the GUI thread
collects on a timer instead. Reference counting still frees everything that is not
in a cycle at once; only cycles wait for the next tick.
"""

from __future__ import annotations

import gc
from typing import Final

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS: Final = 2000
FULL_EVERY: Final = 30  # ticks: the oldest generation is collected once a minute


def collect_cycles(tick: int, full_every: int = FULL_EVERY) -> None:
    """One collection on the calling thread: the young generations, all of them every
    ``full_every`` ticks."""
    if tick % full_every == 0:
        gc.collect()
    else:
        gc.collect(1)


class GuiThreadCollector(QObject):
    """Collects cycles every :data:`INTERVAL_MS` on the thread this object lives in."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        gc.disable()
        self._ticks = 0
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.collect)
        self._timer.start()

    def collect(self) -> None:
        self._ticks += 1
        collect_cycles(self._ticks)

    def stop(self) -> None:
        self._timer.stop()
