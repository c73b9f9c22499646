"""Outbox durability, state machine, retention and encryption at rest (no network)."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

from kiosk.portal.outbox import (
    DELIVERY_RETENTION_S,
    FAILED_RETENTION_S,
    UNREADABLE_CODE,
    AlreadyQueued,
    Outbox,
    OutboxState,
    new_client_reference,
    new_idempotency_key,
)

KEY = bytes(range(32))
OTHER_KEY = bytes(range(1, 33))
CANARIES = ("Ionescu-Canary", "1850101223344", "RX9988776", "1985-01-01", "canary@example.ro")


class FakeClock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


def body(reference: str) -> bytes:
    return json.dumps(
        {
            "service_code": "birth-certificate",
            "client_reference": reference,
            "applicant": {
                "surname": CANARIES[0],
                "personal_id": CANARIES[1],
                "document_number": CANARIES[2],
                "birth_date": CANARIES[3],
            },
            "contact": {"email": CANARIES[4]},
        }
    ).encode()


def enqueue(outbox: Outbox) -> str:
    reference = new_client_reference()
    outbox.enqueue(reference, "birth-certificate", body(reference), new_idempotency_key())
    return reference


def test_references_are_readable_and_distinct() -> None:
    refs = {new_client_reference() for _ in range(1000)}
    assert len(refs) == 1000
    for ref in refs:
        assert len(ref) == 14 and ref[4] == ref[9] == "-"
        assert not set(ref) & set("ILOU")


def test_happy_path_leaves_only_a_delivery_record(tmp_path: Path) -> None:
    outbox = Outbox(tmp_path, KEY)
    ref = enqueue(outbox)
    assert [e.client_reference for e in outbox.due()] == [ref]
    claimed = outbox.claim(ref)
    assert claimed is not None and claimed.body == body(ref)
    assert claimed.entry.state is OutboxState.SENDING and claimed.entry.attempts == 1
    assert outbox.claim(ref) is None  # already sending: nobody else takes it
    outbox.mark_delivered(ref, registration_number="R-1", access_code="AC", status="registered")
    assert outbox.entry(ref) is None
    record = outbox.delivery(ref)
    assert record is not None and record.registration_number == "R-1"
    assert outbox.counts() == {
        OutboxState.QUEUED: 0,
        OutboxState.SENDING: 0,
        OutboxState.FAILED_FINAL: 0,
        OutboxState.DELIVERED: 1,
    }


def test_retry_schedules_and_keeps_the_same_key(tmp_path: Path) -> None:
    clock = FakeClock()
    outbox = Outbox(tmp_path, KEY, clock=clock)
    ref = enqueue(outbox)
    key = outbox.due()[0].idempotency_key
    outbox.claim(ref)
    outbox.mark_retry(ref, next_attempt_at=clock.now + 30, last_status=503, last_error_code=None)
    assert outbox.due() == []
    assert outbox.next_attempt_at() == clock.now + 30
    clock.now += 31
    (entry,) = outbox.due()
    assert entry.idempotency_key == key and entry.last_status == 503


def test_interrupted_send_is_requeued_on_open(tmp_path: Path) -> None:
    outbox = Outbox(tmp_path, KEY)
    ref = enqueue(outbox)
    outbox.claim(ref)
    outbox.close()  # as if the process died here
    reopened = Outbox(tmp_path, KEY)
    entry = reopened.entry(ref)
    assert entry is not None and entry.state is OutboxState.QUEUED and entry.attempts == 1


def test_failed_final_can_be_requeued_then_expires(tmp_path: Path) -> None:
    clock = FakeClock()
    outbox = Outbox(tmp_path, KEY, clock=clock)
    ref = enqueue(outbox)
    outbox.claim(ref)
    outbox.mark_failed_final(ref, last_status=401, last_error_code="token_revoked")
    assert outbox.due() == []
    assert outbox.counts()[OutboxState.FAILED_FINAL] == 1
    assert outbox.requeue_failed() == 1
    outbox.claim(ref)
    outbox.mark_failed_final(ref, last_status=401, last_error_code="token_revoked")
    clock.now += FAILED_RETENTION_S + 1
    assert outbox.purge_expired() == 1
    assert outbox.entry(ref) is None


def test_delivery_records_expire(tmp_path: Path) -> None:
    clock = FakeClock()
    outbox = Outbox(tmp_path, KEY, clock=clock)
    ref = enqueue(outbox)
    outbox.claim(ref)
    outbox.mark_delivered(ref, registration_number="R", access_code=None, status="received")
    clock.now += DELIVERY_RETENTION_S - 1
    assert outbox.purge_expired() == 0
    clock.now += 2
    assert outbox.purge_expired() == 1
    assert outbox.delivery(ref) is None


def test_wrong_key_makes_row_final_and_drops_the_body(tmp_path: Path) -> None:
    ref = enqueue(Outbox(tmp_path, KEY))
    outbox = Outbox(tmp_path, OTHER_KEY)
    assert outbox.claim(ref) is None
    entry = outbox.entry(ref)
    assert entry is not None and entry.state is OutboxState.FAILED_FINAL
    assert entry.last_error_code == UNREADABLE_CODE
    assert outbox.requeue_failed() == 0  # nothing left to send


def test_sealed_body_is_bound_to_its_row(tmp_path: Path) -> None:
    outbox = Outbox(tmp_path, KEY)
    first, second = enqueue(outbox), enqueue(outbox)
    outbox.close()
    db = sqlite3.connect(tmp_path / "outbox.sqlite3")
    with db:
        db.execute(
            "UPDATE pending SET sealed_body = (SELECT sealed_body FROM pending"
            " WHERE client_reference = ?) WHERE client_reference = ?",
            (first, second),
        )
    db.close()
    assert Outbox(tmp_path, KEY).claim(second) is None


def test_duplicate_reference_or_key_is_refused(tmp_path: Path) -> None:
    outbox = Outbox(tmp_path, KEY)
    ref = enqueue(outbox)
    key = outbox.due()[0].idempotency_key
    with pytest.raises(AlreadyQueued):
        outbox.enqueue(ref, "x", b"{}", new_idempotency_key())
    with pytest.raises(sqlite3.IntegrityError):
        outbox.enqueue(new_client_reference(), "x", b"{}", key)
    outbox.claim(ref)
    outbox.mark_delivered(ref, registration_number="R", access_code=None, status="registered")
    with pytest.raises(AlreadyQueued):  # delivered references stay taken
        outbox.enqueue(ref, "x", b"{}", new_idempotency_key())


def test_no_personal_data_in_plaintext_on_disk(tmp_path: Path) -> None:
    outbox = Outbox(tmp_path, KEY)
    refs = [enqueue(outbox) for _ in range(20)]
    for ref in refs[:5]:
        outbox.claim(ref)
    # Before checkpointing, the rows live in the -wal file: both files are checked.
    files = [p for p in tmp_path.iterdir() if p.name.startswith("outbox.sqlite3")]
    assert any(p.name.endswith("-wal") and p.stat().st_size > 0 for p in files)
    for path in files:
        assert path.stat().st_mode & 0o077 == 0, path
        data = path.read_bytes()
        for canary in CANARIES:
            assert canary.encode() not in data, (path.name, canary)
            assert canary.encode("utf-16-le") not in data
    outbox.close()


def test_data_dir_is_private(tmp_path: Path) -> None:
    Outbox(tmp_path / "data", KEY).close()
    assert os.stat(tmp_path / "data").st_mode & 0o077 == 0
