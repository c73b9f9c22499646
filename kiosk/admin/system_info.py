"""Version, uptime and free disk space for the admin home page."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from kiosk import __version__


@dataclass(frozen=True, slots=True)
class SystemInfo:
    version: str
    uptime_s: int
    disk_free_bytes: int | None
    disk_total_bytes: int | None

    @property
    def disk_low(self) -> bool:
        """Less than 5 % or 500 MB free: logs and the outbox may soon fail to write."""
        if self.disk_free_bytes is None or not self.disk_total_bytes:
            return False
        return (
            self.disk_free_bytes < 500 * 1024**2
            or self.disk_free_bytes / self.disk_total_bytes < 0.05
        )


def system_info(data_dir: Path, uptime_s: float) -> SystemInfo:
    probe = data_dir
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    free: int | None
    total: int | None
    try:
        usage = shutil.disk_usage(probe)
        free, total = usage.free, usage.total
    except OSError:
        free = total = None
    return SystemInfo(__version__, int(uptime_s), free, total)
