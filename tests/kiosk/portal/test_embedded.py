"""The embedded reference portal: starts, answers, and never outlives the kiosk."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]

# A stand-in kiosk: starts the portal, reports the pids, then waits to be killed.
_KIOSK = """
import os, sys, time
from kiosk.portal.embedded import EmbeddedPortal
portal = EmbeddedPortal.start()
import subprocess
children = subprocess.run(["ps", "-o", "pid=", "--ppid", str(portal.process.pid)],
                          capture_output=True, text=True).stdout.split()
print(portal.url, portal.db_path.parent, portal.process.pid, *children, flush=True)
time.sleep(120)
"""


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split()[2] != "Z"
    except FileNotFoundError:
        return False


def wait_gone(pids: list[int], timeout_s: float) -> list[int]:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        remaining = [pid for pid in pids if alive(pid)]
        if not remaining:
            return []
        time.sleep(0.1)
    return [pid for pid in pids if alive(pid)]


@pytest.mark.slow
def test_portal_dies_with_a_sigkilled_kiosk() -> None:
    kiosk = subprocess.Popen(
        [sys.executable, "-c", _KIOSK],
        stdout=subprocess.PIPE,
        cwd=REPO,
        env=dict(os.environ, PYTHONPATH=str(REPO)),
        text=True,
    )
    assert kiosk.stdout is not None
    try:
        url, workdir, *pids = kiosk.stdout.readline().split()
        assert url.startswith("http://127.0.0.1:")
        guard, server = int(pids[0]), int(pids[1])
        assert alive(guard) and alive(server)
        kiosk.send_signal(signal.SIGKILL)
        kiosk.wait()
        assert wait_gone([guard, server], 15) == []
        assert not Path(workdir).exists()  # the guard removed the throwaway database
    finally:
        if kiosk.poll() is None:
            kiosk.kill()
            kiosk.wait()
        kiosk.stdout.close()


def test_stop_removes_the_temporary_database() -> None:
    from kiosk.portal.embedded import EmbeddedPortal

    portal = EmbeddedPortal.start()
    workdir = portal.db_path.parent
    assert portal.db_path.exists() and portal.token
    server = portal.process.pid
    portal.stop()
    assert not alive(server)
    assert not workdir.exists()
