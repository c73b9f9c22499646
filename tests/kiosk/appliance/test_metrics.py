"""The fleet-health figures: what Prometheus scrapes and the heartbeat carries."""

from __future__ import annotations

import datetime as dt
import socket

import httpx

from kiosk.appliance.metrics import KioskMetrics, service_label
from kiosk.appliance.metrics_endpoint import MetricsEndpoint
from kiosk.session.outcomes import SessionOutcome

T0 = dt.datetime(2026, 11, 20, 10, 0, tzinfo=dt.UTC)


def outcome(
    started: tuple[str, ...],
    completed: tuple[str, ...],
    *,
    end_reason: str = "finish",
    practice: bool = False,
) -> SessionOutcome:
    return SessionOutcome(
        started_at=T0,
        ended_at=T0 + dt.timedelta(minutes=4),
        language="ro",
        services_started=started,
        services_completed=completed,
        assisted=False,
        practice=practice,
        end_reason=end_reason,
    )


def metrics() -> KioskMetrics:
    ticks = iter(range(0, 10_000, 100))
    return KioskMetrics(
        kiosk_id="deva-lobby-1", profile="lobby", version="0.1.0", now=lambda: next(ticks)
    )


def test_journeys_completed_and_abandoned_by_service() -> None:
    m = metrics()
    m.session_outcome(outcome(("RO-URB-CU", "RO-TAX"), ("RO-URB-CU",)))
    m.session_outcome(outcome(("RO-URB-CU",), (), end_reason="idle"))
    m.session_outcome(outcome(("RO-TAX",), ("RO-TAX",), practice=True))
    figures = m.snapshot()
    assert figures["journeys"] == {
        "RO-URB-CU": {"completed": 1, "abandoned": 1},
        "RO-TAX": {"completed": 0, "abandoned": 1},
    }, "practice journeys are not counted as service to citizens"
    assert figures["sessions_total"] == 3
    value = m.registry.get_sample_value
    assert value("kiosk_sessions_total", {"end_reason": "idle", "practice": "false"}) == 1
    assert value("kiosk_sessions_total", {"end_reason": "finish", "practice": "true"}) == 1
    assert value("kiosk_session_duration_seconds_count") == 3


def test_free_text_never_becomes_a_label() -> None:
    assert service_label("RO-URB-CU") == "RO-URB-CU"
    assert service_label("Maria Popescu") == "other"
    assert service_label("1800101221144 " * 10) == "other"
    m = metrics()
    m.session_outcome(outcome(("x y z",), (), end_reason="Ion Ionescu"))
    text = exposition(m)
    assert "x y z" not in text and "Ionescu" not in text


def test_outbox_devices_and_histograms_in_the_snapshot() -> None:
    m = metrics()
    m.set_outbox(3, 1, 125.6)
    m.set_device("printer", "error")
    m.set_device("camera", "ok")
    m.set_device("card_reader", "not a state")
    m.mrz_read.observe(1.4)
    m.event_loop_stall.observe(0.003)
    m.event_loop_stall.observe(2.0)
    m.set_session_active(True)
    figures = m.snapshot()
    assert figures["outbox_pending"] == 3 and figures["outbox_failed"] == 1
    assert figures["outbox_oldest_age_s"] == 125
    assert figures["devices"] == {"printer": "error", "camera": "ok", "card_reader": "unknown"}
    assert figures["session_active"] is True
    assert figures["mrz_read_s"]["count"] == 1 and figures["mrz_read_s"]["buckets"]["2.0"] == 1
    stalls = figures["event_loop_stall_s"]
    assert stalls["count"] == 2 and stalls["buckets"]["0.01"] == 1 and stalls["buckets"]["2.5"] == 2
    assert figures["uptime_s"] > 0


def exposition(m: KioskMetrics) -> str:
    endpoint = MetricsEndpoint.start(m.registry, 0)
    assert endpoint is not None
    try:
        return httpx.get(endpoint.url, timeout=5).text
    finally:
        endpoint.stop()


def test_the_endpoint_serves_every_figure_on_loopback_only() -> None:
    m = metrics()
    m.set_outbox(2, 0, 10)
    endpoint = MetricsEndpoint.start(m.registry, 0)
    assert endpoint is not None
    try:
        text = httpx.get(endpoint.url, timeout=5).text
        for name in (
            "kiosk_build_info",
            "kiosk_uptime_seconds",
            "kiosk_sessions_total",
            "kiosk_session_active",
            "kiosk_outbox_pending 2.0",
            "kiosk_outbox_oldest_age_seconds",
            'kiosk_device_state{device="printer",kiosk_device_state="unknown"} 1.0',
            "kiosk_mrz_read_seconds_bucket",
            "kiosk_event_loop_stall_seconds_bucket",
        ):
            assert name in text, name
        # Bound to 127.0.0.1: not reachable on the machine's other addresses.
        other = _non_loopback_address()
        if other is not None:
            with socket.socket() as probe:
                probe.settimeout(1)
                assert probe.connect_ex((other, endpoint.port)) != 0
    finally:
        endpoint.stop()


def test_a_busy_port_does_not_stop_the_kiosk() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        assert MetricsEndpoint.start(metrics().registry, taken.getsockname()[1]) is None


def _non_loopback_address() -> str | None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        try:
            s.connect(("192.0.2.1", 9))  # no packet is sent: this only picks a source address
            address = str(s.getsockname()[0])
        except OSError:
            return None
    return None if address.startswith("127.") else address
