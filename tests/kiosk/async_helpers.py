"""Running the kiosk's asyncio work in tests the way the app does: on a qasync loop.

View-models start portal calls with `kiosk.tasks.BackgroundTasks`; a test taps a
button and then `run_until(...)` some visible state appears, which runs the Qt
and asyncio loops together (clicks, QML bindings and network I/O all progress).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterator

import pytest
import qasync
from PySide6.QtCore import QCoreApplication


@pytest.fixture
def qasync_loop(qapp: QCoreApplication) -> Iterator[qasync.QEventLoop]:
    loop = qasync.QEventLoop(qapp, already_running=False)
    asyncio.set_event_loop(loop)
    try:
        yield loop
    finally:
        pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
        for task in pending:
            task.cancel()
        if pending:
            loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
        asyncio.set_event_loop(None)
        loop.close()


def run_until(
    loop: asyncio.AbstractEventLoop,
    condition: Callable[[], bool],
    *,
    timeout: float = 15.0,
    what: str = "condition",
) -> None:
    """Run the loop until `condition()` holds; fail with `what` after `timeout` seconds."""

    async def wait() -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {what}")
            await asyncio.sleep(0.01)

    loop.run_until_complete(wait())


def run(loop: asyncio.AbstractEventLoop, work: object) -> object:
    """Await one coroutine on the loop (set-up steps: connect a client, seed data)."""
    assert asyncio.iscoroutine(work)
    return loop.run_until_complete(work)
