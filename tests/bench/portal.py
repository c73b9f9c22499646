"""Portal client benchmark: submissions through the kiosk's outbox to the reference portal.

    .venv/bin/python -m tests.bench.portal [--submissions N] [--backlog N] [--parallel N]

Starts the reference portal on loopback (throwaway database, no rate limit) and
measures, from the kiosk's side:

1. ``submit()`` one at a time, as at the counter: submissions per second and
   p50/p95 latency (outbox write + HTTPS-less POST + delivery record);
2. a backlog after an outage: ``--backlog`` entries queued, then the time the
   sender needs to flush them all.

Bounded in count and in time (``--time-limit`` per phase); loopback only.
Prints one human-readable block and one JSON line.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

from kiosk.portal.client import PortalClient
from kiosk.portal.embedded import EmbeddedPortal
from kiosk.portal.outbox import Outbox, OutboxState, new_client_reference, new_idempotency_key
from kiosk.portal.sender import SubmissionConfirmed, SubmissionSender
from kiosk.portal.settings import PortalSettings
from kiosk.portal.submissions import Applicant, SubmissionRequest

OUTBOX_KEY = bytes(range(32))


class _Token:
    def __init__(self, token: str) -> None:
        self._token = token

    def get_device_token(self) -> str:
        return self._token


def petition(n: int) -> SubmissionRequest:
    return SubmissionRequest(
        service_code="ro-petition",
        form_version="2026.1",
        data={
            "petition_type": "report",
            "topic": "lighting",
            "description": f"Benchmark petition number {n}: street light out.",
            "given_names": "Bench",
            "surname": "Mark",
            "reply_by": "post",
            "postal_address": "Str. Horea 12, Deva",
            "consent": True,
        },
        applicant=Applicant("Bench", "Mark", "1800101200017", source="typed"),
        locale="ro",
    )


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


async def interactive(
    portal: EmbeddedPortal, data_dir: Path, count: int, time_limit_s: float
) -> dict[str, float]:
    outbox = Outbox(data_dir, OUTBOX_KEY)
    async with PortalClient(
        PortalSettings(url=portal.url, timeout_s=30), _Token(portal.token)
    ) as c:
        sender = SubmissionSender(c, outbox)
        await sender.submit(petition(-1))  # warm-up: first connection, server caches
        latencies: list[float] = []
        started = time.perf_counter()
        for n in range(count):
            t0 = time.perf_counter()
            outcome = await sender.submit(petition(n))
            latencies.append(time.perf_counter() - t0)
            if not isinstance(outcome, SubmissionConfirmed):
                raise SystemExit(f"submission {n} was not confirmed: {outcome}")
            if time.perf_counter() - started > time_limit_s:
                break
        elapsed = time.perf_counter() - started
        await sender.stop()
    outbox.close()
    return {
        "submissions": len(latencies),
        "per_second": len(latencies) / elapsed,
        "p50_ms": statistics.median(latencies) * 1000,
        "p95_ms": percentile(latencies, 0.95) * 1000,
    }


async def backlog(
    portal: EmbeddedPortal, data_dir: Path, count: int, parallel: int, time_limit_s: float
) -> dict[str, float]:
    outbox = Outbox(data_dir, OUTBOX_KEY)
    started = time.perf_counter()
    for n in range(count):
        reference = new_client_reference()
        outbox.enqueue(
            reference, "ro-petition", petition(n).to_body(reference), new_idempotency_key()
        )
    enqueue_s = time.perf_counter() - started
    async with PortalClient(
        PortalSettings(url=portal.url, timeout_s=30), _Token(portal.token)
    ) as c:
        sender = SubmissionSender(c, outbox, parallel=parallel)
        started = time.perf_counter()
        while outbox.counts()[OutboxState.QUEUED]:
            await sender.flush()
            if time.perf_counter() - started > time_limit_s:
                break
        flush_s = time.perf_counter() - started
        await sender.stop()
    counts = outbox.counts()
    outbox.close()
    delivered = counts[OutboxState.DELIVERED]
    return {
        "queued": count,
        "enqueue_s": enqueue_s,
        "delivered": delivered,
        "flush_s": flush_s,
        "flush_per_second": delivered / flush_s if flush_s else 0.0,
        "parallel": parallel,
        "complete": delivered == count,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--submissions", type=int, default=300)
    parser.add_argument("--backlog", type=int, default=10_000)
    parser.add_argument("--parallel", type=int, default=4)
    parser.add_argument("--time-limit", type=float, default=300.0, help="seconds per phase")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-portal-") as tmp:
        portal = EmbeddedPortal.start(
            workdir=Path(tmp) / "portal", extra_serve_args=("--rate-limit", "0")
        )
        try:
            one = asyncio.run(
                interactive(portal, Path(tmp) / "kiosk-a", args.submissions, args.time_limit)
            )
            many = asyncio.run(
                backlog(portal, Path(tmp) / "kiosk-b", args.backlog, args.parallel, args.time_limit)
            )
        finally:
            portal.stop()
    print("portal client benchmark (reference portal on loopback, SQLite, no rate limit)")
    print(
        f"  submit(), one at a time: {one['submissions']:.0f} submissions,"
        f" {one['per_second']:.1f}/s, p50 {one['p50_ms']:.1f} ms, p95 {one['p95_ms']:.1f} ms"
    )
    state = "" if many["complete"] else f" (stopped at the time limit: {many['delivered']:.0f})"
    print(
        f"  backlog of {many['queued']:.0f}: queued in {many['enqueue_s']:.1f} s,"
        f" flushed in {many['flush_s']:.1f} s ({many['flush_per_second']:.1f}/s,"
        f" {many['parallel']:.0f} in parallel){state}"
    )
    print(json.dumps({"interactive": one, "backlog": many}))
    return 0 if many["complete"] else 1


if __name__ == "__main__":
    sys.exit(main())
