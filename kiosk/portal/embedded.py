"""The reference portal as a child program, for the demo profile (``make run``) and tests.

The kiosk never imports ``portal``; it runs ``python -m portal`` like any other
program: seed a throwaway database with the demo catalogue, enrol this kiosk
(the token is the last word printed), then serve on a free loopback port and
wait for the ``{"event": "listening", "port": N}`` line.

The server runs under :mod:`kiosk.portal.child_guard`, which stops it when the
kiosk's end of a pipe closes, so no server is orphaned even when the kiosk is
killed with SIGKILL. The temporary database goes with :meth:`EmbeddedPortal.stop`.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import logging
import os
import select
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger("kiosk.portal.embedded")

REPO_ROOT = Path(__file__).resolve().parents[2]


class EmbeddedPortalError(RuntimeError):
    """The reference portal could not be started; the message says which step failed."""


@dataclass
class EmbeddedPortal:
    url: str
    token: str
    db_path: Path
    process: subprocess.Popen[bytes] = field(repr=False)
    _workdir: Path | None = field(default=None, repr=False)
    _drain: threading.Thread | None = field(default=None, repr=False)

    @classmethod
    def start(
        cls,
        *,
        workdir: Path | None = None,
        python: str = sys.executable,
        kiosk_name: str = "demo-kiosk",
        extra_serve_args: tuple[str, ...] = (),
        timeout_s: float = 60.0,
    ) -> EmbeddedPortal:
        """Seed, enrol and serve; blocks until the server listens (a second or two).

        ``workdir`` holds the database; by default a temporary directory removed on stop.
        """
        owned = workdir is None
        directory = Path(tempfile.mkdtemp(prefix="kiosk-portal-")) if owned else workdir
        assert directory is not None
        directory.mkdir(parents=True, exist_ok=True)
        db = directory / "portal.sqlite3"
        deadline = time.monotonic() + timeout_s
        env = _child_env()
        try:
            if not db.exists():
                _run(
                    [python, "-m", "portal", "seed", "--demo", "--db", str(db)],
                    env,
                    deadline,
                    "seed",
                )
            enrolled = _run(
                [python, "-m", "portal", "enroll-kiosk", kiosk_name, "--db", str(db)],
                env,
                deadline,
                "enroll-kiosk",
            )
            words = enrolled.split()
            if not words:
                raise EmbeddedPortalError("enroll-kiosk printed no token")
            token = words[-1]
            process = subprocess.Popen(
                [
                    python,
                    "-m",
                    "kiosk.portal.child_guard",
                    *(["--cleanup", str(directory)] if owned else []),
                    python,
                    "-m",
                    "portal",
                    "serve",
                    "--host",
                    "127.0.0.1",
                    "--port",
                    "0",
                    "--db",
                    str(db),
                    *extra_serve_args,
                ],
                stdin=subprocess.PIPE,  # our end closing (we died or stop()) stops the server
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL if not _debug() else None,
                env=env,
                cwd=REPO_ROOT,
            )
            try:
                port = _wait_for_listening(process, deadline)
            except BaseException:
                _terminate(process)
                _close_pipes(process)
                raise
        except BaseException:
            if owned:
                shutil.rmtree(directory, ignore_errors=True)
            raise
        portal = cls(
            f"http://127.0.0.1:{port}",
            token,
            db,
            process,
            directory if owned else None,
            _drain_in_background(process),
        )
        atexit.register(portal.stop)
        log.info("portal.embedded.started", extra={"port": port})
        return portal

    def stop(self) -> None:
        if self.process.poll() is None:
            _terminate(self.process)
            log.info("portal.embedded.stopped")
        if self._drain is not None:
            self._drain.join(timeout=5)  # ends at EOF, now that the server has exited
            self._drain = None
        _close_pipes(self.process)
        if self._workdir is not None:
            shutil.rmtree(self._workdir, ignore_errors=True)
            self._workdir = None
        with contextlib.suppress(Exception):
            atexit.unregister(self.stop)


def _child_env() -> dict[str, str]:
    env = dict(os.environ)
    # The portal package lives at the repository root, next to kiosk/.
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO_ROOT), env.get("PYTHONPATH", "")) if p)
    return env


def _debug() -> bool:
    return os.environ.get("KIOSK_PORTAL_DEBUG") == "1"


def _run(argv: list[str], env: dict[str, str], deadline: float, step: str) -> str:
    try:
        done = subprocess.run(
            argv,
            capture_output=True,
            env=env,
            cwd=REPO_ROOT,
            timeout=max(1.0, deadline - time.monotonic()),
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise EmbeddedPortalError(f"portal {step} did not finish in time") from None
    if done.returncode != 0:
        # The portal's stderr is about the portal (no citizen data exists yet): safe to show.
        tail = done.stderr.decode(errors="replace").strip().splitlines()[-5:]
        raise EmbeddedPortalError(
            f"portal {step} failed (exit {done.returncode}): " + " | ".join(tail)
        )
    return done.stdout.decode(errors="replace")


def _wait_for_listening(process: subprocess.Popen[bytes], deadline: float) -> int:
    assert process.stdout is not None
    fd = process.stdout.fileno()
    buffer = b""
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise EmbeddedPortalError("portal serve did not report listening in time")
        readable, _, _ = select.select([fd], [], [], remaining)
        if not readable:
            continue
        chunk = os.read(fd, 4096)
        if not chunk:
            raise EmbeddedPortalError(f"portal serve exited early (exit {process.wait()})")
        buffer += chunk
        while b"\n" in buffer:
            line, buffer = buffer.split(b"\n", 1)
            try:
                event = json.loads(line)
            except ValueError:
                continue
            if isinstance(event, dict) and event.get("event") == "listening":
                port = event.get("port")
                if isinstance(port, int):
                    return port


def _drain_in_background(process: subprocess.Popen[bytes]) -> threading.Thread:
    # The server keeps printing JSON lines; an unread pipe would fill and block it.
    stdout = process.stdout
    assert stdout is not None

    def drain() -> None:
        with contextlib.suppress(OSError, ValueError):
            while stdout.read(65536):
                pass

    thread = threading.Thread(target=drain, name="portal-stdout", daemon=True)
    thread.start()
    return thread


def _close_pipes(process: subprocess.Popen[bytes]) -> None:
    for pipe in (process.stdin, process.stdout):
        if pipe is not None:
            with contextlib.suppress(OSError):
                pipe.close()


def _terminate(process: subprocess.Popen[bytes]) -> None:
    # Closing stdin tells the guard to stop the server; SIGTERM is the backup.
    if process.stdin is not None:
        with contextlib.suppress(OSError):
            process.stdin.close()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
