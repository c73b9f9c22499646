"""What a queue's `printer-state-reasons` mean for someone waiting at the printer.

CUPS and IPP printers report keywords such as ``media-empty-error`` or
``door-open-warning``; the suffix says how bad it is. This module folds them into
a few troubles a person can act on, and says which of them stop printing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class Trouble(StrEnum):
    OUT_OF_PAPER = "out-of-paper"
    PAPER_JAM = "paper-jam"
    DOOR_OPEN = "door-open"
    OFFLINE = "offline"
    STOPPED = "stopped"  # the queue is paused (cupsdisable) or stopped by an error
    NOT_ACCEPTING = "not-accepting"  # the queue refuses new jobs (cupsreject)
    NO_QUEUE = "no-queue"  # the configured queue does not exist
    NO_SERVER = "no-server"  # CUPS cannot be reached
    PAPER_LOW = "paper-low"  # still prints
    TONER_LOW = "toner-low"  # still prints
    OTHER = "other"


# Keyword (without its -error/-warning/-report suffix) → trouble.
_KEYWORDS: dict[str, Trouble] = {
    "media-empty": Trouble.OUT_OF_PAPER,
    "media-needed": Trouble.OUT_OF_PAPER,
    "input-tray-missing": Trouble.OUT_OF_PAPER,
    "media-jam": Trouble.PAPER_JAM,
    "cutter-error": Trouble.PAPER_JAM,
    "door-open": Trouble.DOOR_OPEN,
    "cover-open": Trouble.DOOR_OPEN,
    "interlock-open": Trouble.DOOR_OPEN,
    "offline": Trouble.OFFLINE,
    "shutdown": Trouble.OFFLINE,
    "paused": Trouble.STOPPED,
    "moving-to-paused": Trouble.STOPPED,
    "stopped-partly": Trouble.STOPPED,
    "media-low": Trouble.PAPER_LOW,
    "toner-low": Trouble.TONER_LOW,
    "marker-supply-low": Trouble.TONER_LOW,
    "toner-empty": Trouble.OTHER,
    "marker-supply-empty": Trouble.OTHER,
    "other": Trouble.OTHER,
}
# Troubles that still let a job print (a technician should hear of them, nobody else).
WARNINGS = frozenset({Trouble.PAPER_LOW, Trouble.TONER_LOW})
# Which trouble to name first when several are reported.
ORDER = (
    Trouble.NO_SERVER,
    Trouble.NO_QUEUE,
    Trouble.OUT_OF_PAPER,
    Trouble.PAPER_JAM,
    Trouble.DOOR_OPEN,
    Trouble.OFFLINE,
    Trouble.NOT_ACCEPTING,
    Trouble.STOPPED,
    Trouble.OTHER,
    Trouble.PAPER_LOW,
    Trouble.TONER_LOW,
)


@dataclass(frozen=True, slots=True)
class Reason:
    keyword: str  # e.g. "media-empty"
    severity: str  # "error" | "warning" | "report"
    trouble: Trouble | None  # None: a keyword that needs no attention (e.g. "none")


def parse_reason(text: str) -> Reason:
    """One `printer-state-reasons` keyword, e.g. ``media-jam-error``."""
    keyword, severity, explicit = text.strip().lower(), "error", False
    for suffix in ("-error", "-warning", "-report"):
        if keyword.endswith(suffix):
            keyword, severity, explicit = keyword[: -len(suffix)], suffix[1:], True
            break
    trouble = _KEYWORDS.get(keyword)
    if trouble is None and explicit and severity == "error":
        # A vendor's own error keyword (e.g. "com.example-overheat-error"): still a stop.
        # Bare unknown keywords ("connecting-to-device", "cups-…") are progress, not trouble.
        trouble = Trouble.OTHER
    return Reason(keyword, severity, trouble)


def troubles(reasons: Iterable[str]) -> tuple[Trouble, ...]:
    """The troubles in `reasons`, most important first, each once.

    A ``-report`` is information only; a ``-warning`` of a stopping kind (e.g. a
    door reported open as a warning) is still shown, since the job will wait.
    """
    found: set[Trouble] = set()
    for text in reasons:
        reason = parse_reason(text)
        if reason.trouble is None:
            continue
        if reason.severity == "report" and reason.trouble is not Trouble.OFFLINE:
            continue  # "offline-report" is how CUPS backends say the printer is off
        found.add(reason.trouble)
    return ordered(found)


def ordered(found: Iterable[Trouble]) -> tuple[Trouble, ...]:
    """`found` most important first, each once."""
    present = set(found)
    return tuple(t for t in ORDER if t in present)


def blocking(found: Iterable[Trouble]) -> Trouble | None:
    """The first trouble in `found` that keeps a job from printing, if any."""
    return next((t for t in found if t not in WARNINGS), None)
