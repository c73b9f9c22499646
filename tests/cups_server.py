"""A private CUPS server for tests: its own cupsd, configuration, spool and a cups-pdf queue.

Debian's cupsd runs in the foreground from a temporary ServerRoot, listening on
its own local socket and a free loopback port, so it never meets the system's
cupsd. cups-pdf reads its configuration only from /etc/cups, by instance name
(`cups-pdf:/NAME` → /etc/cups/cups-pdf-NAME.conf): the server writes one such
file with a unique name, pointing the output at its temporary folder, and removes
it when it stops. cups-pdf's backend must run as root, so these tests need root.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from device.printer.cups_queue import CupsQueue

CUPSD = Path("/usr/sbin/cupsd")
CUPS_PDF_BACKEND = Path("/usr/lib/cups/backend/cups-pdf")
CUPS_PDF_PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_noopt.ppd")
CUPS_PDF_CONF_DIR = Path("/etc/cups")


def why_not_available() -> str | None:
    """None when a private cupsd with cups-pdf can run here, else the reason."""
    if os.geteuid() != 0:
        return "a private cupsd with cups-pdf needs root (cups-pdf's backend runs as root)"
    for path in (CUPSD, CUPS_PDF_BACKEND, CUPS_PDF_PPD):
        if not path.exists():
            return f"{path} is missing (apt-get install cups printer-driver-cups-pdf)"
    if not os.access(CUPS_PDF_CONF_DIR, os.W_OK):
        return f"{CUPS_PDF_CONF_DIR} is not writable (cups-pdf reads its configuration there)"
    return None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class CupsServer:
    """Start with :meth:`start`, stop with :meth:`stop` (both idempotent enough for fixtures)."""

    def __init__(self) -> None:
        # Short path: the local socket's path must fit in sun_path (108 bytes).
        self.root = Path(tempfile.mkdtemp(prefix="kcups-", dir="/tmp"))
        self.instance = f"kiosktest-{uuid.uuid4().hex[:8]}"
        self.out = self.root / "out"
        self.socket = self.root / "cups.sock"
        self.port = _free_port()
        self._pdf_conf = CUPS_PDF_CONF_DIR / f"cups-pdf-{self.instance}.conf"
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def server(self) -> str:
        """What CupsQueue / CUPS_SERVER take to reach this cupsd."""
        return str(self.socket)

    @property
    def device_uri(self) -> str:
        return f"cups-pdf:/{self.instance}"

    def start(self) -> CupsServer:
        conf, spool = self.root / "conf", self.root / "spool"
        for folder in (conf, conf / "ppd", spool, self.root / "cache", self.root / "state"):
            folder.mkdir(parents=True)
        (self.root / "log").mkdir()
        (spool / "tmp").mkdir()
        self.root.chmod(0o755)  # filters run as lp and read the spool
        (spool / "tmp").chmod(0o1777)
        self.out.mkdir(mode=0o700)
        (conf / "cupsd.conf").write_text(
            f"Listen 127.0.0.1:{self.port}\n"
            f"Listen {self.socket}\n"
            "LogLevel info\nWebInterface No\nBrowsing No\nDefaultAuthType None\n"
            "MaxJobs 0\nPreserveJobFiles No\n"
            "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
            "<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n"
        )
        (conf / "cups-files.conf").write_text(
            f"ServerRoot {conf}\nRequestRoot {spool}\nTempDir {spool / 'tmp'}\n"
            f"CacheDir {self.root / 'cache'}\nStateDir {self.root / 'state'}\n"
            f"ErrorLog {self.root / 'log' / 'error_log'}\n"
            f"AccessLog {self.root / 'log' / 'access_log'}\n"
            f"PageLog {self.root / 'log' / 'page_log'}\n"
            "SystemGroup root\nUser lp\nGroup lp\n"
        )
        # Label 2: every file name ends in "-job_<id>.pdf", so a test finds its own job's PDF.
        self._pdf_conf.write_text(f"Out {self.out}\nLabel 2\n")
        self._process = subprocess.Popen(
            [str(CUPSD), "-f", "-c", str(conf / "cupsd.conf"), "-s", str(conf / "cups-files.conf")],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 15
        while not self.socket.exists():
            if self._process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"cupsd did not start; see {self.root / 'log'}")
            time.sleep(0.05)
        return self

    def add_queue(self, name: str) -> None:
        """A cups-pdf queue writing into :attr:`out`, enabled and accepting jobs."""
        CupsQueue(self.server).add_pdf_queue(name, self.device_uri, CUPS_PDF_PPD)

    def delete_queue(self, name: str) -> None:
        CupsQueue(self.server).delete_queue(name)

    def set_reasons(self, queue: str, *reasons: str) -> None:
        """Make `queue` report printer-state-reasons, as a real printer's backend would."""
        test = self.root / f"reasons-{uuid.uuid4().hex[:6]}.test"
        values = ",".join(reasons) if reasons else "none"
        test.write_text(
            "{\n  OPERATION CUPS-Add-Modify-Printer\n"
            "  GROUP operation-attributes-tag\n"
            "  ATTR charset attributes-charset utf-8\n"
            "  ATTR naturalLanguage attributes-natural-language en\n"
            "  ATTR uri printer-uri $uri\n"
            "  ATTR name requesting-user-name root\n"
            "  GROUP printer-attributes-tag\n"
            f"  ATTR keyword printer-state-reasons {values}\n"
            "  STATUS successful-ok\n}\n"
        )
        subprocess.run(
            ["ipptool", "-q", f"ipp://127.0.0.1:{self.port}/printers/{queue}", str(test)],
            check=True,
        )
        test.unlink()

    def printed(self, job_id: int) -> Path | None:
        """The PDF cups-pdf wrote for `job_id`, once it is complete."""
        found = sorted(self.out.rglob(f"*-job_{job_id}.pdf"))
        return found[0] if found else None

    def spool_files(self) -> list[Path]:
        """Documents CUPS still keeps for jobs (d<job>-<doc> in its spool)."""
        return sorted((self.root / "spool").glob("d*"))

    def stop(self) -> None:
        if self._process is not None and self._process.poll() is None:
            self._process.terminate()
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
        self._process = None
        self._pdf_conf.unlink(missing_ok=True)
        shutil.rmtree(self.root, ignore_errors=True)


@pytest.fixture(scope="session")
def cups_server() -> Iterator[CupsServer]:
    """One private cupsd for the test session (skipped where it cannot run)."""
    reason = why_not_available()
    if reason is not None:
        pytest.skip(reason)
    server = CupsServer().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def pdf_queue(cups_server: CupsServer) -> Iterator[str]:
    """A fresh cups-pdf queue for one test, deleted afterwards."""
    name = f"receipts-{uuid.uuid4().hex[:6]}"
    cups_server.add_queue(name)
    try:
        yield name
    finally:
        cups_server.delete_queue(name)
