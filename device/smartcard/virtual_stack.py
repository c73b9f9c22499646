"""A private pcscd with the vpcd virtual reader driver, for tests, benchmarks and the demo.

pcscd always puts its socket in /run/pcscd. Where the process may create a mount
namespace (root, as in CI), that directory is replaced by a private one for this pcscd
only, so it never meets the system's pcscd; the client library is pointed at it
through PCSCLITE_CSOCK_NAME (read once per process, so one directory per process).
vpcd itself listens on a TCP port per slot (two slots: two readers); the card
emulator connects to it (see :mod:`device.emrtd.emulator.vicc`).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

VPCD_DRIVER = Path("/usr/lib/pcsc/drivers/serial/libifdvpcd.so")
READER_NAME = "Kiosk Virtual Reader"
_PRIVATE_RUN = Path(tempfile.gettempdir()) / f"kiosk-pcscd-{os.getpid()}"


class StackUnavailable(RuntimeError):
    """pcscd or the vpcd driver is not installed, or pcscd did not come up."""


def available() -> bool:
    return shutil.which("pcscd") is not None and VPCD_DRIVER.exists()


def _free_port_pair() -> int:
    for _ in range(50):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = int(probe.getsockname()[1])
        if port >= 65534:
            continue
        with socket.socket() as second:
            try:
                second.bind(("127.0.0.1", port + 1))
            except OSError:
                continue
        return port
    raise StackUnavailable("no free port pair for vpcd")


def _can_unshare() -> bool:
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        return False
    probe = subprocess.run(
        ["unshare", "--mount", "--propagation", "private", "true"],
        capture_output=True,
        check=False,
    )
    return probe.returncode == 0


def use_private_socket() -> bool:
    """Point this process's PC/SC client at the private pcscd's socket, if one can be made.

    Call before the first PC/SC call of the process: the client library reads the
    variable once.
    """
    if not _can_unshare():
        return False
    _PRIVATE_RUN.mkdir(mode=0o755, exist_ok=True)
    os.environ["PCSCLITE_CSOCK_NAME"] = str(_PRIVATE_RUN / "pcscd.comm")
    return True


@dataclass
class VirtualStack:
    """``with VirtualStack() as stack:`` — pcscd runs with two vpcd readers until exit.

    pcscd gets SIGTERM when the thread that called :meth:`start` ends (or the process
    dies): start it from a thread that lives as long as the stack should.
    """

    port: int = 0
    workdir: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="vpcd-")))
    process: subprocess.Popen[bytes] | None = None

    @property
    def readers(self) -> list[str]:
        return [f"{READER_NAME} 00 00", f"{READER_NAME} 00 01"]

    def slot_port(self, slot: int) -> int:
        return self.port + slot

    def start(self, timeout: float = 15.0) -> VirtualStack:
        if not available():
            raise StackUnavailable("pcscd with the vpcd driver is not installed")
        self.port = self.port or _free_port_pair()
        conf = self.workdir / "reader.conf.d"
        conf.mkdir(parents=True, exist_ok=True)
        (conf / "vpcd").write_text(
            f'FRIENDLYNAME "{READER_NAME}"\n'
            f"DEVICENAME /dev/null:{self.port}\n"
            f"LIBPATH {VPCD_DRIVER}\n"
            f"CHANNELID {self.port}\n"
        )
        log = (self.workdir / "pcscd.log").open("wb")
        command = ["pcscd", "--foreground", "--config", str(conf)]
        if os.environ.get("KIOSK_PCSCD_DEBUG"):
            command.append("--debug")
        if use_private_socket():
            script = 'mkdir -p /run/pcscd && mount --bind "$0" /run/pcscd && exec "$@"'
            command = [
                "unshare", "--mount", "--propagation", "private",
                "sh", "-c", script, str(_PRIVATE_RUN), *command,
            ]  # fmt: skip
        elif Path("/run/pcscd/pcscd.comm").exists():
            raise StackUnavailable("a system pcscd is running and no private one can be made")
        if shutil.which("setpriv"):
            # pcscd ends with the thread that started it, even if this process is killed.
            command = ["setpriv", "--pdeathsig", "TERM", "--", *command]
        self.process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
        log.close()
        self._wait_ready(timeout)
        return self

    def _wait_ready(self, timeout: float) -> None:
        from smartcard.System import readers

        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process is not None and self.process.poll() is not None:
                break
            try:
                names = [str(reader) for reader in readers()]
            except Exception:
                names = []
            if all(name in names for name in self.readers):
                return
            time.sleep(0.1)
        log = (self.workdir / "pcscd.log").read_text(errors="replace")[-2000:]
        self.stop()
        raise StackUnavailable(f"pcscd did not come up with the vpcd readers:\n{log}")

    def stop(self) -> None:
        process, self.process = self.process, None
        if process is not None and process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=5)
        shutil.rmtree(self.workdir, ignore_errors=True)
        with contextlib.suppress(OSError):
            _PRIVATE_RUN.rmdir()  # empty once pcscd cleaned up; made again by start()

    def __enter__(self) -> VirtualStack:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
