"""``python -m device.emrtd read --mrz "<lines>" | --can NNNNNN [--reader NAME]``.

Reads the chip on a PC/SC reader and prints the data groups read and the passive
authentication outcome as JSON. The face image is described (format, size), not
printed. Exit status 0 when read and verified or hashes-only, 1 when passive
authentication failed, 2 when the chip could not be read.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from device.emrtd.access_key import AccessKey, AccessKeyError, CanKey, MrzKey
from device.emrtd.errors import ChipError
from device.emrtd.passive_auth import Outcome, load_master_list
from device.emrtd.reader import ChipDocument, read_document


def mrz_lines_from(text: str) -> list[str]:
    parts = text.replace("|", " ").split()
    if len(parts) == 1 and len(parts[0]) in (72, 88, 90):
        width = {72: 36, 88: 44, 90: 30}[len(parts[0])]
        return [parts[0][i : i + width] for i in range(0, len(parts[0]), width)]
    return parts


def describe(document: ChipDocument, reader: str) -> dict[str, Any]:
    groups: dict[str, Any] = {"DG1": {"mrz": list(document.mrz_lines)}}
    if document.face is not None:
        from device.emrtd.lds import decode_face

        pixels = decode_face(document.face)
        height, width = pixels.shape[:2]  # type: ignore[attr-defined]
        groups["DG2"] = {
            "format": document.face.format,
            "bytes": len(document.face.data),
            "width": int(width),
            "height": int(height),
        }
    if document.details:
        groups["DG11"] = dict(document.details)
    return {
        "reader": reader,
        "access": document.access,
        "data_groups": groups,
        "authentication": {
            "outcome": document.verdict.outcome.value,
            "reason": document.verdict.reason,
            "signer": document.verdict.signer,
        },
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m device.emrtd")
    commands = parser.add_subparsers(dest="command", required=True)
    read = commands.add_parser("read", help="read the chip on a PC/SC reader")
    keys = read.add_mutually_exclusive_group(required=True)
    keys.add_argument("--mrz", help="the MRZ lines (separated by newlines, spaces or |)")
    keys.add_argument("--can", help="the 6-digit card access number")
    read.add_argument("--reader", help="reader name (or its start); default: the first")
    read.add_argument(
        "--master-list", type=Path, help="CSCA certificates: a directory or a master list file"
    )
    args = parser.parse_args(argv)

    from device.smartcard.pcsc import CardConnection, pick_reader

    try:
        key: AccessKey = (
            CanKey(args.can)
            if args.can is not None
            else MrzKey.from_lines(mrz_lines_from(args.mrz))
        )
    except AccessKeyError as error:
        print(json.dumps({"error": "bad_key", "message": str(error)}))
        return 2
    try:
        reader = pick_reader(args.reader)
        with CardConnection(reader) as card:
            document = read_document(
                card.transmit, key, master_list=load_master_list(args.master_list)
            )
    except ChipError as error:
        print(json.dumps({"error": error.failure.value, "message": error.detail}))
        return 2
    print(json.dumps(describe(document, reader), ensure_ascii=False, indent=2))
    return 1 if document.verdict.outcome is Outcome.FAILED else 0


if __name__ == "__main__":
    sys.exit(main())
