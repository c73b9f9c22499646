"""A throwaway PostgreSQL cluster for the test session (Debian's postgresql package).

As root the cluster runs as the `postgres` system user (initdb refuses root). It listens on
127.0.0.1 on a free port and on a socket in its own temporary directory, with durability
switched off for speed, and is stopped with `pg_ctl stop -m immediate` at the end.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

PG_ROOT = Path("/usr/lib/postgresql")


def postgres_bin() -> Path:
    found = sorted(PG_ROOT.glob("*/bin/initdb"), key=lambda p: int(p.parts[-3]))
    if not found:
        pytest.fail(
            "PostgreSQL server binaries not found under /usr/lib/postgresql; "
            "install the Debian package `postgresql` (packaging/apt-test.txt, `make test-deps`)."
        )
    return found[-1].parent


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _as_cluster_owner(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        pytest.fail(
            "running as root needs the `postgres` system user (from the postgresql package)"
        )
    return ["runuser", "-u", "postgres", "--", *command]


@contextmanager
def postgres_cluster() -> Iterator[str]:
    """Yield a SQLAlchemy URL of a fresh cluster's `postgres` database."""
    bin_dir = postgres_bin()
    workdir = Path(tempfile.mkdtemp(prefix="portal-pg-"))
    data_dir = workdir / "data"
    if os.geteuid() == 0:
        owner = pwd.getpwnam("postgres")
        os.chown(workdir, owner.pw_uid, owner.pw_gid)
    port = _free_port()
    log = workdir / "server.log"

    def run(*command: str) -> None:
        result = subprocess.run(
            _as_cluster_owner([str(c) for c in command]),
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        if result.returncode != 0:
            details = log.read_text() if log.exists() else ""
            raise RuntimeError(f"{command[0]} failed: {result.stderr}\n{details}")

    run(
        bin_dir / "initdb",
        "-D",
        data_dir,
        "-U",
        "postgres",
        "--auth=trust",
        "-E",
        "UTF8",
        "--locale=C",
    )
    options = (
        f"-h 127.0.0.1 -p {port} -k {workdir} -c fsync=off -c synchronous_commit=off "
        "-c full_page_writes=off -c max_connections=200"
    )
    run(bin_dir / "pg_ctl", "start", "-w", "-t", "60", "-D", data_dir, "-l", log, "-o", options)
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
    finally:
        run(bin_dir / "pg_ctl", "stop", "-m", "immediate", "-w", "-D", data_dir)
        shutil.rmtree(workdir, ignore_errors=True)
