"""`python -m device.printer`: the technician's view of CUPS from the kiosk's side.

python -m device.printer                 # every queue: state, troubles
python -m device.printer print QUEUE PDF # print a PDF and follow the job
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from device.printer.cups_queue import CupsQueue, PrinterError
from device.printer.job_watch import wait_for_job


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m device.printer", description=__doc__)
    parser.add_argument("--server", default="", help='"host:port" or cupsd socket path')
    sub = parser.add_subparsers(dest="command")
    printing = sub.add_parser("print", help="print a PDF and wait for the job")
    printing.add_argument("queue")
    printing.add_argument("pdf", type=Path)
    printing.add_argument("--timeout", type=float, default=60.0)
    args = parser.parse_args(argv)
    cups = CupsQueue(args.server)
    try:
        if args.command == "print":
            started = time.monotonic()
            job_id = cups.submit(args.queue, args.pdf, "kiosk test page")
            progress = wait_for_job(cups, args.queue, job_id, timeout_s=args.timeout)
            took = (time.monotonic() - started) * 1000
            trouble = progress.trouble.value if progress.trouble else "-"
            state = progress.job.state.name.lower()
            print(f"job {job_id}: {state} in {took:.0f} ms; trouble {trouble}")
            if progress.finished:
                cups.purge(job_id)
            return 0 if progress.printed else 1
        default = cups.default_queue()
        names = cups.queues()
        if not names:
            print("No print queues. Add one with lpadmin (see README: Receipts and printing).")
            return 1
        for name in names:
            status = cups.status(name)
            mark = "*" if name == default else " "
            accepting = "accepting" if status.accepting else "rejecting"
            trouble = ", ".join(t.value for t in status.troubles) or "ok"
            print(f"{mark} {name}: {status.state}, {accepting}; {trouble}")
            if status.reasons:
                print(f"    reasons: {' '.join(status.reasons)}")
        return 0
    except PrinterError as error:
        print(f"CUPS: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
