"""The MRZ benchmark's data set on disk: images plus ``manifest.jsonl``.

``build_dataset(root)`` writes, for every document, a flat scan (``flat/NNNNN.png``)
and one camera-like frame (``camera/NNNNN.jpg``); frame sequences of a person
bringing a card in (``seq/SSSS/FF.jpg``); and the bad-input frames of
:mod:`.hard_cases` (``hard/<kind>.png``). The manifest's first line holds the
parameters; every other line is one image: file (relative to root), tier ("flat",
"camera", "sequence", "hard"), document index, format, country, truth (MRZ lines and
core fields), and for sequences the sequence id and frame index, for hard cases the
kind and the expected hints. Everything is derived from the seed (document ``i`` uses
``random.Random(f"{seed}:doc:{i}")``), so a build is deterministic and can be spread
over processes; an existing manifest with the same parameters is reused.
"""

from __future__ import annotations

import json
import multiprocessing
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Final

import cv2

from device.mrz.synth.camera import camera_jpeg, sequence_jpegs
from device.mrz.synth.hard_cases import hard_cases
from device.mrz.synth.people import COUNTRIES, SampleDocument, random_document
from device.mrz.synth.render import render_document

DEFAULT_ROOT: Final = Path("build/mrz-bench")
DEFAULT_SEED: Final = 9303
VERSION: Final = 1
SEQUENCE_LENGTH: Final = 20

Entry = dict[str, Any]


def document(seed: int, index: int) -> SampleDocument:
    """Document ``index`` of the data set (countries in turn, formats drawn)."""
    rng = random.Random(f"{seed}:doc:{index}")
    return random_document(rng, country=COUNTRIES[index % len(COUNTRIES)])


def truth(doc: SampleDocument) -> Entry:
    return {"lines": list(doc.lines), **doc.core_fields()}


def _describe(doc: SampleDocument, index: int) -> Entry:
    return {"doc": index, "format": doc.format.value, "country": doc.country, "truth": truth(doc)}


def _build_document(args: tuple[Path, int, int]) -> list[Entry]:
    root, seed, index = args
    doc = document(seed, index)
    rng = random.Random(f"{seed}:render:{index}")
    card = render_document(doc, rng)
    flat, camera = f"flat/{index:05d}.png", f"camera/{index:05d}.jpg"
    cv2.imwrite(str(root / flat), card, [cv2.IMWRITE_PNG_COMPRESSION, 1])
    (root / camera).write_bytes(camera_jpeg(card, rng))
    info = _describe(doc, index)
    return [{"file": flat, "tier": "flat", **info}, {"file": camera, "tier": "camera", **info}]


def _build_sequence(args: tuple[Path, int, int, int, int]) -> list[Entry]:
    root, seed, number, documents, length = args
    index = (number * 7919) % documents  # spread over the documents
    doc = document(seed, index)
    rng = random.Random(f"{seed}:seq:{number}")
    frames = sequence_jpegs(render_document(doc, rng), rng, length)
    folder = root / f"seq/{number:04d}"
    folder.mkdir(parents=True, exist_ok=True)
    entries = []
    for i, data in enumerate(frames):
        name = f"seq/{number:04d}/{i:02d}.jpg"
        (root / name).write_bytes(data)
        entries.append({"file": name, "tier": "sequence", "sequence": number, "index": i,
                        **_describe(doc, index)})  # fmt: skip
    return entries


def _build_hard(root: Path, seed: int, huge: bool) -> list[Entry]:
    entries = []
    for case in hard_cases(random.Random(f"{seed}:hard"), huge=huge):
        name = f"hard/{case.kind}.{'jpg' if case.kind == 'huge' else 'png'}"
        cv2.imwrite(str(root / name), case.image)
        entries.append({
            "file": name, "tier": "hard", "kind": case.kind,
            "expected": [hint.value for hint in case.expected],
            "truth": None if case.truth is None else truth(case.truth),
        })  # fmt: skip
    return entries


def read_manifest(root: Path) -> tuple[Entry, list[Entry]]:
    """(header, entries) of the manifest under ``root``."""
    with (root / "manifest.jsonl").open(encoding="utf-8") as stream:
        header, *entries = (json.loads(line) for line in stream if line.strip())
    return header, entries


def _chunks(items: list[Entry], size: int) -> Iterator[list[Entry]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def build_dataset(
    root: Path = DEFAULT_ROOT,
    *,
    documents: int = 1000,
    sequences: int = 100,
    seed: int = DEFAULT_SEED,
    jobs: int = 1,
    huge: bool = True,
    sequence_length: int = SEQUENCE_LENGTH,
) -> list[Entry]:
    """Write (or reuse) the data set under ``root``; the manifest's entries.

    ``jobs`` processes share the work; ``huge=False`` leaves out the 8000×6000 image;
    each sequence has ``sequence_length`` frames.
    """
    params = {
        "documents": documents,
        "sequences": sequences,
        "sequence_length": sequence_length,
        "seed": seed,
        "huge": huge,
        "version": VERSION,
    }
    manifest = root / "manifest.jsonl"
    if manifest.exists():
        header, cached = read_manifest(root)
        if header.get("params") == params:
            return cached
        manifest.unlink()
    for folder in ("flat", "camera", "seq", "hard"):
        (root / folder).mkdir(parents=True, exist_ok=True)
    doc_tasks = [(root, seed, i) for i in range(documents)]
    seq_tasks = [(root, seed, n, max(1, documents), sequence_length) for n in range(sequences)]
    entries: list[Entry] = []
    if jobs > 1:
        context = multiprocessing.get_context("spawn")
        with context.Pool(jobs) as pool:
            for batch in pool.imap(_build_document, doc_tasks, chunksize=8):
                entries.extend(batch)
            for batch in pool.imap(_build_sequence, seq_tasks, chunksize=2):
                entries.extend(batch)
    else:
        for doc_task in doc_tasks:
            entries.extend(_build_document(doc_task))
        for seq_task in seq_tasks:
            entries.extend(_build_sequence(seq_task))
    entries.extend(_build_hard(root, seed, huge))
    partial = manifest.with_suffix(".partial")
    with partial.open("w", encoding="utf-8") as stream:
        stream.write(json.dumps({"params": params}) + "\n")
        for entry in entries:
            stream.write(json.dumps(entry, ensure_ascii=False) + "\n")
    partial.replace(manifest)  # written last: a half-built set is never reused
    return entries
