"""The kiosk's fleet-health figures: Prometheus metrics, and the same figures for the heartbeat.

Only counts, durations, service codes and device states: nothing here can name a
person. Service codes come from the catalogue and are held to a plain code shape, so
no free text can become a label. Every metric lives in the kiosk's own registry (not
prometheus_client's global one), so tools and tests can run several kiosks in one process.

Values are written on the GUI thread and read by the metrics endpoint's thread;
prometheus_client's metric objects are thread-safe for that.
"""

from __future__ import annotations

import math
import re
import time
from collections.abc import Callable, Iterable
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Enum, Gauge, Histogram, Info

from kiosk.session.outcomes import SessionOutcome

DEVICES = ("printer", "camera", "card_reader")
DEVICE_STATES = ("ok", "missing", "error", "unknown", "not_configured")
JOURNEY_OUTCOMES = ("completed", "abandoned")
MRZ_READ_BUCKETS = (0.5, 1.0, 2.0, 3.0, 5.0, 8.0, 13.0, 20.0, 30.0, 45.0, 60.0)
STALL_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)
SESSION_BUCKETS = (30.0, 60.0, 120.0, 300.0, 600.0, 1200.0, 1800.0, 3600.0)
_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
_REASON = re.compile(r"[a-z_]{1,32}")


def service_label(code: str) -> str:
    """A catalogue code as a label; anything else (free text, overlong) is "other"."""
    return code if _CODE.fullmatch(code) else "other"


def _reason_label(reason: str) -> str:
    return reason if _REASON.fullmatch(reason) else "other"


class KioskMetrics:
    def __init__(
        self,
        *,
        kiosk_id: str,
        profile: str,
        version: str,
        now: Callable[[], float] = time.monotonic,
    ) -> None:
        self.registry = CollectorRegistry()
        self._now = now
        self._started = now()
        r = self.registry
        Info("kiosk_build", "The kiosk software and where it runs", registry=r).info(
            {"version": version, "profile": profile, "kiosk_id": kiosk_id}
        )
        self.uptime = Gauge("kiosk_uptime_seconds", "Seconds since the kiosk started", registry=r)
        self.uptime.set_function(self.uptime_s)
        self.sessions = Counter(
            "kiosk_sessions",
            "Citizen sessions ended, by how they ended",
            ["end_reason", "practice"],
            registry=r,
        )
        self.session_active = Gauge(
            "kiosk_session_active", "1 while a citizen session is under way", registry=r
        )
        self.session_duration = Histogram(
            "kiosk_session_duration_seconds",
            "Length of citizen sessions",
            buckets=SESSION_BUCKETS,
            registry=r,
        )
        self.journeys = Counter(
            "kiosk_journeys",
            "Journeys (one service in one session) completed or abandoned, by service",
            ["service", "outcome"],
            registry=r,
        )
        self.outbox_pending = Gauge(
            "kiosk_outbox_pending", "Submissions waiting on the kiosk for the portal", registry=r
        )
        self.outbox_failed = Gauge(
            "kiosk_outbox_failed", "Submissions the portal refused for good", registry=r
        )
        self.outbox_oldest_age = Gauge(
            "kiosk_outbox_oldest_age_seconds",
            "Age of the oldest submission still waiting (0 when none)",
            registry=r,
        )
        self.devices = Enum(
            "kiosk_device_state",
            "State of each device",
            ["device"],
            states=list(DEVICE_STATES),
            registry=r,
        )
        for device in DEVICES:
            self.devices.labels(device).state("unknown")
        self.mrz_read = Histogram(
            "kiosk_mrz_read_seconds",
            "From the start of an ID card scan to the accepted MRZ reading",
            buckets=MRZ_READ_BUCKETS,
            registry=r,
        )
        self.event_loop_stall = Histogram(
            "kiosk_event_loop_stall_seconds",
            "How late the GUI thread's event loop ran a timer due every 250 ms",
            buckets=STALL_BUCKETS,
            registry=r,
        )

    def uptime_s(self) -> float:
        return self._now() - self._started

    # -- recording (GUI thread) --------------------------------------------------------
    def session_outcome(self, outcome: SessionOutcome) -> None:
        """A session ended (subscribed to the session-outcomes hub)."""
        self.sessions.labels(
            _reason_label(outcome.end_reason), "true" if outcome.practice else "false"
        ).inc()
        seconds = (outcome.ended_at - outcome.started_at).total_seconds()
        self.session_duration.observe(max(0.0, float(seconds)))
        if outcome.practice:
            return  # practice journeys are training, not service to citizens
        completed = set(outcome.services_completed)
        for code in outcome.services_started:
            result = "completed" if code in completed else "abandoned"
            self.journeys.labels(service_label(code), result).inc()

    def set_session_active(self, active: bool) -> None:
        self.session_active.set(1 if active else 0)

    def set_outbox(self, pending: int, failed: int, oldest_age_s: float | None) -> None:
        self.outbox_pending.set(pending)
        self.outbox_failed.set(failed)
        self.outbox_oldest_age.set(max(0.0, oldest_age_s or 0.0))

    def set_device(self, device: str, state: str) -> None:
        self.devices.labels(device).state(state if state in DEVICE_STATES else "unknown")

    # -- the heartbeat's figures ---------------------------------------------------------
    def snapshot(self) -> dict[str, Any]:
        """The same figures as the metrics endpoint, as the heartbeat's JSON."""
        samples = [s for family in self.registry.collect() for s in family.samples]

        def value(name: str, **labels: str) -> float:
            for s in samples:
                if s.name == name and all(s.labels.get(k) == v for k, v in labels.items()):
                    return float(s.value)
            return 0.0

        journeys: dict[str, dict[str, int]] = {}
        for s in samples:
            if s.name == "kiosk_journeys_total":
                empty = dict.fromkeys(JOURNEY_OUTCOMES, 0)
                counts = journeys.setdefault(s.labels["service"], empty)
                counts[s.labels["outcome"]] = int(s.value)
        devices = {
            s.labels["device"]: s.labels["kiosk_device_state"]
            for s in samples
            if s.name == "kiosk_device_state" and s.value == 1
        }
        return {
            "uptime_s": int(self.uptime_s()),
            "sessions_total": int(
                sum(s.value for s in samples if s.name == "kiosk_sessions_total")
            ),
            "session_active": value("kiosk_session_active") == 1,
            "journeys": journeys,
            "outbox_pending": int(value("kiosk_outbox_pending")),
            "outbox_failed": int(value("kiosk_outbox_failed")),
            "outbox_oldest_age_s": int(value("kiosk_outbox_oldest_age_seconds")),
            "devices": devices,
            "mrz_read_s": _histogram(samples, "kiosk_mrz_read_seconds"),
            "event_loop_stall_s": _histogram(samples, "kiosk_event_loop_stall_seconds"),
        }


def _histogram(samples: Iterable[Any], name: str) -> dict[str, Any]:
    """count, sum and cumulative bucket counts keyed by upper bound ("+Inf" left out)."""
    summary: dict[str, Any] = {"count": 0, "sum": 0.0, "buckets": {}}
    for s in samples:
        if s.name == f"{name}_count":
            summary["count"] = int(s.value)
        elif s.name == f"{name}_sum":
            summary["sum"] = round(float(s.value), 3)
        elif s.name == f"{name}_bucket" and not math.isinf(float(s.labels["le"])):
            summary["buckets"][s.labels["le"]] = int(s.value)
    return summary
