"""The real kiosk process as systemd runs it: READY=1 once the window is on screen,
WATCHDOG=1 pings while it runs, and its metrics on 127.0.0.1 at the configured port."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import httpx

from kiosk.admin.toml_writer import dumps_toml
from kiosk.config import DEMO_PATH
from tests.kiosk.appliance.notify_listener import notify_socket

ROOT = Path(__file__).resolve().parents[3]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def appliance_config(tmp_path: Path, port: int) -> Path:
    data = tomllib.loads(DEMO_PATH.read_text(encoding="utf-8"))
    data["paths"] = {"data_dir": str(tmp_path / "data")}
    data["admin"]["pin_file"] = str(ROOT / "resources" / "demo" / "admin-pin")
    data["camera"] = {"source": "none"}
    data["appliance"] = {"metrics_port": port, "nightly_restart": "03:30"}
    path = tmp_path / "kiosk.toml"
    path.write_text(dumps_toml(data), encoding="utf-8")
    return path


def logged_events(path: Path) -> list[str]:
    events = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            events.append(json.loads(line).get("event") or json.loads(line).get("message", ""))
        except ValueError:
            continue
    return events


def test_the_kiosk_notifies_systemd_and_serves_metrics(tmp_path: Path) -> None:
    port = free_port()
    config = appliance_config(tmp_path, port)
    log = tmp_path / "kiosk.log"
    with notify_socket(tmp_path) as listener, log.open("w") as stderr:
        env = os.environ | {
            "NOTIFY_SOCKET": listener.name,
            "WATCHDOG_USEC": "1500000",  # WatchdogSec=1.5: a ping every 0.5 s
            "QT_QPA_PLATFORM": "offscreen",
            "HOME": str(tmp_path),
        }
        started = time.monotonic()
        kiosk = subprocess.Popen(
            [sys.executable, "-m", "kiosk", "--config", str(config), "--fullscreen"],
            cwd=ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )
        try:
            ready_at = listener.wait_for("READY=1", timeout=90)
            assert "first_frame" in logged_events(log), "READY=1 only once the window is shown"
            first_ping = listener.wait_for("WATCHDOG=1", timeout=10)
            assert first_ping >= started
            time.sleep(1.6)
            pings = [t for t in listener.times_of("WATCHDOG=1") if t > ready_at]
            assert len(pings) >= 2, "pings keep coming from the running event loop"

            text = httpx.get(f"http://127.0.0.1:{port}/metrics", timeout=5).text
            assert 'kiosk_build_info{kiosk_id="' in text
            assert "kiosk_uptime_seconds" in text
            camera = 'kiosk_device_state{device="camera",kiosk_device_state="not_configured"} 1.0'
            assert camera in text
            assert "nightly_restart_planned" in logged_events(log)
        finally:
            kiosk.send_signal(signal.SIGTERM)
            kiosk.wait(timeout=30)
