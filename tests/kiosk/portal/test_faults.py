"""The client and the outbox against a real loopback server that misbehaves.

Every fault must end in a clear PortalError (with a user message) or a queued
entry: never a crash, never a hang. Timeouts are set to 1 s so hangs show fast.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import random
import time
from pathlib import Path

import pytest

from kiosk.portal.backoff import BackoffPolicy
from kiosk.portal.client import PortalClient
from kiosk.portal.errors import (
    PortalBadResponse,
    PortalBusy,
    PortalError,
    PortalInsecure,
    PortalNotConfigured,
    PortalServerError,
    PortalTimeout,
    PortalUnauthorized,
    PortalUnreachable,
    PortalValidationError,
)
from kiosk.portal.outbox import Outbox, OutboxState
from kiosk.portal.sender import (
    Delivered,
    DeliveryFailed,
    SubmissionConfirmed,
    SubmissionQueued,
    SubmissionSender,
)
from kiosk.portal.settings import PortalSettings
from tests.kiosk.portal.certificates import ThrowawayCa
from tests.kiosk.portal.fakes import RECEIPT, StaticToken, canary_request, free_port, run
from tests.kiosk.portal.fault_server import Reply, Request, fault_server

TIMEOUT_S = 1.0
KEY = bytes(32)
FAST = BackoffPolicy(base_s=0.05, factor=2, max_s=0.2)


def client_for(url: str, ca_bundle: Path | None = None) -> PortalClient:
    settings = PortalSettings(url=url, ca_bundle=ca_bundle, timeout_s=TIMEOUT_S)
    return PortalClient(settings, StaticToken("device-token"))


async def discovery_error(reply: Reply) -> PortalError:
    async with fault_server(lambda _request: reply) as server, client_for(server.url) as client:
        with pytest.raises(PortalError) as caught:
            await client.discovery()
    return caught.value


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        (Reply.problem(500, "internal_error"), PortalServerError),
        (Reply(503, b"<html>maintenance</html>", "text/html"), PortalServerError),
        (Reply(200, b"<html>captive portal</html>", "text/html"), PortalBadResponse),
        (Reply(200, b'{"api_version": "1", "juris', declared_length=400), PortalBadResponse),
        (Reply(200, b'{"api_version": "1",,}'), PortalBadResponse),
        (Reply(200, b'["not", "an", "object"]'), PortalBadResponse),
        (Reply(200, b"{}", content_type=None), PortalBadResponse),
        (Reply(raw=b"SSH-2.0-OpenSSH_9.2\r\n"), PortalBadResponse),
        (Reply(raw=b""), PortalBadResponse),
        (Reply(302, b"", headers={"Location": "http://login.example/"}), PortalBadResponse),
        (Reply.problem(429, "rate_limited", headers={"Retry-After": "7"}), PortalBusy),
    ],
    ids=[
        "500-problem",
        "503-html",
        "200-html",
        "truncated-json",
        "malformed-json",
        "json-array",
        "no-content-type",
        "not-http",
        "closed-without-answer",
        "redirect-not-followed",
        "429",
    ],
)
def test_fault_becomes_transient_portal_error(reply: Reply, expected: type[PortalError]) -> None:
    error = run(discovery_error(reply))
    assert type(error) is expected
    assert error.transient
    assert error.user_message
    if expected is PortalBusy:
        assert error.retry_after_s == 7.0


def test_slow_answer_times_out() -> None:
    started = time.monotonic()
    error = run(discovery_error(Reply.json(200, {"api_version": "1"}, delay_s=5)))
    assert isinstance(error, PortalTimeout) and error.transient
    assert time.monotonic() - started < TIMEOUT_S + 1.5


def test_trickling_answer_hits_the_overall_deadline() -> None:
    # One byte every 0.2 s never trips httpx's read timeout; the overall deadline must.
    started = time.monotonic()
    body = json.dumps({"api_version": "1", "padding": "x" * 100}).encode()
    error = run(discovery_error(Reply(200, body, trickle_s=0.2)))
    assert isinstance(error, PortalTimeout)
    assert time.monotonic() - started < TIMEOUT_S + 1.5


def test_server_down() -> None:
    async def scenario() -> PortalError:
        async with client_for(f"http://127.0.0.1:{free_port()}") as client:
            with pytest.raises(PortalError) as caught:
                await client.discovery()
        return caught.value

    error = run(scenario())
    assert isinstance(error, PortalUnreachable) and error.transient
    assert error.user_message == "The town hall's server cannot be reached right now."


def test_final_errors_keep_problem_details() -> None:
    reply = Reply.problem(
        422,
        "validation_failed",
        errors={"/data/cnp": ["Cifra de control nu corespunde"]},
        trace_id="t-1",
    )
    error = run(discovery_error(reply))
    assert isinstance(error, PortalValidationError) and not error.transient
    assert error.status == 422 and error.code == "validation_failed"
    assert error.title == "title of validation_failed"
    assert error.field_errors == {"/data/cnp": ["Cifra de control nu corespunde"]}
    assert error.problem.trace_id == "t-1"


def test_headers_sent() -> None:
    async def scenario() -> Request:
        async with fault_server(lambda _r: Reply.json(200, {"api_version": "1"})) as server:
            async with client_for(server.url) as client:
                client.language = "uk"
                await client.discovery()
            return server.requests[0]

    request = run(scenario())
    assert request.target == "/api/v1/discovery"
    assert request.headers["authorization"] == "Bearer device-token"
    assert request.headers["accept-language"] == "uk"
    assert request.headers["traceparent"].startswith("00-")


def test_no_token_means_not_enrolled_and_nothing_is_sent() -> None:
    async def scenario() -> int:
        async with fault_server(lambda _r: Reply.json(200, {})) as server:
            settings = PortalSettings(url=server.url, timeout_s=TIMEOUT_S)
            async with PortalClient(settings, StaticToken(None)) as client:
                with pytest.raises(PortalNotConfigured):
                    await client.discovery()
            return len(server.requests)

    assert run(scenario()) == 0


def test_401_rereads_the_token_next_time() -> None:
    async def scenario() -> int:
        async with fault_server(lambda _r: Reply.problem(401, "unauthorized")) as server:
            token = StaticToken("old")
            settings = PortalSettings(url=server.url, timeout_s=TIMEOUT_S)
            async with PortalClient(settings, token) as client:
                for _ in range(2):
                    with pytest.raises(PortalUnauthorized):
                        await client.discovery()
            return token.reads

    assert run(scenario()) == 2


# TLS


def test_certificate_for_another_name_is_refused(tmp_path: Path) -> None:
    ca = ThrowawayCa.create(tmp_path)

    async def scenario() -> PortalError:
        context = ca.server_context(dns_name="portal.other-town.example")
        async with fault_server(lambda _r: Reply.json(200, {"api_version": "1"}), context) as srv:
            async with client_for(srv.url, ca.ca_file) as client:
                with pytest.raises(PortalError) as caught:
                    await client.discovery()
            assert srv.requests == []  # nothing was sent over the unverified connection
        return caught.value

    error = run(scenario())
    assert isinstance(error, PortalInsecure)
    assert "secure" in error.user_message


def test_certificate_from_unknown_ca_is_refused(tmp_path: Path) -> None:
    ca = ThrowawayCa.create(tmp_path)

    async def scenario() -> PortalError:
        context = ca.server_context(ip="127.0.0.1")
        answer = Reply.json(200, {"api_version": "1"})
        async with (
            fault_server(lambda _r: answer, context) as srv,
            client_for(srv.url) as client,  # system trust store only
        ):
            with pytest.raises(PortalError) as caught:
                await client.discovery()
        return caught.value

    assert isinstance(run(scenario()), PortalInsecure)


def test_configured_ca_bundle_is_trusted(tmp_path: Path) -> None:
    ca = ThrowawayCa.create(tmp_path)

    async def scenario() -> str:
        context = ca.server_context(ip="127.0.0.1")
        answer = Reply.json(200, {"api_version": "9"})
        async with (
            fault_server(lambda _r: answer, context) as srv,
            client_for(srv.url, ca.ca_file) as client,
        ):
            return (await client.discovery()).api_version

    assert run(scenario()) == "9"


# The outbox under faults.


def sender_for(client: PortalClient, outbox: Outbox, **kwargs: object) -> SubmissionSender:
    return SubmissionSender(client, outbox, policy=FAST, rng=random.Random(7), **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "reply",
    [
        Reply.problem(500, "internal_error"),
        Reply(200, b"<html/>", "text/html"),
        Reply.json(201, RECEIPT, delay_s=5),
        Reply(raw=b""),
        Reply.problem(429, "rate_limited", headers={"Retry-After": "3600"}),
    ],
    ids=["500", "html", "slow", "closed", "429"],
)
def test_submit_during_fault_is_queued(tmp_path: Path, reply: Reply) -> None:
    async def scenario() -> tuple[object, dict[OutboxState, int]]:
        outbox = Outbox(tmp_path, KEY)
        async with fault_server(lambda _r: reply) as server, client_for(server.url) as client:
            sender = sender_for(client, outbox)
            outcome = await sender.submit(canary_request())
            await sender.stop()
        return outcome, outbox.counts()

    outcome, counts = run(scenario())
    assert isinstance(outcome, SubmissionQueued)
    assert outcome.reason.transient
    assert "as soon as the connection is back" in outcome.user_message
    assert counts[OutboxState.QUEUED] == 1


def test_submit_with_server_down_then_delivered_when_it_returns(tmp_path: Path) -> None:
    port = free_port()
    delivered: list[Delivered] = []

    async def scenario() -> None:
        outbox = Outbox(tmp_path, KEY)
        async with client_for(f"http://127.0.0.1:{port}") as client:
            sender = sender_for(client, outbox, on_delivered=delivered.append)
            outcome = await sender.submit(canary_request())
            assert isinstance(outcome, SubmissionQueued)
            assert isinstance(outcome.reason, PortalUnreachable)
            sender.start()
            await asyncio.sleep(0.3)  # a few failed retries while the portal is down
            # The portal comes back on the same address.
            async with fault_server(lambda _r: Reply.json(201, RECEIPT), port=port) as portal:
                sender.flush_now()
                for _ in range(100):
                    if delivered:
                        break
                    await asyncio.sleep(0.05)
                await sender.stop()
            assert len(portal.requests) == 1
            assert outbox.counts()[OutboxState.QUEUED] == 0
            record = outbox.delivery(outcome.client_reference)
            assert record is not None and record.registration_number == "1234/2026"

    run(scenario())
    assert len(delivered) == 1


def test_429_storm_is_ridden_out_honouring_retry_after(tmp_path: Path) -> None:
    attempts: list[float] = []

    def handler(request: Request) -> Reply:
        attempts.append(time.monotonic())
        if len(attempts) <= 3:
            return Reply.problem(429, "rate_limited", headers={"Retry-After": "1"})
        return Reply.json(201, RECEIPT)

    delivered: list[Delivered] = []

    async def scenario() -> list[str]:
        outbox = Outbox(tmp_path, KEY)
        async with fault_server(handler) as server, client_for(server.url) as client:
            sender = sender_for(client, outbox, on_delivered=delivered.append)
            outcome = await sender.submit(canary_request())
            assert isinstance(outcome, SubmissionQueued)
            assert isinstance(outcome.reason, PortalBusy)
            sender.start()
            for _ in range(200):
                if delivered:
                    break
                await asyncio.sleep(0.05)
            await sender.stop()
            return [r.headers["idempotency-key"] for r in server.requests]

    keys = run(scenario())
    assert len(delivered) == 1
    assert len(set(keys)) == 1 and len(keys) == 4  # every retry reused the key
    gaps = [b - a for a, b in itertools.pairwise(attempts)]
    assert all(gap >= 0.95 for gap in gaps), gaps


def test_final_refusal_while_waiting_is_raised_and_not_kept(tmp_path: Path) -> None:
    reply = Reply.problem(422, "validation_failed", errors={"/data/street": ["Obligatoriu"]})

    async def scenario() -> dict[OutboxState, int]:
        outbox = Outbox(tmp_path, KEY)
        async with fault_server(lambda _r: reply) as server, client_for(server.url) as client:
            sender = sender_for(client, outbox)
            with pytest.raises(PortalValidationError) as caught:
                await sender.submit(canary_request())
            assert caught.value.field_errors == {"/data/street": ["Obligatoriu"]}
            await sender.stop()
        return outbox.counts()

    counts = run(scenario())
    assert counts[OutboxState.QUEUED] == counts[OutboxState.FAILED_FINAL] == 0


def test_final_refusal_in_background_goes_to_watcher_or_admin(tmp_path: Path) -> None:
    state = {"fail": False}

    def handler(_request: Request) -> Reply:
        if state["fail"]:
            return Reply.problem(401, "kiosk_revoked")
        return Reply.problem(503, "unavailable")

    failures: list[DeliveryFailed] = []
    watched: list[object] = []

    async def scenario() -> dict[OutboxState, int]:
        outbox = Outbox(tmp_path, KEY)
        async with fault_server(handler) as server, client_for(server.url) as client:
            sender = sender_for(client, outbox, on_failed=failures.append)
            first = await sender.submit(canary_request())
            second = await sender.submit(canary_request())
            assert isinstance(first, SubmissionQueued) and isinstance(second, SubmissionQueued)
            sender.watch(first.client_reference, watched.append)  # the person is still here
            state["fail"] = True
            sender.start()
            sender.flush_now()
            for _ in range(100):
                if watched and failures:
                    break
                await asyncio.sleep(0.05)
            await sender.stop()
            assert isinstance(watched[0], DeliveryFailed)
            assert watched[0].client_reference == first.client_reference
            assert [f.client_reference for f in failures] == [second.client_reference]
            assert isinstance(failures[0].error, PortalUnauthorized)
        return outbox.counts()

    counts = run(scenario())
    assert counts[OutboxState.FAILED_FINAL] == 2


def test_confirmed_when_portal_answers(tmp_path: Path) -> None:
    async def scenario() -> object:
        outbox = Outbox(tmp_path, KEY)
        async with (
            fault_server(lambda _r: Reply.json(201, RECEIPT)) as server,
            client_for(server.url) as client,
        ):
            sender = sender_for(client, outbox)
            outcome = await sender.submit(canary_request())
            await sender.stop()
            body = json.loads(server.requests[0].body)
            assert body["client_reference"] == outcome.client_reference  # type: ignore[attr-defined]
            assert server.requests[0].headers["content-type"] == "application/json"
        return outcome

    outcome = run(scenario())
    assert isinstance(outcome, SubmissionConfirmed)
    assert outcome.receipt.registration_number == "1234/2026"


def test_flush_with_portal_hanging_costs_one_timeout_not_one_per_row(tmp_path: Path) -> None:
    async def scenario() -> tuple[float, int]:
        outbox = Outbox(tmp_path, KEY)
        hanging = Reply.json(201, RECEIPT, delay_s=30)
        async with fault_server(lambda _r: hanging) as server, client_for(server.url) as client:
            sender = sender_for(client, outbox)
            for n in range(20):
                await sender.submit(canary_request(f"row-{n}"), attempt_now=False)
            started = time.monotonic()
            await sender.flush()
            elapsed = time.monotonic() - started
            await sender.stop()
            return elapsed, len(server.requests)

    elapsed, attempts = run(scenario())
    assert attempts <= 2  # one per parallel worker, then the batch stops
    assert elapsed < 2 * TIMEOUT_S + 1
