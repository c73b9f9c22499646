"""Start the real portal as a subprocess and wait for its `listening` line (no sleeps)."""

from __future__ import annotations

import json
import os
import selectors
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
STARTUP_TIMEOUT_S = 30


def run_cli(*args: str) -> str:
    """Run `python -m portal …` and return its stdout (fails the test on a non-zero exit)."""
    result = subprocess.run(
        [sys.executable, "-m", "portal", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def last_word(output: str) -> str:
    return output.split()[-1]


@dataclass
class RunningPortal:
    process: subprocess.Popen[str]
    port: int
    db: str
    token: str
    stderr_path: Path
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.process.stdout is not None:
            self.process.stdout.close()

    def log_lines(self) -> list[str]:
        return self.stderr_path.read_text(encoding="utf-8").splitlines()


def start_portal(db: str, token: str, log_dir: Path, *extra_args: str) -> RunningPortal:
    stderr_path = log_dir / f"portal-{os.getpid()}-{time.monotonic_ns()}.log"
    with stderr_path.open("w", encoding="utf-8") as stderr:
        process = subprocess.Popen(
            [sys.executable, "-m", "portal", "serve", "--port", "0", "--db", db, *extra_args],
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
        )
    assert process.stdout is not None
    selector = selectors.DefaultSelector()
    selector.register(process.stdout, selectors.EVENT_READ)
    deadline = time.monotonic() + STARTUP_TIMEOUT_S
    try:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not selector.select(timeout=remaining):
                raise AssertionError("portal did not announce its port in time")
            line = process.stdout.readline()
            if not line:
                raise AssertionError(
                    f"portal exited early:\n{stderr_path.read_text(encoding='utf-8')}"
                )
            event = json.loads(line)
            if event.get("event") == "listening":
                return RunningPortal(process, int(event["port"]), db, token, stderr_path)
    except BaseException:
        process.kill()
        process.wait()
        raise
    finally:
        selector.close()
