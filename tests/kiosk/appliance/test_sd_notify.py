"""sd_notify without libsystemd: the datagrams systemd would receive."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.appliance.sd_notify import SystemdNotifier, socket_address
from tests.kiosk.appliance.notify_listener import notify_socket


def test_ready_and_status_reach_a_path_socket(tmp_path: Path) -> None:
    with notify_socket(tmp_path) as listener:
        notifier = SystemdNotifier.from_environment({"NOTIFY_SOCKET": listener.name})
        assert notifier.ready("Kiosk on screen")
        listener.wait_for("READY=1")
        assert listener.received()[0][1] == "READY=1\nSTATUS=Kiosk on screen"
        notifier.close()


def test_abstract_namespace_socket() -> None:
    with notify_socket() as listener:
        assert listener.name.startswith("@")
        notifier = SystemdNotifier.from_environment(
            {"NOTIFY_SOCKET": listener.name, "WATCHDOG_USEC": "30000000"}
        )
        assert notifier.watchdog()
        listener.wait_for("WATCHDOG=1")
        # A third of systemd's period, so a single late ping does not trigger a restart.
        assert notifier.watchdog_interval_ms == 10_000
        notifier.close()


def test_outside_systemd_nothing_is_sent_and_nothing_fails() -> None:
    notifier = SystemdNotifier.from_environment({})
    assert not notifier.enabled
    assert not notifier.ready()
    assert notifier.watchdog_interval_ms is None


def test_no_watchdog_interval_without_watchdog_usec(tmp_path: Path) -> None:
    with notify_socket(tmp_path) as listener:
        notifier = SystemdNotifier.from_environment({"NOTIFY_SOCKET": listener.name})
        assert notifier.enabled and notifier.watchdog_interval_ms is None
        notifier.close()


def test_a_vanished_socket_does_not_raise(tmp_path: Path) -> None:
    notifier = SystemdNotifier(str(tmp_path / "gone.sock"))
    assert not notifier.ready()
    assert not notifier.watchdog()
    notifier.close()


def test_unsupported_socket_kinds_are_refused() -> None:
    with pytest.raises(ValueError):
        socket_address("vsock:2:1234")
    assert not SystemdNotifier.from_environment({"NOTIFY_SOCKET": "relative.sock"}).enabled
