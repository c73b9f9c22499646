"""Running the kiosk's asyncio work in tests the way the app does: on a qasync loop.

The loop is created "already running", as when the app's Qt event loop drives
it: whatever processes Qt events (a tap, `settle()`, `run_until`) also runs
pending asyncio work, so a view-model's portal call progresses while a test
waits for what the person would see.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable, Coroutine, Iterator
from typing import Any, TypeVar

import pytest
import qasync
from PySide6.QtCore import QCoreApplication
from PySide6.QtTest import QTest

T = TypeVar("T")


@pytest.fixture
def qasync_loop(qapp: QCoreApplication) -> Iterator[qasync.QEventLoop]:
    with running_loop(qapp) as loop:
        yield loop


@contextlib.contextmanager
def running_loop(qapp: QCoreApplication) -> Iterator[qasync.QEventLoop]:
    """A qasync loop marked running for the block (module-scoped fixtures use this too)."""
    loop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.set_event_loop(loop)
    try:
        yield loop
    finally:
        try:
            pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
            for task in pending:
                task.cancel()
            if pending:
                run_until(loop, lambda: all(t.done() for t in pending), what="tasks to cancel")
        finally:
            # The counterpart of already_running=True. Not stop(): that would call
            # QApplication.exit() and end event loops later tests still run. qasync
            # does not unset the running loop itself, and asyncio.run() in a later
            # test would then refuse to start.
            loop._after_run_forever()
            attribute = next(a for a in vars(loop) if a.endswith("__is_running"))
            setattr(loop, attribute, False)
            asyncio.events._set_running_loop(None)
            loop.close()
            asyncio.set_event_loop(None)


def run_until(
    loop: asyncio.AbstractEventLoop,
    condition: Callable[[], bool],
    *,
    timeout: float = 15.0,
    what: str = "condition",
) -> None:
    """Process Qt events (and with them asyncio work) until `condition()` holds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        QTest.qWait(5)


def run(loop: asyncio.AbstractEventLoop, work: Coroutine[Any, Any, T], timeout: float = 15) -> T:
    """Await one coroutine on the loop (set-up steps: connect a client, seed data)."""
    task = loop.create_task(work)
    run_until(loop, task.done, timeout=timeout, what="a coroutine")
    return task.result()
