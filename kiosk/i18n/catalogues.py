"""Compiled message catalogues (.qm): where they are, and building them when stale.

`make` compiles translations/kiosk_<lang>.ts into build/translations; when the
kiosk is started some other way (an editor, a test) it compiles them itself so
a changed .ts is never silently ignored.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "translations"
QM_DIR = ROOT / "build" / "translations"


def ts_path(code: str) -> Path:
    return TS_DIR / f"kiosk_{code}.ts"


def _lrelease() -> str:
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    return str(beside) if beside.exists() else (shutil.which("pyside6-lrelease") or "")


def compiled_catalogue(code: str) -> Path | None:
    """The up-to-date .qm for `code`, compiling it if needed; None if there is no .ts."""
    source = ts_path(code)
    if not source.exists():
        return None
    target = QM_DIR / f"kiosk_{code}.qm"
    if not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
        tool = _lrelease()
        if not tool:
            return target if target.exists() else None
        QM_DIR.mkdir(parents=True, exist_ok=True)
        # Compile beside and rename: a running kiosk memory-maps the old .qm, and
        # rewriting that file in place would pull the text out from under it.
        partial = target.with_suffix(f".qm.{os.getpid()}")
        subprocess.run(
            [tool, "-silent", str(source), "-qm", str(partial)], check=True, capture_output=True
        )
        os.replace(partial, target)
    return target
