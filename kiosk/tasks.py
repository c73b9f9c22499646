"""Background work started by view-models: portal calls and device reads on the asyncio loop.

A view-model hands a coroutine to :class:`BackgroundTasks`; the task is kept
referenced until it ends, an exception escaping it is logged by type only (the
message may quote personal data), and `cancel_all()` at the end of a session
makes sure no late answer lands on the next person's screen.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from typing import Any

log = logging.getLogger("kiosk.tasks")


class BackgroundTasks:
    def __init__(self, name: str) -> None:
        self._name = name
        self._tasks: set[asyncio.Task[Any]] = set()

    def spawn(self, work: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        """Run `work` on the current event loop (qasync's in the app, the test loop in tests)."""
        task = asyncio.get_event_loop().create_task(work)
        self._tasks.add(task)
        task.add_done_callback(self._finished)
        return task

    def _finished(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if task.cancelled():
            return
        error = task.exception()
        if error is not None:
            log.error(
                "background_task_failed",
                extra={"owner": self._name, "exception": type(error).__name__},
            )

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    def cancel_all(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        self._tasks.clear()
