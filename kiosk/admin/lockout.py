"""Wrong-PIN lockout with a growing delay, kept on disk so a restart does not reset it.

Five wrong PINs in a row lock the PIN pad for 30 s; every further wrong PIN
(before a right one) locks it again for twice as long, up to 15 minutes. A right
PIN clears everything. The state file is replaced atomically after each attempt;
a damaged file counts as a lockout rather than as a clean slate.

Times are wall-clock seconds from an injectable ``now`` (tests move it by hand),
because a monotonic clock restarts with the process.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from kiosk.atomic_write import write_atomically

log = logging.getLogger("kiosk.admin.lockout")

FREE_ATTEMPTS = 5
FIRST_DELAY_S = 30.0
MAX_DELAY_S = 15 * 60.0


@dataclass(frozen=True, slots=True)
class LockoutState:
    failures: int = 0  # wrong PINs since the last right one
    lockouts: int = 0  # lockouts since the last right PIN
    locked_until: float = 0.0  # wall-clock seconds


def delay_for(lockouts: int) -> float:
    """The n-th lockout's length: 30 s, 60 s, 2 min, 4 min, 8 min, then 15 min."""
    return float(min(FIRST_DELAY_S * 2 ** max(0, lockouts - 1), MAX_DELAY_S))


class Lockout:
    def __init__(self, path: Path, now: Callable[[], float]) -> None:
        self._path = path
        self._now = now
        self._state = self._load()

    @property
    def state(self) -> LockoutState:
        return self._state

    def seconds_left(self) -> int:
        """Whole seconds until the PIN pad opens again (0: it is open)."""
        left = self._state.locked_until - self._now()
        if left > MAX_DELAY_S:
            # The clock was set back: never lock for longer than the longest delay.
            self._save(
                LockoutState(self._state.failures, self._state.lockouts, self._now() + MAX_DELAY_S)
            )
            left = MAX_DELAY_S
        return max(0, int(-(-left // 1)))

    @property
    def locked(self) -> bool:
        return self.seconds_left() > 0

    def attempts_before_lockout(self) -> int:
        """Wrong PINs still allowed before the next lockout."""
        return max(1, FREE_ATTEMPTS - self._state.failures)

    def record_failure(self) -> LockoutState:
        failures = self._state.failures + 1
        lockouts = self._state.lockouts
        locked_until = self._state.locked_until
        if failures >= FREE_ATTEMPTS:
            lockouts += 1
            locked_until = self._now() + delay_for(lockouts)
            log.warning(
                "admin.lockout_started",
                extra={"failures": failures, "lockout_s": delay_for(lockouts)},
            )
        self._save(LockoutState(failures, lockouts, locked_until))
        return self._state

    def record_success(self) -> None:
        self._save(LockoutState())

    def _load(self) -> LockoutState:
        try:
            raw = json.loads(self._path.read_text(encoding="utf-8"))
            state = LockoutState(
                failures=int(raw["failures"]),
                lockouts=int(raw["lockouts"]),
                locked_until=float(raw["locked_until"]),
            )
        except FileNotFoundError:
            return LockoutState()
        except (OSError, ValueError, KeyError, TypeError):
            log.error("admin.lockout_file_damaged")
            state = LockoutState(FREE_ATTEMPTS, 1, self._now() + FIRST_DELAY_S)
        if state.failures < 0 or state.lockouts < 0:
            state = LockoutState(FREE_ATTEMPTS, 1, self._now() + FIRST_DELAY_S)
        return state

    def _save(self, state: LockoutState) -> None:
        self._state = state
        write_atomically(self._path, json.dumps(asdict(state)).encode("utf-8"))
