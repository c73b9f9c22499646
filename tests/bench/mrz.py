"""`make bench-mrz`: our MRZ reader against plain passporteye on synthetic documents.

Run it as ``.venv/bin/python -m tests.bench.mrz [--documents N] [--sequences N]
[--baseline-sample N] [--jobs 2]``. It builds (or reuses) the data set of
:mod:`device.mrz.synth.dataset` under ``build/mrz-bench/`` - fictional RO/MD/BG/UA
documents (TD1/TD2/TD3) as flat scans and camera-like frames, frame sequences of a
person bringing a card in, and bad input - then prints a table, one JSON line with
every figure (for CI logs) and one verdict line per target of the issue.

What is measured
    *Our reader*: ``device.mrz.reader.recognize(frame)`` on every flat and camera
    image and on each hard case; ``MrzReader().feed(frame)`` frame by frame on each
    sequence until it accepts a reading. *passporteye 2.2.2 as-is*:
    ``read_mrz(path).to_dict()`` on ``--baseline-sample`` documents drawn evenly
    from the same set (flat and camera tier), its "accept" being ``valid``. Ratios
    ours/theirs are computed on that same subset.
Fields
    document_number, birth_date, expiry_date, personal_number (the national ID where
    the country defines one, None otherwise), surname, given_names, compared with the
    truth exactly; *core* = the first four all right; *exact MRZ* = every line
    identical. passporteye does not know national rules, so this harness maps its raw
    fields the way ``device/mrz/national.py`` does (CNP/IDNP from TD1 optional data 1,
    EGN from optional data 2, the old Romanian card's CNP rebuilt from TD2 optional
    data and the birth date, TD3 personal number for RO/MD/BG) - in its favour.
False accept
    An accepted reading with any core field wrong. Target: none.
CPU
    ``time.process_time()`` around the call in the worker process, plus (for
    passporteye) the CPU of the ``tesseract`` processes it starts
    (``RUSAGE_CHILDREN``); image decoding is not included. Workers run with
    ``OMP_THREAD_LIMIT=1`` (tesseract) and one OpenCV thread, ``--jobs`` at a time.
Sequences
    Frames to the first accepted reading, the CPU spent until then, and the time a
    15 fps camera needs to deliver and the reader to process those frames:
    ``sum(max(1/15 s, cpu of frame))`` - every frame processed, none skipped.

Benchmarks report, they do not gate: the exit status is 0 even when a target is
missed, but non-zero when the reader cannot be imported or a run fails.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from multiprocessing import get_context
from pathlib import Path
from typing import Any

# One BLAS thread per worker, as in the kiosk (set before numpy loads in a worker).
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from device.mrz.synth.dataset import DEFAULT_ROOT, DEFAULT_SEED, build_dataset

Entry = dict[str, Any]
Row = dict[str, Any]

FIELDS = ("document_number", "birth_date", "expiry_date", "personal_number", "surname",
          "given_names")  # fmt: skip
CORE = FIELDS[:4]
FRAME_S = 1 / 15
TARGETS = {"core": 99.5, "exact": 98.0, "false_accepts": 0, "cpu_p50_ms": 150.0,
           "first_read_s": 1.0}  # fmt: skip

_root = DEFAULT_ROOT


# ---------------------------------------------------------------- workers (child processes)


def _init_worker(root: str) -> None:
    global _root
    _root = Path(root)
    os.environ["OMP_THREAD_LIMIT"] = "1"
    import warnings

    warnings.simplefilter("ignore")  # passporteye's scikit-image deprecation warnings
    import cv2
    import numpy as np

    cv2.setNumThreads(1)
    from device.mrz.reader import recognize

    flat = sorted((Path(root) / "flat").glob("*.png"))[:1]
    warm = cv2.imread(str(flat[0])) if flat else np.full((720, 1280, 3), 200, np.uint8)
    recognize(warm)  # loads the glyph model outside the timed calls


def _load(entry: Entry) -> Any:
    import cv2

    flags = cv2.IMREAD_UNCHANGED if entry["tier"] == "hard" else cv2.IMREAD_COLOR
    return cv2.imread(str(_root / entry["file"]), flags)


def _iso(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _fields_of(result: Any) -> dict[str, str | None]:
    fields = result.fields
    return {
        "document_number": fields.document_number,
        "birth_date": _iso(fields.birth_date),
        "expiry_date": _iso(fields.expiry_date),
        "personal_number": fields.personal_number,
        "surname": fields.surname,
        "given_names": fields.given_names,
    }


def _ours_image(entry: Entry) -> Row:
    from device.mrz.reader import recognize

    frame = _load(entry)
    row: Row = {"file": entry["file"], "error": None}
    start = time.process_time()
    try:
        recognition = recognize(frame)
    except Exception as error:  # a crash is a result to report, not a reason to stop
        row.update(error=f"{type(error).__name__}: {error}", cpu_ms=0.0)
        return row
    row["cpu_ms"] = (time.process_time() - start) * 1000
    result = recognition.result
    row.update(
        hint=str(recognition.hint),
        accepted=bool(recognition.accepted),
        valid=bool(result is not None and result.valid),
        lines=None if result is None else list(result.lines),
        fields=None if result is None else _fields_of(result),
    )
    return row


def _ours_sequence(entries: list[Entry]) -> Row:
    from device.mrz.reader import MrzReader

    reader = MrzReader()
    cpu: list[float] = []
    row: Row = {"sequence": entries[0]["sequence"], "error": None, "accepted_at": None}
    for i, entry in enumerate(entries):
        frame = _load(entry)
        start = time.process_time()
        try:
            report = reader.feed(frame)
        except Exception as error:
            row["error"] = f"{type(error).__name__}: {error}"
            break
        cpu.append((time.process_time() - start) * 1000)
        if report.accepted is not None:
            row.update(accepted_at=i, lines=list(report.accepted.lines),
                       fields=_fields_of(report.accepted))  # fmt: skip
            break
    row["cpu_ms"] = cpu
    return row


def _century(yymmdd: str, *, birth: bool) -> str | None:
    if len(yymmdd) != 6 or not yymmdd.isdigit():
        return None
    yy, mm, dd = int(yymmdd[:2]), int(yymmdd[2:4]), int(yymmdd[4:])
    year = 2000 + yy
    if birth and year > date.today().year:
        year -= 100
    try:
        return date(year, mm, dd).isoformat()
    except ValueError:
        return None


def _passporteye_fields(d: dict[str, Any], country: str) -> dict[str, str | None]:
    kind = d.get("mrz_type")
    personal: str | None = None
    opt1 = str(d.get("optional1", ""))
    if kind == "TD1" and country in ("ROU", "MDA"):
        personal = opt1.strip("<") or None
    elif kind == "TD1" and country == "BGR":
        personal = str(d.get("optional2", "")).strip("<") or None
    elif kind == "TD2" and country == "ROU" and len(opt1) == 7:
        personal = opt1[0] + str(d.get("date_of_birth", "")) + opt1[1:]
    elif kind == "TD3" and country != "UKR":
        personal = str(d.get("personal_number", "")).strip("<") or None
    return {
        "document_number": str(d.get("number", "")).strip("<"),
        "birth_date": _century(str(d.get("date_of_birth", "")), birth=True),
        "expiry_date": _century(str(d.get("expiration_date", "")), birth=False),
        "personal_number": personal,
        "surname": d.get("surname"),
        "given_names": d.get("names"),
    }


def _theirs_image(entry: Entry) -> Row:
    import resource

    from passporteye import read_mrz
    from passporteye.mrz.text import MRZOCRCleaner

    row: Row = {"file": entry["file"], "error": None}
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.process_time()
    try:
        mrz = read_mrz(str(_root / entry["file"]))
    except Exception as error:
        row.update(error=f"{type(error).__name__}: {error}", cpu_ms=0.0)
        return row
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    child_s = (after.ru_utime - children.ru_utime) + (after.ru_stime - children.ru_stime)
    row["cpu_ms"] = (time.process_time() - start + child_s) * 1000
    d = {} if mrz is None else dict(mrz.to_dict())
    valid = bool(d.get("valid_score") == 100)
    row.update(
        hint="read" if mrz is not None else "not_found",
        accepted=valid,
        valid=valid,
        lines=MRZOCRCleaner.apply(d["raw_text"]) if "raw_text" in d else None,
        fields=_passporteye_fields(d, entry.get("country", "")) if mrz is not None else None,
    )
    return row


# ---------------------------------------------------------------- scoring (parent process)


def _percentile(values: Sequence[float], q: float) -> float:
    if not values:
        return math.nan
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, math.ceil(q / 100 * len(ordered)) - 1))]


def _pct(count: int, total: int) -> float:
    return 100.0 * count / total if total else math.nan


def _field_ok(row: Row, truth: Entry, name: str) -> bool:
    fields = row.get("fields")
    return fields is not None and fields.get(name) == truth.get(name)


def score(rows: Iterable[Row], entries: dict[str, Entry]) -> dict[str, Any]:
    """Accuracy, acceptance and CPU figures of single-image results."""
    rows = list(rows)
    n = len(rows)
    out: dict[str, Any] = {"images": n}
    for name in FIELDS:
        out[name] = _pct(sum(_field_ok(r, entries[r["file"]]["truth"], name) for r in rows), n)
    core = [all(_field_ok(r, entries[r["file"]]["truth"], f) for f in CORE) for r in rows]
    exact = [r.get("lines") == entries[r["file"]]["truth"]["lines"] for r in rows]
    accepted = [bool(r.get("accepted")) for r in rows]
    false = sum(a and not c for a, c in zip(accepted, core, strict=True))
    cpu = [r["cpu_ms"] for r in rows if r["error"] is None]
    out.update(
        core=_pct(sum(core), n),
        exact=_pct(sum(exact), n),
        valid=_pct(sum(bool(r.get("valid")) for r in rows), n),
        accepted=_pct(sum(accepted), n),
        false_accepts=false,
        false_accept_rate=_pct(false, sum(accepted)),
        crashes=sum(r["error"] is not None for r in rows),
        cpu_p50_ms=_percentile(cpu, 50),
        cpu_p95_ms=_percentile(cpu, 95),
    )
    return out


def score_sequences(rows: Sequence[Row], truths: dict[int, Entry]) -> dict[str, Any]:
    frames, cpu, wall = [], [], []
    never = wrong = crashes = 0
    for row in rows:
        crashes += row["error"] is not None
        if row["accepted_at"] is None:
            never += 1
            continue
        truth = truths[row["sequence"]]
        if not all(_field_ok(row, truth, f) for f in CORE):
            wrong += 1
        frames.append(row["accepted_at"] + 1)
        cpu.append(sum(row["cpu_ms"]))
        wall.append(sum(max(FRAME_S, ms / 1000) for ms in row["cpu_ms"]))
    per_frame = [ms for row in rows for ms in row["cpu_ms"]]

    def stats(values: list[float]) -> dict[str, float]:
        return {"median": _percentile(values, 50), "p95": _percentile(values, 95),
                "worst": max(values) if values else math.nan}  # fmt: skip

    return {
        "sequences": len(rows), "never": never, "false_accepts": wrong, "crashes": crashes,
        "frames": stats([float(f) for f in frames]), "cpu_ms": stats(cpu), "time_s": stats(wall),
        "cpu_p50_ms_per_frame": _percentile(per_frame, 50),
    }  # fmt: skip


def score_hard(rows: Sequence[Row], entries: dict[str, Entry]) -> dict[str, Any]:
    kinds: dict[str, Any] = {}
    for row in rows:
        entry = entries[row["file"]]
        truth = entry["truth"]
        accepted = bool(row.get("accepted"))
        right = truth is not None and all(_field_ok(row, truth, f) for f in CORE)
        kinds[entry["kind"]] = {
            "hint": row.get("hint"), "expected": row.get("hint") in entry["expected"],
            "accepted": accepted, "false_accept": accepted and not right,
            "crash": row["error"], "cpu_ms": round(row.get("cpu_ms", 0.0), 1),
        }  # fmt: skip
    return {
        "kinds": kinds,
        "false_accepts": sum(k["false_accept"] for k in kinds.values()),
        "crashes": sum(k["crash"] is not None for k in kinds.values()),
    }


# ---------------------------------------------------------------- report


def _fmt(value: Any, digits: int = 1) -> str:
    if isinstance(value, float):
        return "-" if math.isnan(value) else f"{value:.{digits}f}"
    return str(value)


def _table(title: str, columns: dict[str, dict[str, Any]], keys: Sequence[str]) -> None:
    print(f"\n{title}")
    names = list(columns)
    print(f"  {'':24}" + "".join(f"{n:>16}" for n in names))
    for key in keys:
        print(f"  {key:24}" + "".join(f"{_fmt(columns[n].get(key)):>16}" for n in names))


def _json_safe(value: Any) -> Any:
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, dict):
        return {k: _json_safe(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_json_safe(v) for v in value]
    return value


def _ratio(ours: float, theirs: float) -> float:
    return ours / theirs if theirs else math.nan


def _map(pool: Any, fn: Callable[[Any], Row], items: Sequence[Any], label: str) -> list[Row]:
    start = time.perf_counter()
    rows: list[Row] = []
    for i, row in enumerate(pool.imap_unordered(fn, items, chunksize=1), 1):
        rows.append(row)
        if i % 50 == 0 or i == len(items):
            print(f"  {label}: {i}/{len(items)} ({time.perf_counter() - start:.0f} s)",
                  file=sys.stderr, flush=True)  # fmt: skip
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--sequences", type=int, default=100)
    parser.add_argument("--baseline-sample", type=int, default=150,
                        help="documents passporteye reads (per tier); 0 skips it")  # fmt: skip
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--root", type=Path, default=DEFAULT_ROOT)
    args = parser.parse_args(argv)

    from device.mrz.reader import recognize  # fail early if the reader is missing

    started = time.perf_counter()
    print(f"data set: {args.root} ({args.documents} documents, {args.sequences} sequences)",
          file=sys.stderr, flush=True)  # fmt: skip
    entries = build_dataset(args.root, documents=args.documents, sequences=args.sequences,
                            seed=args.seed, jobs=args.jobs)  # fmt: skip
    build_s = time.perf_counter() - started
    # The reader's first real read loads (on a fresh checkout: trains and saves) its glyph
    # model; do it here, once, not in every worker (pool workers cannot start processes).
    import cv2

    first_flat = next(e for e in entries if e["tier"] == "flat")
    recognize(cv2.imread(str(args.root / first_flat["file"]), cv2.IMREAD_COLOR))
    by_file = {e["file"]: e for e in entries}
    tiers: dict[str, list[Entry]] = defaultdict(list)
    for entry in entries:
        tiers[entry["tier"]].append(entry)
    sequences: dict[int, list[Entry]] = defaultdict(list)
    for entry in sorted(tiers["sequence"], key=lambda e: (e["sequence"], e["index"])):
        sequences[entry["sequence"]].append(entry)
    k = min(args.baseline_sample, args.documents)
    sample_docs = {i * args.documents // k for i in range(k)} if k else set()
    sample = [e for t in ("flat", "camera") for e in tiers[t] if e["doc"] in sample_docs]

    context = get_context("spawn")
    with context.Pool(args.jobs, initializer=_init_worker, initargs=(str(args.root),)) as pool:
        ours = _map(pool, _ours_image, tiers["flat"] + tiers["camera"] + tiers["hard"], "ours")
        seq_rows = _map(pool, _ours_sequence, list(sequences.values()), "ours, sequences")
        theirs = _map(pool, _theirs_image, sample, "passporteye")

    ours_by = {r["file"]: r for r in ours}
    report: dict[str, Any] = {"documents": args.documents, "build_s": round(build_s, 1)}
    columns: dict[str, dict[str, Any]] = {}
    for tier in ("flat", "camera"):
        columns[f"ours {tier}"] = score((ours_by[e["file"]] for e in tiers[tier]), by_file)
    for tier in ("flat", "camera"):
        subset = [e for e in sample if e["tier"] == tier]
        if subset:
            files = {e["file"] for e in subset}
            columns[f"ours {tier} (sub)"] = score((ours_by[f] for f in files), by_file)
            columns[f"pe {tier} (sub)"] = score((r for r in theirs if r["file"] in files), by_file)
    keys = [*FIELDS, "core", "exact", "valid", "accepted", "false_accepts", "false_accept_rate",
            "crashes", "cpu_p50_ms", "cpu_p95_ms", "images"]  # fmt: skip
    _table("Single images (%; pe = passporteye 2.2.2 as-is, sub = the baseline subset)",
           columns, keys)  # fmt: skip
    report["tiers"] = columns
    ratios: dict[str, dict[str, float]] = {}
    for tier in ("flat", "camera"):
        mine, pe = columns.get(f"ours {tier} (sub)"), columns.get(f"pe {tier} (sub)")
        if mine and pe:
            ratios[tier] = {key: _ratio(mine[key], pe[key])
                            for key in ("core", "exact", "accepted", "cpu_p50_ms")}  # fmt: skip
    if ratios:
        _table("Ratios ours / passporteye on the same subset", ratios,
               ["core", "exact", "accepted", "cpu_p50_ms"])  # fmt: skip
    report["ratios"] = ratios

    truths = {n: frames[0]["truth"] for n, frames in sequences.items()}
    seq = score_sequences(seq_rows, truths)
    report["sequences"] = seq
    print(f"\nSequences ({seq['sequences']} of 20 frames at 15 fps; never accepted: "
          f"{seq['never']}, false accepts: {seq['false_accepts']}, "
          f"crashes: {seq['crashes']})")  # fmt: skip
    for key in ("frames", "cpu_ms", "time_s"):
        s = seq[key]
        print(f"  to first accepted read, {key:8} median {_fmt(s['median'], 2):>8}"
              f"  p95 {_fmt(s['p95'], 2):>8}  worst {_fmt(s['worst'], 2):>8}")  # fmt: skip

    hard = score_hard([ours_by[e["file"]] for e in tiers["hard"]], by_file)
    report["hard"] = hard
    print(f"\nBad input (false accepts {hard['false_accepts']}, crashes {hard['crashes']})")
    for kind, k_row in hard["kinds"].items():
        flag = "ok" if k_row["expected"] else "unexpected"
        print(f"  {kind:14} hint {k_row['hint']!s:12} {flag:10} accepted {k_row['accepted']!s:5}"
              f" {'FALSE ACCEPT' if k_row['false_accept'] else ''}"
              f"{' CRASH ' + k_row['crash'] if k_row['crash'] else ''}")  # fmt: skip

    camera = columns["ours camera"]
    false_total = (columns["ours flat"]["false_accepts"] + camera["false_accepts"]
                   + seq["false_accepts"] + hard["false_accepts"])  # fmt: skip
    verdicts = [
        ("core fields (camera) >= 99.5 %", camera["core"] >= TARGETS["core"]),
        ("exact MRZ (camera) >= 98 %", camera["exact"] >= TARGETS["exact"]),
        ("false accepts = 0 (all tiers)", false_total == 0),
        ("CPU p50 <= 150 ms/frame (camera)", camera["cpu_p50_ms"] <= TARGETS["cpu_p50_ms"]),
        ("first accepted read <= 1 s median", seq["time_s"]["median"] <= TARGETS["first_read_s"]),
        ("bad input: no crash", hard["crashes"] == 0 and camera["crashes"] == 0),
    ]
    print()
    for text, ok in verdicts:
        print(f"{'PASS' if ok else 'MISS'}  {text}")
    report["verdicts"] = {text: ok for text, ok in verdicts}
    report["total_s"] = round(time.perf_counter() - started, 1)
    print(json.dumps(_json_safe(report), allow_nan=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
