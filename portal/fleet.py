"""The fleet at a glance: each kiosk's latest heartbeat in words (`python -m portal kiosks`).

One line per kiosk for the municipality's staff: when it was last heard from, its
version and uptime, sessions and journeys, the outbox, and any device not "ok".
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from portal.storage.kiosks import KioskHealth

# A kiosk sends a heartbeat every minute; three missed ones means it is not well.
SILENT_AFTER = dt.timedelta(minutes=3)


def _ago(seconds: float) -> str:
    if seconds < 120:
        return f"{int(seconds)} s ago"
    if seconds < 7200:
        return f"{int(seconds // 60)} min ago"
    if seconds < 172800:
        return f"{int(seconds // 3600)} h ago"
    return f"{int(seconds // 86400)} days ago"


def _duration(seconds: int) -> str:
    days, rest = divmod(seconds, 86400)
    return f"{days}d {rest // 3600}h" if days else f"{rest // 3600}h {rest % 3600 // 60}m"


def _aware(moment: dt.datetime) -> dt.datetime:
    """The database holds naive UTC."""
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment


def kiosk_line(kiosk: KioskHealth, now: dt.datetime) -> str:
    """One kiosk in words."""
    if kiosk.last_seen_at is None or kiosk.heartbeat is None:
        return f"{kiosk.name}  [{kiosk.status}]  never heard from"
    seen, now = _aware(kiosk.last_seen_at), _aware(now)
    age = (now - seen).total_seconds()
    beat: dict[str, Any] = kiosk.heartbeat
    parts = [
        kiosk.name,
        f"[{kiosk.status}]",
        f"seen {_ago(age)}" + ("  SILENT" if now - seen > SILENT_AFTER else ""),
    ]
    if "app_version" in beat:
        parts.append(f"v{beat['app_version']}")
    if "uptime_s" in beat:
        parts.append(f"up {_duration(int(beat['uptime_s']))}")
    if "sessions_total" in beat:
        parts.append(f"sessions {beat['sessions_total']}")
    journeys = beat.get("journeys") or {}
    if journeys:
        done = sum(int(j.get("completed", 0)) for j in journeys.values())
        left = sum(int(j.get("abandoned", 0)) for j in journeys.values())
        parts.append(f"journeys {done} completed / {left} abandoned")
    if "outbox_pending" in beat:
        outbox = f"outbox {beat['outbox_pending']}"
        if beat.get("outbox_oldest_age_s"):
            outbox += f" (oldest {_duration(int(beat['outbox_oldest_age_s']))})"
        parts.append(outbox)
    devices = beat.get("devices") or {}
    troubled = [f"{d} {s}" for d, s in sorted(devices.items()) if s not in ("ok", "not_configured")]
    parts.append("devices: " + (", ".join(troubled) if troubled else "ok"))
    return "  ".join(parts)


def fleet_json(kiosks: list[KioskHealth]) -> list[dict[str, Any]]:
    return [
        {
            "kiosk": k.name,
            "status": k.status,
            "last_seen_at": _aware(k.last_seen_at).isoformat() if k.last_seen_at else None,
            "heartbeat": k.heartbeat,
        }
        for k in kiosks
    ]
