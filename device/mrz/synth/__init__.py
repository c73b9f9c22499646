"""Fictional ID documents and camera-like frames for testing and benchmarking the MRZ reader.

* :mod:`.people` — :class:`SampleDocument`, :func:`random_document` (RO, MD, BG, UA);
* :mod:`.render` — :func:`render_document`: a flat scan of the MRZ side in OCR-B;
* :mod:`.camera` — :func:`camera_frame`, :func:`frame_sequence`: as a kiosk camera sees it;
* :mod:`.hard_cases` — bad input (no MRZ, two cards, noise …) with the expected outcome;
* :mod:`.dataset` — :func:`build_dataset`: the benchmark's images and manifest.

Everything is made up and deterministic for a seed; nothing here is a real person.
"""

from device.mrz.synth.camera import camera_frame, frame_sequence
from device.mrz.synth.dataset import build_dataset
from device.mrz.synth.hard_cases import HardCase, hard_cases
from device.mrz.synth.people import SampleDocument, random_document
from device.mrz.synth.render import render_document

__all__ = [
    "HardCase",
    "SampleDocument",
    "build_dataset",
    "camera_frame",
    "frame_sequence",
    "hard_cases",
    "random_document",
    "render_document",
]
