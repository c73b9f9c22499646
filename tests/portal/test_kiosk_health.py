"""Fleet health: the portal accepts, validates, stores and shows each kiosk's latest heartbeat."""

from __future__ import annotations

import json
from typing import Any

from tests.portal.conftest import make_client, seeded_database, unique
from tests.portal.contract import ContractClient
from tests.portal.processes import RunningPortal, run_cli

FIGURES: dict[str, Any] = {
    "app_version": "0.1.0",
    "profile": "lobby",
    "uptime_s": 93_784,
    "sessions_total": 41,
    "session_active": False,
    "journeys": {
        "RO-URB-CU": {"completed": 12, "abandoned": 3},
        "status-check": {"completed": 9, "abandoned": 0},
    },
    "outbox_pending": 2,
    "outbox_failed": 0,
    "outbox_oldest_age_s": 5400,
    "devices": {"printer": "error", "camera": "ok", "card_reader": "not_configured"},
    "mrz_read_s": {"count": 4, "sum": 5.1, "buckets": {"0.5": 0, "1.0": 1, "2.0": 4}},
    "event_loop_stall_s": {"count": 900, "sum": 1.2, "buckets": {"0.01": 899, "0.5": 900}},
}


def test_the_latest_heartbeat_of_each_kiosk_is_stored_and_shown(
    portal: RunningPortal, client: ContractClient
) -> None:
    assert client.post("/api/v1/kiosks/heartbeat", json=FIGURES).status_code == 200
    later = FIGURES | {"uptime_s": 93_844, "sessions_total": 42}
    assert client.post("/api/v1/kiosks/heartbeat", json=later).status_code == 200

    stored = json.loads(run_cli("kiosks", "--json", "--db", portal.db))["kiosks"]
    mine = next(k for k in stored if k["kiosk"] == "test-kiosk")
    assert mine["heartbeat"] == later, "only the latest heartbeat is kept"
    assert mine["status"] == "active" and mine["last_seen_at"]

    shown = run_cli("kiosks", "--db", portal.db)
    line = next(line for line in shown.splitlines() if line.startswith("test-kiosk"))
    assert "v0.1.0" in line and "up 1d 2h" in line and "sessions 42" in line
    assert "journeys 21 completed / 3 abandoned" in line
    assert "outbox 2 (oldest 1h 30m)" in line
    assert "devices: printer error" in line and "SILENT" not in line


def test_a_kiosk_never_heard_from_says_so(tmp_path_factory: Any) -> None:
    directory = tmp_path_factory.mktemp("fleet")
    db = str(directory / "fleet.db")
    seeded_database(db, kiosk="quiet-kiosk")
    assert "quiet-kiosk  [active]  never heard from" in run_cli("kiosks", "--db", db)


def test_malformed_figures_are_refused(client: ContractClient) -> None:
    def status(body: dict[str, Any]) -> int:
        return client.post("/api/v1/kiosks/heartbeat", json=body).status_code

    # A service "code" that is free text could carry a name: refused.
    assert status({"journeys": {"Maria Popescu": {"completed": 1, "abandoned": 0}}}) == 422
    assert status({"journeys": {"RO-URB-CU": {"completed": -1, "abandoned": 0}}}) == 422
    assert status({"devices": {"printer": "on fire"}}) == 422
    assert status({"mrz_read_s": {"count": 1, "sum": 1.0, "buckets": {"1.0": 1}, "x": 1}}) == 422
    assert status({"mrz_read_s": {"count": 1, "sum": 1.0, "buckets": {"soon": 1}}}) == 422
    assert status({"note": {"nested": "objects are not figures"}}) == 422


def test_heartbeats_need_a_device_token(portal: RunningPortal) -> None:
    with make_client(portal, token=unique("not-a-token")) as stranger:
        assert stranger.post("/api/v1/kiosks/heartbeat", json=FIGURES).status_code == 401
