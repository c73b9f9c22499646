"""`python -m kiosk.admin set-pin`: set the technician PIN (read twice from the terminal or stdin).

Only the scrypt hash is written, to `[admin] pin_file` of the configuration
(default `<data_dir>/admin-pin`) or to `--pin-file`. The PIN is never echoed.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from kiosk.admin.pin import AdminPin, PinFile, pin_problem
from kiosk.config import DEFAULT_PATH, DEMO_PATH, ConfigError, load_config


def _read_pin(prompt: str) -> str:
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    line = sys.stdin.readline()
    return line.rstrip("\r\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kiosk.admin")
    commands = parser.add_subparsers(dest="command", required=True)
    set_pin = commands.add_parser("set-pin", help="set the technician PIN of the admin screen")
    set_pin.add_argument("--config", type=Path, help=f"configuration (default {DEFAULT_PATH})")
    set_pin.add_argument("--demo", action="store_true", help="the demo configuration")
    set_pin.add_argument("--pin-file", type=Path, help="write the hash here instead")
    args = parser.parse_args(argv)

    target = args.pin_file
    if target is None:
        try:
            config = load_config(args.config or (DEMO_PATH if args.demo else DEFAULT_PATH))
        except ConfigError as error:
            print(error.explain(), file=sys.stderr)
            return 2
        target = config.admin_pin_file
    first = _read_pin("New admin PIN (4 to 12 digits): ")
    problem = pin_problem(first)
    if problem:
        print(f"Not set: {problem}.", file=sys.stderr)
        return 1
    if _read_pin("The same PIN again: ") != first:
        print("Not set: the two PINs are different.", file=sys.stderr)
        return 1
    PinFile(target).save(AdminPin(first))
    del first
    print(f"The admin PIN is set (its hash is in {target}).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
