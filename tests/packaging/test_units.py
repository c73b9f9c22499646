"""The systemd unit, PAM file, udev rules and scripts, checked with the real tools.

`systemd-analyze verify` and `systemd-analyze security --offline` read unit files without
systemd running as PID 1: they are pointed at a throwaway root holding the kiosk's unit,
its ExecStart script and this machine's own systemd units (for the targets it names).
What they cannot show — that cage really gets the display on a kiosk's tty1 — needs the
hardware (see README, "Installing on a kiosk").
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
APPLIANCE = REPO / "packaging" / "appliance"
SYSTEM_UNITS = Path("/lib/systemd/system")

pytestmark = pytest.mark.skipif(
    shutil.which("systemd-analyze") is None or not SYSTEM_UNITS.is_dir(),
    reason="systemd-analyze is missing (apt-get install systemd)",
)


def unit_root(tmp_path: Path, unit_text: str | None = None) -> Path:
    root = tmp_path / "root"
    units = root / "lib" / "systemd" / "system"
    shutil.copytree(SYSTEM_UNITS, units, symlinks=True)
    text = unit_text if unit_text is not None else (APPLIANCE / "kiosk.service").read_text()
    (units / "kiosk.service").write_text(text)
    session = root / "opt" / "kiosk" / "bin" / "kiosk-session"
    session.parent.mkdir(parents=True)
    shutil.copy2(APPLIANCE / "kiosk-session", session)
    return root


def verify(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["systemd-analyze", "verify", f"--root={root}", "kiosk.service"],
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_the_unit_passes_systemd_analyze_verify(tmp_path: Path) -> None:
    result = verify(unit_root(tmp_path))
    assert result.returncode == 0, result.stderr
    assert result.stdout + result.stderr == "", "no warning either"


def test_verify_would_catch_a_mistake(tmp_path: Path) -> None:
    # verify exits 0 on unknown keys and bad values, only warning: the test above must
    # therefore require silence, and this shows those warnings do come.
    broken = (APPLIANCE / "kiosk.service").read_text().replace("WatchdogSec=30", "WatchdogSek=30")
    result = verify(unit_root(tmp_path, broken))
    assert "Unknown key 'WatchdogSek'" in result.stderr
    no_script = unit_root(tmp_path / "other")
    (no_script / "opt" / "kiosk" / "bin" / "kiosk-session").unlink()
    assert "is not executable" in verify(no_script).stderr


def test_the_sandbox_as_systemd_sees_it(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            "systemd-analyze",
            "security",
            "--offline=yes",
            f"--root={unit_root(tmp_path)}",
            "kiosk.service",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    output = result.stdout + result.stderr
    exposure = re.search(r"Overall exposure level for kiosk\.service: ([0-9.]+)", output)
    assert exposure is not None, output
    print(f"systemd-analyze security exposure: {exposure.group(1)}")
    assert float(exposure.group(1)) <= 3.0
    for applied in (
        "✓ NoNewPrivileges=",
        "✓ ProtectSystem=",
        "✓ ProtectHome=",
        "✓ PrivateTmp=",
        "✓ User=/DynamicUser=",
        "✓ CapabilityBoundingSet=~CAP_SYS_ADMIN",
    ):
        assert applied in output, applied


def test_watchdog_restart_and_notify_settings() -> None:
    unit = (APPLIANCE / "kiosk.service").read_text()
    settings = dict(
        line.split("=", 1) for line in unit.splitlines() if "=" in line and line[0].isalpha()
    )
    assert settings["Type"] == "notify" and settings["NotifyAccess"] == "all"
    assert settings["Restart"] == "always" and int(settings["WatchdogSec"]) > 0
    assert settings["ReadWritePaths"] == "/var/lib/kiosk"
    assert settings["ProtectSystem"] == "strict" and settings["User"] == "kiosk"


def test_udev_rules_are_group_based_never_world_accessible() -> None:
    rules = [
        line
        for line in (APPLIANCE / "70-kiosk-devices.rules").read_text().splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]
    assert any('SUBSYSTEM=="video4linux"' in rule for rule in rules), "cameras"
    assert any(":0b????:" in rule for rule in rules), "CCID smart-card readers"
    for rule in rules:
        mode = re.search(r'MODE="(0?[0-7]{3})"', rule)
        assert mode is not None and mode.group(1)[-1] == "0", f"world bits in: {rule}"
        assert 'GROUP="' in rule, f"no group in: {rule}"


def test_pam_modules_exist_on_debian() -> None:
    security = [p for p in Path("/lib").glob("*/security") if p.is_dir()]
    security += [Path("/lib/security")] if Path("/lib/security").is_dir() else []
    assert security, "no PAM module directory"
    for line in (APPLIANCE / "kiosk.pam").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            module = line.split()[2]
            assert any((d / module).exists() for d in security), module


@pytest.mark.parametrize(
    "script",
    [
        "packaging/appliance/kiosk-session",
        "packaging/appliance/kiosk-app",
        "packaging/appliance/kiosk-admin",
        "packaging/setup-receipt-printer.sh",
        "packaging/deb/postinst",
        "packaging/deb/prerm",
        "packaging/deb/postrm",
    ],
)
def test_shell_scripts_parse_with_posix_sh(script: str) -> None:
    path = REPO / script
    assert path.stat().st_mode & 0o111, "executable"
    result = subprocess.run(["sh", "-n", str(path)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


def test_the_session_keeps_notify_socket_for_the_kiosk_alone() -> None:
    session = (APPLIANCE / "kiosk-session").read_text()
    app = (APPLIANCE / "kiosk-app").read_text()
    # cage without -s: no terminal switching; XKB srvrkeys:none removes the keys too.
    cage = next(line for line in session.splitlines() if line.startswith("exec /usr/bin/cage"))
    assert " -s" not in cage
    assert "XKB_DEFAULT_OPTIONS=srvrkeys:none" in session
    assert "unset NOTIFY_SOCKET" in session and 'NOTIFY_SOCKET="$KIOSK_NOTIFY_SOCKET"' in app
