"""Reading an appointment number and access code the way people type them from a slip."""

from __future__ import annotations

import re

_HEX32 = re.compile(r"[0-9a-f]{32}")


def normalise_number(typed: str) -> str:
    """The portal's appointment number from what was typed.

    Spaces are dropped and letters lowered; 32 hexadecimal digits typed without the
    dashes get them back (8-4-4-4-12), so people need not find "-" on the keyboard.
    """
    compact = "".join(typed.split()).lower()
    plain = compact.replace("-", "")
    if _HEX32.fullmatch(plain):
        return "-".join((plain[:8], plain[8:12], plain[12:16], plain[16:20], plain[20:]))
    return compact


def normalise_code(typed: str) -> str:
    """Access codes are printed in capitals; spaces and dashes are only for reading."""
    return "".join(ch for ch in typed.upper() if ch.isalnum())
