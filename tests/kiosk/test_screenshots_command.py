"""`make screenshots` (python -m kiosk --demo --screenshots DIR) ends with status 0.

Run as the command runs, in its own process, against the embedded portal: a worker
thread left running at exit made Qt abort the process (status 134) after every PNG was
already written, which failed the make target.
"""

import subprocess
import sys
from pathlib import Path

# The command as `make screenshots` runs it, limited to one screen to keep the test short.
ONE_SCREEN = """
import sys
import kiosk.screenshots as screenshots
for name in list(screenshots.SCREENS):
    if name != "attract":
        del screenshots.SCREENS[name]
from kiosk.cli import main
sys.exit(main(["--demo", "--screenshots", sys.argv[1]]))
"""


def test_screenshots_command_exits_cleanly(tmp_path: Path) -> None:
    out = tmp_path / "shots"
    done = subprocess.run(
        [sys.executable, "-c", ONE_SCREEN, str(out)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Destroyed while thread" not in done.stderr
    pngs = sorted(out.rglob("attract.png"))
    assert len(pngs) >= 6 * 3  # every language in every display variant
