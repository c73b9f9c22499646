"""A tiny kiosk that submits and flushes through the real outbox; the SIGKILL test kills it.

    python -m tests.kiosk.portal.outbox_driver URL TOKEN DATA_DIR LANE TOTAL
    python -m tests.kiosk.portal.outbox_driver --forking URL TOKEN

The second form imports everything once and then, for each line
``DATA_DIR LANE TOTAL KILL_AFTER_S|none`` read on stdin, forks a kiosk process
that runs as above, SIGKILLs it ``KILL_AFTER_S`` after the fork unless it ended
first, and prints ``exit <killed:0|1>``. Forking keeps a hundred kills within
seconds instead of paying the interpreter start-up each time; the parent starts
no threads and no event loop, so the children are clean.

Submits ``TOTAL`` petitions with the deterministic client references
``<LANE>-0000`` …, some sent at once and some only queued, flushing as it goes.
Run again after a kill, it first delivers what the dead run left behind, then
skips the references already in its outbox (as a citizen would not resubmit a
submission the kiosk had accepted) and carries on. Prints ``ready``, ``flushed``,
``queued <ref>`` and finally ``done`` on stdout, flushing after each line.
"""

from __future__ import annotations

import asyncio
import os
import random
import select
import signal
import sys
import time
from pathlib import Path

from kiosk.portal.backoff import BackoffPolicy
from kiosk.portal.client import PortalClient
from kiosk.portal.outbox import AlreadyQueued, Outbox, OutboxState
from kiosk.portal.sender import SubmissionSender
from kiosk.portal.settings import PortalSettings
from tests.kiosk.portal.fakes import StaticToken, canary_request

OUTBOX_KEY = bytes(range(32))  # the keyring has its own tests; this driver starts 100+ times
FINISH_WITHIN_S = 30.0


def say(line: str) -> None:
    # os.write, not print: no buffer that a fork or a SIGKILL could duplicate or lose.
    os.write(sys.stdout.fileno(), (line + "\n").encode())


async def drive(url: str, token: str, data_dir: Path, lane: str, total: int) -> None:
    outbox = Outbox(data_dir, OUTBOX_KEY)
    settings = PortalSettings(url=url, timeout_s=10)
    async with PortalClient(settings, StaticToken(token)) as client:
        sender = SubmissionSender(
            client, outbox, policy=BackoffPolicy(base_s=0.05, max_s=0.5, max_retry_after_s=1)
        )
        say("ready")
        await sender.flush()
        say("flushed")
        rng = random.Random()
        for seq in range(total):
            reference = f"{lane}-{seq:04d}"
            try:
                await sender.submit(
                    canary_request(reference),
                    client_reference=reference,
                    attempt_now=rng.random() < 0.7,
                )
            except AlreadyQueued:
                continue
            say(f"queued {reference}")
            if seq % 5 == 4:
                await sender.flush()
        deadline = time.monotonic() + FINISH_WITHIN_S
        while outbox.counts()[OutboxState.QUEUED] and time.monotonic() < deadline:
            await sender.flush()
            await asyncio.sleep(0.1)  # rows waiting out a 409/429 Retry-After
        await sender.stop()
    say("done")


def forking(url: str, token: str) -> int:
    for command in sys.stdin:
        data_dir, lane, total, kill_after = command.split()
        pid = os.fork()
        if pid == 0:
            try:
                asyncio.run(drive(url, token, Path(data_dir), lane, int(total)))
            finally:
                os._exit(0)
        exited = os.pidfd_open(pid)
        timeout = None if kill_after == "none" else float(kill_after)
        readable, _, _ = select.select([exited], [], [], timeout)
        killed = not readable
        if killed:
            # Safe from pid reuse: the child stays a zombie until we reap it below.
            os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(exited)
        say(f"exit {int(killed)}")
    return 0


def main(argv: list[str]) -> int:
    if argv[0] == "--forking":
        return forking(argv[1], argv[2])
    url, token, data_dir, lane, total = argv
    asyncio.run(drive(url, token, Path(data_dir), lane, int(total)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
