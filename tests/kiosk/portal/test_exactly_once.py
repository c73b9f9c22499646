"""Exactly once under SIGKILL: a kiosk killed anywhere during submission and flushing
still gets every accepted submission onto the portal once, and only once.

Several lanes (separate kiosk data directories, one portal) each run the driver
and SIGKILL it at a random moment after start-up, many times over, then let it
finish. The portal's own database is then counted: lost = references the kiosk
accepted that the portal does not have; duplicates = portal rows beyond one per
reference (or per marker in the form data) plus rows the kiosk gave up on.
"""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from kiosk.portal.embedded import EmbeddedPortal
from kiosk.portal.outbox import Outbox, OutboxState
from tests.kiosk.portal.outbox_driver import OUTBOX_KEY

REPO = Path(__file__).resolve().parents[3]
LANES = 2
KILLS_PER_LANE = 55
WORK_STEP = 10
# From the fork: ~0.2 s to start (TLS trust store, outbox recovery), then flushing and
# submitting; the window covers all three.
MIN_KILL_DELAY_S = 0.05
MAX_KILL_DELAY_S = 0.9


@dataclass
class LaneResult:
    kills: int = 0
    kills_while_starting: int = 0
    kills_while_flushing: int = 0
    kills_while_submitting: int = 0
    accepted: set[str] = field(default_factory=set)
    finished: bool = False
    total: int = 10  # submissions the lane's kiosk is asked for; grows when runs finish


def lane_worker(portal: EmbeddedPortal, data_dir: Path, lane: str, result: LaneResult) -> None:
    rng = random.Random(f"seed-{lane}")
    credentials = (portal.url, portal.token)
    driver = subprocess.Popen(
        [sys.executable, "-m", "tests.kiosk.portal.outbox_driver", "--forking", *credentials],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        cwd=REPO,
        env=dict(os.environ, PYTHONPATH=str(REPO)),
        text=True,
    )
    assert driver.stdin is not None and driver.stdout is not None

    def one_run(kill_after: str) -> tuple[list[str], bool]:
        assert driver.stdin is not None and driver.stdout is not None
        driver.stdin.write(f"{data_dir} {lane} {result.total} {kill_after}\n")
        driver.stdin.flush()
        lines: list[str] = []
        for raw in driver.stdout:
            line = raw.strip()
            if line.startswith("exit "):
                result.accepted |= {x.split()[1] for x in lines if x.startswith("queued ")}
                return lines, line == "exit 1"
            lines.append(line)
        raise AssertionError(f"driver for {lane} died")

    try:
        runs = 0
        while result.kills < KILLS_PER_LANE and runs < 4 * KILLS_PER_LANE:
            runs += 1
            lines, killed = one_run(f"{rng.uniform(MIN_KILL_DELAY_S, MAX_KILL_DELAY_S):.3f}")
            if not killed:
                # Finished before the kill: give the next runs more to do.
                result.total += WORK_STEP
                continue
            result.kills += 1
            if "flushed" in lines:
                result.kills_while_submitting += 1
            elif "ready" in lines:
                result.kills_while_flushing += 1
            else:
                result.kills_while_starting += 1
        lines, killed = one_run("none")
        result.finished = not killed and lines[-1:] == ["done"]
    finally:
        driver.stdin.close()
        driver.wait(timeout=30)
        driver.stdout.close()


@pytest.mark.slow
def test_every_submission_arrives_exactly_once_despite_sigkill(
    portal: EmbeddedPortal, tmp_path: Path
) -> None:
    started = time.monotonic()
    results = {f"L{n}": LaneResult() for n in range(LANES)}
    threads = [
        threading.Thread(target=lane_worker, args=(portal, tmp_path / lane, lane, result))
        for lane, result in results.items()
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    expected = {f"{lane}-{seq:04d}" for lane, r in results.items() for seq in range(r.total)}
    with sqlite3.connect(f"file:{portal.db_path}?mode=ro", uri=True) as db:
        rows = db.execute(
            "SELECT client_reference, json_extract(data, '$.description') FROM submissions"
            " WHERE client_reference LIKE 'L_-____'"
        ).fetchall()
    by_reference = Counter(reference for reference, _ in rows)
    by_marker = Counter(d[d.index("[") + 1 : d.index("]")] for _, d in rows)
    given_up = 0
    for lane in results:
        outbox = Outbox(tmp_path / lane, OUTBOX_KEY)
        counts = outbox.counts()
        given_up += counts[OutboxState.FAILED_FINAL]
        assert counts[OutboxState.QUEUED] == counts[OutboxState.SENDING] == 0, (lane, counts)
        outbox.close()

    accepted = set().union(*(r.accepted for r in results.values()))
    lost = len(expected - set(by_reference))
    lost_accepted = len(accepted - set(by_reference))
    duplicates = (
        sum(n - 1 for n in by_reference.values())
        + sum(n - 1 for n in by_marker.values())
        + given_up
    )
    kills = sum(r.kills for r in results.values())
    print(
        f"\nexactly-once: kills={kills}"
        f" (starting={sum(r.kills_while_starting for r in results.values())},"
        f" flushing={sum(r.kills_while_flushing for r in results.values())},"
        f" submitting={sum(r.kills_while_submitting for r in results.values())})"
        f" submissions={len(expected)} on_portal={len(rows)}"
        f" lost={lost} lost_after_acceptance={lost_accepted} duplicates={duplicates}"
        f" elapsed={time.monotonic() - started:.1f}s"
    )
    assert all(r.finished for r in results.values())
    assert kills >= 100
    assert lost == 0 and lost_accepted == 0
    assert duplicates == 0
    assert set(by_reference) == expected and set(by_marker) == expected
