"""Idempotency keys for payment orders: one per attempt, the same one for every retry.

An attempt is "pay these obligations". Tapping Pay again for the same ticks (after
a lost answer, or after Back from the QR screen) reuses the key, so the portal
replays the order it already made instead of making a second one. Different ticks
are a different order, so a new key; so is a new try after the order expired.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence


class PaymentAttempts:
    def __init__(self, new_key: Callable[[], str] = lambda: str(uuid.uuid4())) -> None:
        self._new_key = new_key
        self._current: tuple[tuple[str, ...], str] | None = None

    def key_for(self, obligation_ids: Sequence[str]) -> str:
        chosen = tuple(sorted(obligation_ids))
        if self._current is None or self._current[0] != chosen:
            self._current = (chosen, self._new_key())
        return self._current[1]

    def finished(self) -> None:
        """The order expired or was paid: the next Pay is a new attempt."""
        self._current = None
