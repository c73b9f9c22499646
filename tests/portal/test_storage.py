"""The storage layer on SQLite and on a real PostgreSQL server: migrations, gap-free numbers
under concurrency, idempotency keys, slot races, enrolment codes, payment locks."""

from __future__ import annotations

import datetime as dt
from concurrent.futures import ThreadPoolExecutor

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine

from portal.demo.obligations import DEMO_CNP
from portal.demo.seed import seed_demo
from portal.idempotency import Policy, StoredResponse, claim, complete, run_once
from portal.problems import Problem
from portal.storage import appointments, kiosks, payments, submissions
from portal.storage.catalogue import get_service, list_services
from portal.storage.migrate import current_revision, head_revision, upgrade
from portal.storage.tables import metadata
from portal.storage.transactions import reading, writing

POLICY = Policy(retention=dt.timedelta(days=7), in_flight_timeout=dt.timedelta(seconds=60))


@pytest.fixture
def seeded(storage_engine: Engine) -> Engine:
    seed_demo(storage_engine)
    return storage_engine


@pytest.fixture
def kiosk_id(seeded: Engine) -> int:
    with writing(seeded) as conn:
        token = kiosks.enroll_kiosk(conn, "storage-kiosk")
        kiosk = kiosks.kiosk_for_token(conn, token)
    assert kiosk is not None
    return kiosk.id


def test_migrations_create_exactly_the_declared_schema(storage_engine: Engine) -> None:
    upgrade(storage_engine)
    upgrade(storage_engine)  # idempotent
    assert current_revision(storage_engine) == head_revision()
    with storage_engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn), metadata)
    assert differences == []


def test_seed_is_repeatable(seeded: Engine) -> None:
    seed_demo(seeded)
    with reading(seeded) as conn:
        assert len(list_services(conn)) == 15
        assert appointments.count_slots(conn) > 100


def _submit(engine: Engine, kiosk_id: int, reference: str) -> str:
    with writing(engine) as conn:
        service = get_service(conn, "ro-petition")
        assert service is not None
        created, _code = submissions.create_submission(
            conn,
            service=service,
            form_version="2026.1",
            data={},
            applicant=None,
            contact=None,
            assisted_by=None,
            locale="ro",
            client_reference=reference,
            kiosk_id=kiosk_id,
            source="api",
            timezone="Europe/Bucharest",
        )
    assert created.registration_number is not None
    return created.registration_number


def test_registration_numbers_are_gap_free_under_concurrency(seeded: Engine, kiosk_id: int) -> None:
    with ThreadPoolExecutor(max_workers=8) as pool:
        numbers = list(pool.map(lambda i: _submit(seeded, kiosk_id, f"ref-{i}"), range(40)))
    sequences = sorted(int(n.split("/")[1]) for n in numbers)
    assert sequences == list(range(1, 41))


def test_rolled_back_submission_does_not_burn_a_number(seeded: Engine, kiosk_id: int) -> None:
    first = _submit(seeded, kiosk_id, "a")
    with pytest.raises(RuntimeError), writing(seeded) as conn:
        submissions.next_registration_number(conn, int(first[:4]))
        raise RuntimeError("crash after taking a number")
    second = _submit(seeded, kiosk_id, "b")
    assert int(second[-6:]) == int(first[-6:]) + 1


def test_client_reference_is_unique_per_kiosk(seeded: Engine, kiosk_id: int) -> None:
    _submit(seeded, kiosk_id, "same")
    with pytest.raises(submissions.ClientReferenceReused):
        _submit(seeded, kiosk_id, "same")


def test_idempotency_claim_replay_conflict_and_takeover(seeded: Engine, kiosk_id: int) -> None:
    assert claim(seeded, kiosk_id, "k", "hash-a", POLICY) is None
    with pytest.raises(Problem) as in_flight:
        claim(seeded, kiosk_id, "k", "hash-a", POLICY)
    assert in_flight.value.status == 409
    with pytest.raises(Problem) as reused:
        claim(seeded, kiosk_id, "k", "hash-b", POLICY)
    assert reused.value.status == 422

    with writing(seeded) as conn:
        complete(conn, kiosk_id, "k", StoredResponse(201, {"ok": True}, {"Location": "x"}))
    replay = claim(seeded, kiosk_id, "k", "hash-a", POLICY)
    assert replay == StoredResponse(201, {"ok": True}, {"Location": "x"})

    impatient = Policy(POLICY.retention, in_flight_timeout=dt.timedelta(seconds=-1))
    assert claim(seeded, kiosk_id, "abandoned", "h", POLICY) is None
    assert claim(seeded, kiosk_id, "abandoned", "h", impatient) is None  # taken over


def test_run_once_runs_the_action_once_and_releases_on_failure(
    seeded: Engine, kiosk_id: int
) -> None:
    calls: list[int] = []

    def action(_conn: object) -> StoredResponse:
        calls.append(1)
        return StoredResponse(201, {"n": len(calls)})

    def failing(_conn: object) -> StoredResponse:
        raise Problem(422, "validation_failed")

    with pytest.raises(Problem):
        run_once(seeded, kiosk_id, "key", "h", POLICY, failing)
    first = run_once(seeded, kiosk_id, "key", "h", POLICY, action)
    second = run_once(seeded, kiosk_id, "key", "h", POLICY, action)
    assert first == (StoredResponse(201, {"n": 1}), False)
    assert second == (StoredResponse(201, {"n": 1}, {}), True)
    assert len(calls) == 1


def test_only_one_of_many_racing_holds_wins_a_slot(seeded: Engine, kiosk_id: int) -> None:
    with reading(seeded) as conn:
        office = appointments.offices_for_service(conn, "ro-id-card-appointment")[0]
        day, _count = appointments.available_days(conn, "ro-id-card-appointment", office)[0]
        slot = appointments.slots_on(conn, "ro-id-card-appointment", office, day)[0]

    def attempt(_: int) -> bool:
        try:
            with writing(seeded) as conn:
                appointments.hold_slot(
                    conn,
                    slot=slot,
                    hold_for=dt.timedelta(minutes=10),
                    applicant={"given_names": "A", "surname": "B", "source": "typed"},
                    contact=None,
                    locale="ro",
                    client_reference=None,
                    kiosk_id=kiosk_id,
                )
            return True
        except appointments.SlotTaken:
            return False

    with ThreadPoolExecutor(max_workers=6) as pool:
        wins = list(pool.map(attempt, range(12)))
    assert wins.count(True) == 1


def test_enrolment_code_works_once(seeded: Engine) -> None:
    with writing(seeded) as conn:
        code = kiosks.issue_enrolment_code(conn, "lib-1", dt.timedelta(hours=1))
        expired = kiosks.issue_enrolment_code(conn, "lib-2", dt.timedelta(hours=-1))
    with writing(seeded) as conn:
        token = kiosks.redeem_enrolment_code(conn, code, "lib-1")
        assert kiosks.redeem_enrolment_code(conn, code, "lib-1") is None
        assert kiosks.redeem_enrolment_code(conn, expired, "lib-2") is None
        assert token is not None and kiosks.kiosk_for_token(conn, token) is not None
        assert kiosks.revoke_kiosk(conn, "lib-1")
        revoked = kiosks.kiosk_for_token(conn, token)
    assert revoked is not None and not revoked.active


def test_a_new_payment_order_withdraws_the_old_and_settles_obligations(
    seeded: Engine, kiosk_id: int
) -> None:
    def order(ids: list[str]) -> payments.PaymentOrder:
        with writing(seeded) as conn:
            return payments.create_order(
                conn,
                service_code="ro-local-taxes-payment",
                obligation_ids=ids,
                kiosk_id=kiosk_id,
                client_reference=None,
                valid_for=dt.timedelta(minutes=30),
            )

    abandoned = order(["ro-tax-2"])
    first = order(["ro-tax-1", "ro-tax-2"])
    with writing(seeded) as conn:
        assert payments.mark_paid(conn, abandoned.id).status == "expired"  # type: ignore[union-attr]
        paid = payments.mark_paid(conn, first.id)
        left = payments.unpaid_obligations(conn, DEMO_CNP, "ro-local-taxes-payment")
    assert paid is not None and paid.status == "paid"
    assert [o.id for o in left] == ["ro-tax-3"]
