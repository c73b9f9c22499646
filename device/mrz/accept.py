"""When is an MRZ reading good enough to prefill a form? A wrong ID number is worse than none.

* :func:`accept_single` — one image on its own (e.g. a photo, no video): strict.
* :class:`FrameAgreement` — camera frames: identical readings from several frames.

The thresholds are constants here so they can be tuned against the benchmark.
``weakest`` is the probability of the least certain character the reading chose,
``confidence`` the geometric mean over all characters (see :mod:`device.mrz.correct`).
"""

from __future__ import annotations

from collections import deque
from datetime import date
from typing import Final

from device.mrz.parse import MrzResult

# One image alone: every character must be clearly read (the OCR gave it ≥ 60 %), and the
# reading as a whole very clearly read. Check digits cannot tell '<', '0', 'A', 'K', 'U'
# apart (all ≡ 0 mod 10), so the OCR's own certainty is the only evidence there.
SINGLE_MIN_WEAKEST: Final = 0.60
SINGLE_MIN_CONFIDENCE: Final = 0.97
# Several frames: each reading counted must have no character the correction chose against
# the OCR's majority (≥ 50 % means no other candidate was more probable).
AGREEMENT_MIN_WEAKEST: Final = 0.50
# A reading this sure needs only one identical companion, whatever ``required`` says.
SURE_WEAKEST: Final = 0.98
HISTORY: Final = 8  # readings remembered by FrameAgreement
MAX_AGE_YEARS: Final = 120
EARLIEST_EXPIRY: Final = date(1990, 1, 1)


def dates_plausible(result: MrzResult, today: date | None = None) -> bool:
    """Birth not in the future and at most 120 years ago; expiry not before 1990."""
    today = today or date.today()
    birth, expiry = result.fields.birth_date, result.fields.expiry_date
    if birth is None or expiry is None or birth > today or expiry < EARLIEST_EXPIRY:
        return False
    age = today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))
    return age <= MAX_AGE_YEARS


def accept_single(result: MrzResult, *, today: date | None = None) -> bool:
    """One reading on its own: every check passes, every character clearly read, dates plausible."""
    return (
        result.valid
        and result.weakest >= SINGLE_MIN_WEAKEST
        and result.confidence >= SINGLE_MIN_CONFIDENCE
        and dates_plausible(result, today)
    )


class FrameAgreement:
    """Accept a reading once ``required`` frames gave exactly the same lines.

    Why agreement: a wrong reading that still passes every check digit needs errors that
    compensate each other, and frames differ in noise, blur and glare — the same wrong
    lines twice is far rarer than once. Errors that repeat (a scratch over a glyph) are
    kept out by :data:`AGREEMENT_MIN_WEAKEST`: a reading counts only if the correction
    never chose a character the OCR thought less likely than the others.

    The frames need not be consecutive (a hand moves, a frame blurs); only the last
    :data:`HISTORY` readings are remembered, so a card swapped for another is not mixed
    with the first one for long. One reading that is very sure
    (weakest ≥ :data:`SURE_WEAKEST`) plus one identical companion is enough even when
    ``required`` is higher: two independent clean readings of the same lines. With
    ``required=1`` a frame alone must pass :func:`accept_single`'s strict rules.
    """

    def __init__(self, required: int = 2, *, today: date | None = None) -> None:
        if required < 1:
            raise ValueError("required must be at least 1")
        self._required = required
        self._today = today
        self._readings: deque[MrzResult] = deque(maxlen=HISTORY)

    def _counts(self, result: MrzResult) -> bool:
        return (
            result.valid
            and result.weakest >= AGREEMENT_MIN_WEAKEST
            and dates_plausible(result, self._today)
        )

    def offer(self, result: MrzResult | None) -> MrzResult | None:
        """Remember one frame's reading; the accepted reading once enough frames agree.

        Further identical frames keep returning it until :meth:`reset`.
        """
        if result is None:
            return None
        self._readings.append(result)
        if self._required == 1:
            return result if accept_single(result, today=self._today) else None
        if not self._counts(result):
            return None
        same = [r for r in self._readings if r.lines == result.lines and self._counts(r)]
        sure = len(same) >= 2 and any(r.weakest >= SURE_WEAKEST for r in same)
        if len(same) >= self._required or sure:
            return max(same, key=lambda r: (r.weakest, r.confidence))
        return None

    def reset(self) -> None:
        """Forget every reading (the session was wiped, or a new card is expected)."""
        self._readings.clear()
