"""A private, real Secret Service (D-Bus session + gnome-keyring) for tests.

Started through ``packaging/with-secret-service.sh`` itself, so the tests also
cover the script the Makefile uses. The wrapped command prints the bus address
and then waits on stdin; closing stdin ends the command, the keyring daemon and
the bus together.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
SCRIPT = REPO / "packaging" / "with-secret-service.sh"


def available() -> bool:
    return all(shutil.which(t) for t in ("dbus-run-session", "gnome-keyring-daemon", "dbus-send"))


@contextmanager
def required_secret_service() -> Iterator[str]:
    """As :func:`running_secret_service`; missing tools fail the test run instead of skipping.

    `make test` installs them, so a skip would only hide a broken set-up.
    """
    if not available():
        pytest.fail("gnome-keyring / dbus not installed (see packaging/apt-runtime.txt)")
    with running_secret_service() as address:
        yield address


@contextmanager
def running_secret_service() -> Iterator[str]:
    """Yield the D-Bus session address of a fresh, unlocked gnome-keyring."""
    env = dict(os.environ, SECRET_SERVICE_TMP_HOME="1")
    process = subprocess.Popen(
        [str(SCRIPT), "sh", "-c", 'echo "$DBUS_SESSION_BUS_ADDRESS"; exec cat >/dev/null'],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,  # dbus-daemon complains about fd limits in containers
        env=env,
        text=True,
    )
    assert process.stdin is not None and process.stdout is not None
    try:
        address = process.stdout.readline().strip()
        if not address:
            raise RuntimeError(f"with-secret-service.sh failed (exit {process.wait(10)})")
        yield address
    finally:
        process.stdin.close()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        process.stdout.close()
