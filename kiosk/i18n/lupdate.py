"""`make lupdate`: collect every translatable string from QML and Python into the .ts files.

Existing translations are kept; strings no longer in the sources are dropped so
translators never work on dead text. Run it after changing any user-visible text.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from kiosk.i18n.catalogues import ROOT, TS_DIR
from kiosk.i18n.languages import LANGUAGE_CODES

SOURCE_DIRS = ("kiosk", "device", "resources/qml")


def source_files(root: Path = ROOT) -> list[Path]:
    files: list[Path] = []
    for folder in SOURCE_DIRS:
        base = root / folder
        files += sorted(base.rglob("*.py")) + sorted(base.rglob("*.qml"))
    return [f for f in files if "__pycache__" not in f.parts]


def run_lupdate(ts_files: list[Path], root: Path = ROOT) -> None:
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    command = [
        str(tool),
        *[str(f.relative_to(root)) for f in source_files(root)],
        "-no-obsolete",
        "-locations",
        "none",
        "-source-language",
        "en",
        "-ts",
        *[str(t) for t in ts_files],
    ]
    subprocess.run(command, check=True, cwd=root, capture_output=True)


def main() -> int:
    TS_DIR.mkdir(exist_ok=True)
    run_lupdate([TS_DIR / f"kiosk_{code}.ts" for code in LANGUAGE_CODES])
    print(f"updated {len(LANGUAGE_CODES)} catalogues in {TS_DIR}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
