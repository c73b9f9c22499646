"""Run a command that must not outlive the process that started us.

    python -m kiosk.portal.child_guard [--cleanup DIR] CMD [ARGS...]

The parent keeps our stdin open; when it goes away, by any death including
SIGKILL, the kernel closes that pipe, we read EOF and stop CMD (SIGTERM, then
SIGKILL after a grace period). CMD itself gets PR_SET_PDEATHSIG so it also dies
if this guard is killed. A pipe rather than PR_SET_PDEATHSIG on the guard: the
kernel sends that signal when the parent *thread* exits, and the kiosk may start
the portal from a worker thread. With ``--cleanup DIR`` the guard removes DIR once
CMD has ended (the demo's throwaway database, which a killed kiosk cannot remove).
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import select
import shutil
import signal
import subprocess
import sys
from types import FrameType

_PR_SET_PDEATHSIG = 1
_GRACE_S = 5.0


def _die_with_parent() -> None:
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)


def main(argv: list[str]) -> int:
    cleanup: str | None = None
    if argv[:1] == ["--cleanup"] and len(argv) >= 2:
        cleanup, argv = argv[1], argv[2:]
    if not argv:
        print(
            "usage: python -m kiosk.portal.child_guard [--cleanup DIR] CMD [ARGS...]",
            file=sys.stderr,
        )
        return 2
    try:
        return _guard(argv)
    finally:
        if cleanup is not None:
            shutil.rmtree(cleanup, ignore_errors=True)


def _guard(argv: list[str]) -> int:  # preexec_fn is safe here: the guard is single-threaded.
    child = subprocess.Popen(argv, stdin=subprocess.DEVNULL, preexec_fn=_die_with_parent)

    def forward(signum: int, _frame: FrameType | None) -> None:
        with contextlib.suppress(ProcessLookupError):
            child.send_signal(signum)

    signal.signal(signal.SIGTERM, forward)
    signal.signal(signal.SIGINT, forward)

    child_exited = os.pidfd_open(child.pid)
    stdin = sys.stdin.fileno()
    while True:
        readable, _, _ = select.select([stdin, child_exited], [], [])
        if child_exited in readable:
            return child.wait()
        if stdin in readable and not os.read(stdin, 4096):
            break  # EOF: the parent is gone (or asked us to stop by closing the pipe)
    child.terminate()
    try:
        return child.wait(_GRACE_S)
    except subprocess.TimeoutExpired:
        child.kill()
        return child.wait()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
