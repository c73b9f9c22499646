"""The kiosk's Debian package in a throwaway Debian 12 root (`make test-deb`).

The root comes from debootstrap (cached as build/deb-test/bookworm-root.tar by
packaging/deb/make-test-root.sh). In it, as a technician would:

1. `apt-get install ./kiosk_*.deb`: every Depends is resolved from Debian's archive;
2. the kiosk user, its groups and directories, the keyring password, the enabled unit,
   and `systemd-analyze verify` of the unit as installed;
3. the installed session for real: kiosk-session as the kiosk user, cage on its headless
   backend (no display here), the private D-Bus with gnome-keyring unlocked by the
   credential, the kiosk from /opt/kiosk — READY=1 once its window is on screen, and
   WATCHDOG=1 from its event loop, to a NOTIFY_SOCKET this test listens on;
4. the maintainer scripts run again (idempotent), then `dpkg --remove` (configuration,
   user and data stay) and `dpkg --purge` (nothing of the kiosk stays).

Not exercised here: systemd as PID 1 starting the unit (logind session, TTYPath, the
sandbox), a real display and touch screen, real udev events.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.kiosk.appliance.notify_listener import notify_socket

REPO = Path(__file__).resolve().parents[2]
TEST_ROOT_TAR = REPO / "build" / "deb-test" / "bookworm-root.tar"
DEB = Path(os.environ.get("KIOSK_DEB", "/nonexistent"))

pytestmark = [
    pytest.mark.skipif(not DEB.is_file(), reason="run `make test-deb` (builds the package)"),
    pytest.mark.skipif(os.geteuid() != 0, reason="chroot needs root"),
    pytest.mark.timeout(1500),
]


def sh(root: Path, command: str, *, check: bool = True, timeout: float = 900) -> str:
    """Run a shell command inside the root, as root; returns stdout (and stderr)."""
    result = subprocess.run(
        ["chroot", str(root), "/bin/sh", "-c", command],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={
            "PATH": "/usr/sbin:/usr/bin:/sbin:/bin",
            "LANG": "C.UTF-8",
            "DEBIAN_FRONTEND": "noninteractive",
        },
        check=False,
    )
    output = result.stdout + result.stderr
    if check:
        assert result.returncode == 0, f"{command}:\n{output[-3000:]}"
    return output


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    assert TEST_ROOT_TAR.is_file(), "packaging/deb/make-test-root.sh makes it (make test-deb)"
    root = tmp_path_factory.mktemp("debian") / "root"
    root.mkdir()
    subprocess.run(["tar", "-C", str(root), "-xf", str(TEST_ROOT_TAR)], check=True)
    shutil.copy2("/etc/resolv.conf", root / "etc" / "resolv.conf")
    mounted: list[Path] = []
    try:
        subprocess.run(["mount", "-t", "proc", "proc", str(root / "proc")], check=True)
        mounted.append(root / "proc")
        subprocess.run(["mount", "--bind", "/dev", str(root / "dev")], check=True)
        mounted.append(root / "dev")
        yield root
    finally:
        for point in reversed(mounted):
            subprocess.run(["umount", "--lazy", str(point)], check=False)
        # Never delete through a mount that is still there (it is the host's /dev).
        if not any(os.path.ismount(point) for point in mounted):
            shutil.rmtree(root.parent, ignore_errors=True)


def installed_status(root: Path) -> str:
    return sh(root, "dpkg-query -W -f='${Status}' kiosk 2>/dev/null || true", check=False)


def test_install_use_remove_and_purge(root: Path) -> None:
    # 1. Install as a technician would, dependencies from Debian's archive.
    shutil.copy2(DEB, root / "tmp" / DEB.name)
    started = time.monotonic()
    install = f"apt-get install -y -qq --no-install-recommends /tmp/{DEB.name}"
    sh(root, f"apt-get update -qq && {install}")
    print(f"apt-get install ./{DEB.name}: {time.monotonic() - started:.0f} s")
    assert installed_status(root) == "install ok installed"

    # 2. What the package set up.
    passwd = sh(root, "getent passwd kiosk").strip().split(":")
    assert passwd[5] == "/var/lib/kiosk" and passwd[6] == "/usr/sbin/nologin"
    assert int(passwd[2]) < 1000, "a system user"
    groups = sh(root, "id -nG kiosk").split()
    assert {"video", "lp", "scard", "render", "input"} <= set(groups), groups
    assert sh(root, "stat -c '%U %a' /var/lib/kiosk").strip() == "kiosk 700"
    assert sh(root, "stat -c '%U %a %s' /etc/kiosk/keyring-password").startswith("root 600 ")
    assert sh(root, "cat /var/lib/dpkg/info/kiosk.conffiles").split() == [
        "/etc/kiosk/kiosk.toml",
        "/etc/pam.d/kiosk",
    ]
    enabled = subprocess.run(
        ["systemctl", f"--root={root}", "is-enabled", "kiosk.service"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert enabled.stdout.strip() == "enabled"
    verify = subprocess.run(
        ["systemd-analyze", "verify", f"--root={root}", "kiosk.service"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert verify.returncode == 0 and verify.stdout + verify.stderr == "", verify.stderr
    assert sh(root, "test -x /usr/bin/cage && test -x /usr/bin/Xwayland && echo ok").strip() == "ok"
    # Generic ESC/POS printers: the PPDs, checked with their filter in CUPS's filter folder.
    assert "FAIL" not in sh(root, "cupstestppd -W none /usr/share/ppd/kiosk/*.ppd")

    # 3. The installed session, for real (cage headless: there is no display here).
    run_the_session(root)

    # 4. Maintainer scripts again (as on a reinstall), then remove, then purge.
    keyring_password = (root / "etc/kiosk/keyring-password").read_text()
    sh(root, "/var/lib/dpkg/info/kiosk.postinst configure 0.1.0-1")
    assert (root / "etc/kiosk/keyring-password").read_text() == keyring_password, "kept"
    assert sh(root, "getent passwd kiosk | wc -l").strip() == "1"

    sh(root, "dpkg --remove kiosk")
    assert installed_status(root) == "deinstall ok config-files"
    assert not (root / "opt" / "kiosk").exists()
    assert not (root / "lib/systemd/system/kiosk.service").exists()
    assert (root / "etc/kiosk/kiosk.toml").exists(), "configuration kept on remove"
    assert (root / "var/lib/kiosk/.local/share/keyrings").is_dir(), "data kept on remove"
    assert sh(root, "getent passwd kiosk", check=False).startswith("kiosk:")

    sh(root, "dpkg --purge kiosk")
    assert installed_status(root) == ""
    assert sh(root, "getent passwd kiosk; getent group kiosk", check=False).strip() == ""
    leftovers = sh(
        root,
        "find / -xdev \\( -path /proc -o -path /tmp -o -path /var/log -o -path /var/lib/dpkg"
        " -o -path /var/cache/apt -o -path /var/lib/apt \\) -prune -o -name '*kiosk*' -print",
    ).split()
    assert leftovers == [], leftovers


def stop_session(session: subprocess.Popen[bytes]) -> None:
    """SIGTERM to the whole session, a moment to go, then SIGKILL to whatever is left."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(session.pid, signal.SIGTERM)
    with contextlib.suppress(subprocess.TimeoutExpired):
        session.wait(timeout=20)
    time.sleep(2)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(session.pid, signal.SIGKILL)
    session.wait()


def run_the_session(root: Path) -> None:
    creds = root / "tmp" / "creds"
    creds.mkdir()
    shutil.copy2(root / "etc/kiosk/keyring-password", creds / "keyring-password")
    runtime = root / "run" / "kiosk"
    runtime.mkdir(parents=True, exist_ok=True)
    sh(root, "chown -R kiosk:kiosk /tmp/creds /run/kiosk && chmod 700 /run/kiosk /tmp/creds")
    with notify_socket(root / "tmp") as listener:
        os.chmod(listener.name, 0o777)
        environment = {
            "PATH": "/usr/bin:/bin",
            "HOME": "/var/lib/kiosk",
            "LANG": "C.UTF-8",
            # What systemd hands the service (kiosk.service):
            "RUNTIME_DIRECTORY": "/run/kiosk",
            "CREDENTIALS_DIRECTORY": "/tmp/creds",
            "NOTIFY_SOCKET": "/tmp/" + Path(listener.name).name,
            "WATCHDOG_USEC": "3000000",
            # No display or input devices here: cage's headless backend, software rendering.
            "WLR_BACKENDS": "headless",
            "WLR_LIBINPUT_NO_DEVICES": "1",
            "WLR_RENDERER": "pixman",
        }
        log = root / "tmp" / "session.log"
        with log.open("w") as output_file:
            session = subprocess.Popen(
                [
                    "chroot",
                    "--userspec=kiosk:kiosk",
                    str(root),
                    "/usr/bin/env",
                    "-i",
                    *(f"{k}={v}" for k, v in environment.items()),
                    "/opt/kiosk/bin/kiosk-session",
                ],
                stdin=subprocess.DEVNULL,
                stdout=output_file,
                stderr=subprocess.STDOUT,
                # Its own process group: stopping it stops everything in the session, as
                # systemd's KillMode=control-group does (cage alone would leave its client).
                start_new_session=True,
            )
            try:
                listener.wait_for("READY=1", timeout=240)
                time.sleep(3.5)
            finally:
                stopped_at = time.time()
                stop_session(session)
        output = log.read_text(errors="replace")
        messages = [text for _, text in listener.received()]
    shutil.rmtree(runtime)  # as systemd does with RuntimeDirectory= when the unit stops
    shutil.rmtree(creds)
    ready = [m for m in messages if "READY=1" in m.splitlines()]
    assert ready == ["READY=1\nSTATUS=Kiosk on screen"], (
        "one READY=1, from the kiosk (not from the session's D-Bus daemon)",
        messages,
        output[-3000:],
    )
    assert messages.count("WATCHDOG=1") >= 3, "pings from the kiosk's event loop"
    assert '"event": "first_frame"' in output
    assert '"event": "secret_store_unavailable"' not in output
    # Qt's warnings while it ran (stopping it breaks its X11 connection: that one is fine).
    logged = [json.loads(line) for line in output.splitlines() if line.startswith('{"ts"')]
    qt_warnings = [
        entry["text"]
        for entry in logged
        if entry["event"] == "qt_message" and entry["level"] != "info" and entry["ts"] < stopped_at
    ]
    assert qt_warnings == [], "e.g. the on-screen keyboard refused on Qt's wayland platform"
    assert (root / "var/lib/kiosk/.local/share/keyrings").is_dir(), "the keyring was created"
