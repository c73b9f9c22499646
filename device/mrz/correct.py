"""Choose the most probable MRZ reading that obeys the ICAO rules, from per-position candidates.

The OCR gives, for every position, a few characters with probabilities. This module:

1. keeps, per position, only the characters ICAO allows there (digits in dates and check
   digits, letters in names and country codes, M/F/X/< for sex …); a character of the
   wrong class that is a common look-alike (O↔0, I↔1, Z↔2, S↔5, B↔8, G↔6, D↔0, Q↔0,
   T↔7, A↔4) brings in its counterpart at a fraction (:data:`CONFUSION_WEIGHT`) of its
   probability;
2. for every field guarded by a check digit, enumerates its assignments most probable
   first (field and check digit together) and keeps the first few that pass the check
   and real dates; where the issuing state puts a personal number in the MRZ (CNP, IDNP,
   EGN), that field is searched together with birth date and sex so the number's control
   digit and its agreement with them are part of the search; assignments much less
   probable than the field's best (:data:`PRUNE`) are never considered — a far-fetched
   correction is more likely wrong than right;
3. picks the combination of those alternatives that passes the composite check digit
   with the highest probability (exact over the kept alternatives, by the composite's
   remainder mod 10);
4. repairs the end of the name field (fillers misread as K, S, X, E, C), and puts real
   state codes in the issuing state and nationality (a holder's nationality is taken to
   be the issuing state's unless clearly read as another: :data:`SAME_STATE_PRIOR`).

If nothing passes, the most probable reading comes back with ``valid=False``. The
result's ``confidence`` is the geometric mean of the chosen characters' probabilities
and ``weakest`` the smallest of them; :mod:`device.mrz.accept` decides on those.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from itertools import product
from typing import Any, Final

from device.mrz.fields import expiry_date_from, is_real_yymmdd
from device.mrz.layout import (
    CODE_FIRST,
    FILLER,
    LAYOUTS,
    Layout,
    Span,
    allowed_chars,
    formats_for_shape,
)
from device.mrz.national import (
    national_id,
    national_optional_index,
    number_classes,
    optional_validators,
)
from device.mrz.parse import MrzResult, parse_lines
from device.mrz.states import STATES
from device.mrz.types import ALPHABET, LineCandidates, MrzFormat, char_value, check_digit

CONFUSION_WEIGHT: Final = 0.2  # a look-alike of the wrong class gets this share of its probability
MIN_OPTION: Final = 1e-3  # candidates less probable than this are ignored
MAX_OPTIONS: Final = 4  # per position, after filtering
PRUNE: Final = 1e-6  # field assignments this much less probable than the field's best: never
ALTERNATIVES: Final = 4  # passing assignments kept per field, for the composite check
MAX_POPS: Final = 400  # enumeration budget per field (keeps a frame well under 5 ms)
NAME_FILLER_MIN: Final = 0.3  # after the last letter of a name, '<' this probable wins
# … or this probable, when the letter is a filler look-alike (a long name may end in a K at
# the line's last character: at 0.02 one on the benchmark's camera frames lost it)
NAME_FILLER_SEEN: Final = 0.05
FILLER_LOOKALIKES: Final = "KSXEC"
# A holder's nationality is the issuing state's on most documents (a passport, a national
# identity card): that code counts this many times as likely as its characters read.
SAME_STATE_PRIOR: Final = 4.0

_CONFUSIONS: Final[dict[str, str]] = {
    "O": "0", "0": "ODQ", "D": "0", "Q": "0", "I": "1", "1": "I", "Z": "2", "2": "Z",
    "S": "5", "5": "S", "B": "8", "8": "B", "G": "6", "6": "G", "T": "7", "7": "T",
    "A": "4", "4": "A",
}  # fmt: skip
_LOG_PRUNE: Final = math.log(PRUNE)
_WEIGHTS: Final = (7, 3, 1)

Option = tuple[str, float]
Column = list[Option]  # allowed characters at one position, most probable first
Position = tuple[int, int]


def _clean(position: Any) -> Column:
    """The usable (character, probability) pairs of one position, whatever the input holds."""
    best: dict[str, float] = {}
    try:
        items = list(position)
    except TypeError:
        return []
    for item in items:
        try:
            char, prob = item
            prob = float(prob)
        except (TypeError, ValueError):
            continue
        usable = isinstance(char, str) and len(char) == 1 and char in ALPHABET
        if usable and prob > 0 and math.isfinite(prob):
            best[char] = max(best.get(char, 0.0), min(prob, 1.0))
    return sorted(best.items(), key=lambda option: -option[1])


def _restrict(column: Column, allowed: str) -> Column:
    kept = {char: prob for char, prob in column if char in allowed}
    for char, prob in column:
        for alike in _CONFUSIONS.get(char, ""):
            if alike in allowed and char not in allowed:
                kept[alike] = max(kept.get(alike, 0.0), prob * CONFUSION_WEIGHT)
    options = sorted(kept.items(), key=lambda option: -option[1])
    return [option for option in options if option[1] >= MIN_OPTION][:MAX_OPTIONS]


def _k_best(columns: list[Column], accept: Callable[[str], bool]) -> list[tuple[str, float]]:
    """Up to :data:`ALTERNATIVES` accepted assignments (text, log probability), best first.

    Best-first enumeration of the product of the columns: every index vector has one
    parent (its last non-zero index decreased), so each is generated once.
    """
    if any(not column for column in columns):
        return []
    free = [i for i, column in enumerate(columns) if len(column) > 1]
    logs = [[math.log(prob) for _, prob in column] for column in columns]
    base = [column[0][0] for column in columns]
    top = sum(log[0] for log in logs)
    floor = top + _LOG_PRUNE
    heap: list[tuple[float, tuple[int, ...], int]] = [(-top, (0,) * len(free), -1)]
    found: list[tuple[str, float]] = []
    pops = 0
    while heap and len(found) < ALTERNATIVES and pops < MAX_POPS:
        negative, index, last = heapq.heappop(heap)
        pops += 1
        chars = base.copy()
        for slot, choice in enumerate(index):
            if choice:
                chars[free[slot]] = columns[free[slot]][choice][0]
        text = "".join(chars)
        if accept(text):
            found.append((text, -negative))
        for slot in range(max(last, 0), len(free)):
            column, choice = free[slot], index[slot]
            if choice + 1 < len(columns[column]):
                score = -negative + logs[column][choice + 1] - logs[column][choice]
                if score >= floor:
                    child = (*index[:slot], choice + 1, *index[slot + 1 :])
                    heapq.heappush(heap, (-score, child, slot))
    return found


@dataclass(frozen=True)
class _Group:
    """Positions searched together: a field, its check digit, sometimes optional data."""

    positions: tuple[Position, ...]
    accept: Callable[[str], bool]


def _checked(text: str) -> bool:
    return check_digit(text[:-1]) == text[-1]


def _number_accept(
    layout: Layout, validator: Callable[[str], bool] | None
) -> Callable[[str], bool]:
    width = layout.number.stop - layout.number.start

    def accept(text: str) -> bool:
        field, check, optional = text[:width], text[width], text[width + 1 :]
        if check == FILLER:  # a long number: the rest and its check digit open the optional data
            rest = optional.split(FILLER, 1)[0]
            ok = FILLER not in field and len(rest) >= 2 and _checked(field + rest)
        else:
            ok = FILLER not in field.rstrip(FILLER) and check_digit(field) == check
        return ok and (validator is None or not optional or validator(optional))

    return accept


def _personal_accept(validator: Callable[[str], bool] | None) -> Callable[[str], bool]:
    def accept(text: str) -> bool:
        field, check = text[:-1], text[-1]
        ok = (check == FILLER and set(field) <= {FILLER}) or check_digit(field) == check
        return ok and (validator is None or validator(field))

    return accept


def _optional_accept(validator: Callable[[str], bool] | None) -> Callable[[str], bool]:
    return validator or (lambda _text: True)


def _groups(layout: Layout, code: str, state: str) -> list[_Group]:
    validators = optional_validators(layout.format, code, state)
    spans: list[tuple[tuple[Span, ...], Callable[[str], bool]]] = []
    rest = list(zip(layout.optional, validators, strict=True))
    if layout.long_number:
        (first, validator), rest = rest[0], rest[1:]
        spans.append(
            ((layout.number, layout.number_check, first), _number_accept(layout, validator))
        )
    else:
        spans.append(((layout.number, layout.number_check), _number_accept(layout, None)))
    spans.append(
        ((layout.birth, layout.birth_check), lambda t: _checked(t) and is_real_yymmdd(t[:-1]))
    )
    spans.append(
        (
            (layout.expiry, layout.expiry_check),
            lambda t: _checked(t) and expiry_date_from(t[:-1]) is not None,
        )
    )
    for span, validator in rest:
        if layout.personal_check is not None:
            spans.append(((span, layout.personal_check), _personal_accept(validator)))
        else:
            spans.append(((span,), _optional_accept(validator)))
    return [
        _Group(tuple(p for s in group for p in s.positions()), accept) for group, accept in spans
    ]


def _with_national_id(
    layout: Layout, groups: list[_Group], code: str, state: str, today: date
) -> list[_Group]:
    """Search the group holding the personal number together with birth date and sex.

    The CNP and the EGN repeat the birth date and encode the sex: an alternative of the
    number that disagrees with them is rejected during the search, not after it.
    """
    index = national_optional_index(layout.format, code, state)
    if index is None:
        return groups
    target = layout.optional[index].positions()[0]
    holder = next(g for g in groups if target in g.positions)
    birth = next(g for g in groups if layout.birth.positions()[0] in g.positions)
    positions = holder.positions + birth.positions + layout.sex.positions()
    split = len(holder.positions)
    end = split + len(birth.positions)

    def accept(text: str) -> bool:
        if not (holder.accept(text[:split]) and birth.accept(text[split:end])):
            return False
        chars = dict(zip(positions, text, strict=True))
        optional = tuple(
            "".join(chars.get(p, FILLER) for p in span.positions()) for span in layout.optional
        )
        born = "".join(chars[p] for p in layout.birth.positions())
        sex = text[-1]
        return national_id(layout.format, code, state, optional, born, sex, today).ok

    merged = _Group(positions, accept)
    return [merged if g is holder else g for g in groups if g is not birth]


def _composite_weights(layout: Layout) -> dict[Position, int]:
    positions = [p for span in layout.composite for p in span.positions()]
    return {p: _WEIGHTS[i % 3] for i, p in enumerate(positions)}


def _repair_name(columns: list[Column]) -> list[Option]:
    """Argmax per position, then the end of the name: misread fillers become fillers again."""
    chosen = [column[0] if column else (FILLER, 0.0) for column in columns]

    def filler_prob(i: int) -> float:
        return next((prob for char, prob in columns[i] if char == FILLER), 0.0)

    def filler_like(i: int) -> bool:
        return chosen[i][0] == FILLER or filler_prob(i) >= NAME_FILLER_MIN

    i = len(columns) - 1
    while i >= 0:
        char, prob = chosen[i]
        filler = filler_prob(i)
        if char == FILLER:
            pass
        elif filler >= NAME_FILLER_MIN or (
            char in FILLER_LOOKALIKES and filler >= NAME_FILLER_SEEN
        ):
            chosen[i] = (FILLER, filler)
        elif i > 0 and filler_like(i - 1) and (char in FILLER_LOOKALIKES or filler > 0):
            # a lone letter between fillers at the end of the field
            chosen[i] = (FILLER, filler or prob * CONFUSION_WEIGHT)
        else:
            break
        i -= 1
    return chosen


@dataclass(frozen=True)
class _Reading:
    lines: tuple[str, ...]
    probs: tuple[float, ...]
    log_prob: float


def _assemble(grid: list[list[Option]]) -> _Reading:
    lines = tuple("".join(char for char, _ in row) for row in grid)
    probs = tuple(prob for row in grid for _, prob in row)
    log_prob = sum(math.log(p) if p > 0 else -1e9 for p in probs)
    return _Reading(lines, probs, log_prob)


def _settle_state(
    columns: list[list[Column]], grid: list[list[Option]], span: Span, usual: str | None = None
) -> None:
    """Put the most probable real state code in ``span`` (left as read when none fits).

    ``usual``: the code this field holds on most documents (a holder's nationality is
    mostly the issuing state's): it counts :data:`SAME_STATE_PRIOR` times as likely,
    with :data:`MIN_OPTION` for a character the OCR did not offer - so a nationality read
    as no real code, or as a foreign one only a little likelier, is the issuing state's.
    """
    options = [columns[span.line][col] for col in range(span.start, span.stop)]
    if any(not column for column in options):
        return
    best: tuple[float, tuple[Option, ...]] | None = None
    for combo in product(*options):
        code = "".join(char for char, _ in combo)
        if code not in STATES:
            continue
        score = sum(math.log(prob) for _, prob in combo)
        if best is None or score > best[0]:
            best = (score, combo)
    if usual is not None and usual in STATES:  # scored here, with its prior, read or not
        combo = tuple(
            (char, max(dict(column).get(char, 0.0), MIN_OPTION))
            for char, column in zip(usual, options, strict=True)
        )
        score = sum(math.log(prob) for _, prob in combo) + math.log(SAME_STATE_PRIOR)
        if best is None or score > best[0]:
            best = (score, combo)
    if best is not None:
        for col, option in zip(range(span.start, span.stop), best[1], strict=True):
            grid[span.line][col] = option


def _search(
    fmt: MrzFormat, raw: list[list[Column]], today: date, *, patterns: bool = True
) -> tuple[_Reading, bool, bool]:
    """The best reading of this format, whether it passes every check, and whether the
    country's usual document-number pattern was applied."""
    layout = LAYOUTS[fmt]
    allowed = allowed_chars(layout)
    columns = [
        [_restrict(column, allowed[line][col]) for col, column in enumerate(row)]
        for line, row in enumerate(raw)
    ]
    grid: list[list[Option]] = [
        [
            column[0] if column else (raw_column[0] if raw_column else (FILLER, 0.0))
            for column, raw_column in zip(row, raw_row, strict=True)
        ]
        for row, raw_row in zip(columns, raw, strict=True)
    ]
    name = layout.name
    for col, option in zip(
        range(name.start, name.stop),
        _repair_name(columns[name.line][name.start : name.stop]),
        strict=True,
    ):
        if columns[name.line][col]:
            grid[name.line][col] = option

    def text(span: Span) -> str:
        return "".join(grid[span.line][col][0] for col in range(span.start, span.stop))

    _settle_state(columns, grid, layout.issuing_state)
    _settle_state(columns, grid, layout.nationality, usual=text(layout.issuing_state))
    fallback = _assemble(grid)

    code, state = text(layout.code), text(layout.issuing_state)
    pattern = number_classes(fmt, code, state) if patterns else None
    if pattern is not None:
        number = layout.number
        for col, chars in zip(range(number.start, number.stop), pattern, strict=True):
            columns[number.line][col] = _restrict(raw[number.line][col], chars)
    groups = _with_national_id(layout, _groups(layout, code, state), code, state, today)
    alternatives = [
        _k_best([columns[line][col] for line, col in g.positions], g.accept) for g in groups
    ]
    if any(not alts for alts in alternatives):
        return fallback, False, pattern is not None

    weights = _composite_weights(layout)
    # remainder of the composite sum mod 10 → (log probability, chosen alternative per group)
    states: dict[int, tuple[float, tuple[int, ...]]] = {0: (0.0, ())}
    for group, alts in zip(groups, alternatives, strict=True):
        merged: dict[int, tuple[float, tuple[int, ...]]] = {}
        for remainder, (log_prob, picks) in states.items():
            for a, (alt, alt_log) in enumerate(alts):
                share = sum(
                    char_value(c) * weights.get(p, 0)
                    for c, p in zip(alt, group.positions, strict=True)
                )
                key = (remainder + share) % 10
                score = log_prob + alt_log
                if key not in merged or score > merged[key][0]:
                    merged[key] = (score, (*picks, a))
        states = merged
    best: tuple[float, int, tuple[int, ...]] | None = None
    check = layout.composite_check
    for remainder, (log_prob, picks) in states.items():
        if check is None:
            extra = 0.0
        else:
            prob = dict(columns[check.line][check.start]).get(str(remainder), 0.0)
            if prob <= 0:
                continue
            extra = math.log(prob)
        if best is None or log_prob + extra > best[0]:
            best = (log_prob + extra, remainder, picks)
    if best is None:
        return fallback, False, pattern is not None
    _, remainder, picks = best
    for group, alts, pick in zip(groups, alternatives, picks, strict=True):
        for char, (line, col) in zip(alts[pick][0], group.positions, strict=True):
            grid[line][col] = (char, dict(columns[line][col])[char])
    if check is not None:
        char = str(remainder)
        grid[check.line][check.start] = (char, dict(columns[check.line][check.start])[char])
    return _assemble(grid), True, pattern is not None


def best_reading(lines: Sequence[LineCandidates], *, today: date | None = None) -> MrzResult | None:
    """The most probable reading consistent with ICAO 9303, or None when the shape is no MRZ."""
    if not lines:
        return None
    raw = [[_clean(position) for position in line] for line in lines]
    length = len(raw[0])
    if any(len(row) != length for row in raw):
        return None
    formats = formats_for_shape(len(raw), length)
    found: list[tuple[bool, float, _Reading, MrzResult]] = []
    # TD2/MRV-B and TD3/MRV-A share a shape: try those whose first character is a candidate.
    plausible = [f for f in formats if _restrict(raw[0][0], CODE_FIRST[f])] or list(formats)
    for fmt in plausible:
        reading, passed, patterned = _search(fmt, raw, today or date.today())
        if patterned and not passed:  # a document numbered unlike its country's usual pattern?
            reading, passed, _ = _search(fmt, raw, today or date.today(), patterns=False)
        result = parse_lines(reading.lines, today=today)
        if result is None or result.format is not fmt:
            continue
        found.append((passed and result.valid, reading.log_prob, reading, result))
    if not found:
        return None
    _, _, reading, result = max(found, key=lambda entry: (entry[0], entry[1]))
    count = len(reading.probs)
    confidence = math.exp(reading.log_prob / count) if reading.log_prob > -1e8 else 0.0
    return replace(result, confidence=confidence, weakest=min(reading.probs))
