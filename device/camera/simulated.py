"""The demo profile's simulated camera: fictional ID cards, rendered in memory.

:class:`SampleCardSource` is a :class:`~device.camera.source.FrameSource` that, at
``open()``, renders a few obviously fictional sample cards (e.g. "POPESCU MARIA" with a
valid-format CNP) with :mod:`device.mrz.synth`, and then plays, for each card in turn, a
person bringing the card in (blurred, partly out of view) followed by steady
camera-like frames, looping forever. Nothing is written to disk.

Frames are made on first use (50-100 ms each, so the first pass through the loop may
run below ``fps`` on a slow machine) and kept in memory as JPEG (~100 kB each); later
passes replay them. Pacing: ``read()`` returns ``None`` until the next frame is due
(``fps`` per second, 15 by default), like a camera with no new frame yet; ``fps=None``
returns a frame on every call and leaves the pacing to the caller (tests, benchmarks).
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Final

import cv2
import numpy as np

from device.camera.source import CameraError, ContextManaged, Frame
from device.mrz.synth.camera import iter_sequence_jpegs
from device.mrz.synth.people import COUNTRIES, SampleDocument, random_document
from device.mrz.synth.render import render_document
from device.mrz.synth.translit import name_field
from device.mrz.types import MrzFormat

log = logging.getLogger("device.camera")

FRAMES_PER_CARD: Final = 24  # the approach (5-9 frames), then the card held in view
STEADY_REPEATS: Final = 2  # the held part is shown this many times before the next card

_SAMPLE_NAMES: Final[dict[str, tuple[str, str, str]]] = {
    # (surname, given names, sex): the usual placeholder names of each country.
    "ROU": ("POPESCU", "MARIA", "F"),
    "MDA": ("RUSU", "ION", "M"),
    "BGR": ("IVANOVA", "MARIA", "F"),
    "UKR": ("SHEVCHENKO", "OLENA", "F"),
}


class SampleCardSource(ContextManaged):
    """Camera-like frames of fictional sample cards (see the module docstring).

    ``country`` (ROU/MDA/BGR/UKR) shows only that country's sample cards; by default
    there is one card per country plus the old Romanian card (TD2). ``seed`` makes the
    frames reproducible.
    """

    def __init__(
        self,
        *,
        country: str | None = None,
        fps: float | None = 15.0,
        seed: int = 2024,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if country is not None and country not in COUNTRIES:
            raise ValueError(f"no sample cards for {country!r}; choose one of {COUNTRIES}")
        self._countries = (country,) if country else COUNTRIES
        self._interval = 0.0 if fps is None else 1.0 / fps
        self._seed = seed
        self._clock = clock
        self._makers: list[Iterator[bytes]] | None = None
        self._frames: list[list[bytes]] = []
        self._card = 0
        self._index = 0
        self._due = 0.0

    @property
    def documents(self) -> tuple[SampleDocument, ...]:
        """The sample documents, in the order they are shown."""
        rng = random.Random(self._seed)
        plan = [(country, MrzFormat.TD1) for country in self._countries]
        if "ROU" in self._countries:
            plan.append(("ROU", MrzFormat.TD2))
        return tuple(_sample(rng, country, fmt) for country, fmt in plan)

    def open(self) -> None:
        if self._makers is None:
            rng = random.Random(self._seed + 1)
            self._makers = []
            for number, doc in enumerate(self.documents):
                card = render_document(doc, rng)
                frame_rng = random.Random(f"{self._seed}:{number}")
                self._makers.append(iter_sequence_jpegs(card, frame_rng, FRAMES_PER_CARD))
            self._frames = [[] for _ in self._makers]
            log.info("camera.simulated_opened", extra={"cards": len(self._makers)})
        self._card = self._index = 0
        self._due = self._clock()

    def read(self) -> Frame | None:
        if self._makers is None:
            raise CameraError("read() before open()")
        if self._interval:
            now = self._clock()
            if now < self._due:
                return None
            # A slow caller gets the next frame, not a burst of overdue ones.
            self._due = max(self._due + self._interval, now)
        data = self._next_jpeg(self._makers)
        return np.asarray(cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR), np.uint8)

    def _next_jpeg(self, makers: list[Iterator[bytes]]) -> bytes:
        frames = self._frames[self._card]
        if len(frames) < FRAMES_PER_CARD:
            frames.append(next(makers[self._card]))
        held = FRAMES_PER_CARD // 2  # replay the second half (the card held still)
        order = list(range(FRAMES_PER_CARD)) + list(range(held, FRAMES_PER_CARD)) * (
            STEADY_REPEATS - 1
        )
        data = frames[order[self._index]]
        self._index += 1
        if self._index == len(order):
            self._index = 0
            self._card = (self._card + 1) % len(makers)
        return data

    def close(self) -> None:
        self._makers = None
        self._frames = []
        self._card = self._index = 0


def _sample(rng: random.Random, country: str, fmt: MrzFormat) -> SampleDocument:
    """A document of ``country`` made out to the country's placeholder name."""
    surname, given, sex = _SAMPLE_NAMES[country]
    doc = random_document(rng, country=country, fmt=fmt)
    while doc.sex != sex:  # the CNP and EGN encode the sex: draw until it fits the name
        doc = random_document(rng, country=country, fmt=fmt)
    lines = list(doc.lines)
    if fmt is MrzFormat.TD1:
        lines[2] = name_field(surname, given, 30)
    else:
        lines[0] = lines[0][:5] + name_field(surname, given, len(lines[0]) - 5)
    return replace(
        doc,
        surname=surname,
        given_names=given,
        printed_surname=surname,
        printed_given_names=given,
        lines=tuple(lines),
    )
