"""Command line: `python -m portal {serve,seed,enroll-kiosk,enrollment-code,revoke-kiosk,
kiosks,set-status,migrate}`. Each command that issues a secret prints it as its last word."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Sequence
from pathlib import Path


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m portal", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    def add(name: str, help: str) -> argparse.ArgumentParser:
        command = commands.add_parser(name, help=help)
        command.add_argument("--db", required=True, help="SQLite file path or postgresql://… URL")
        return command

    serve = add("serve", "run the HTTP server")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8080, help="0 = any free port (announced)")
    serve.add_argument(
        "--rate-limit", default="600/60", help="REQUESTS/SECONDS per kiosk; 0 disables"
    )
    serve.add_argument("--hold-seconds", type=int, default=600)
    serve.add_argument("--timezone", default="Europe/Bucharest")

    seed = add("seed", "create tables and load content")
    seed.add_argument("--demo", action="store_true", required=True, help="load the demo content")
    seed.add_argument("--catalogue", type=Path, help="catalogue.json to load")

    add("migrate", "create or upgrade the tables")

    enroll = add("enroll-kiosk", "enrol a kiosk (or re-enrol it) and print its device token")
    enroll.add_argument("name")

    code = add("enrollment-code", "issue a one-time enrolment code for an on-screen enrolment")
    code.add_argument("name")
    code.add_argument("--valid-hours", type=int, default=24)

    revoke = add("revoke-kiosk", "revoke a kiosk's device token")
    revoke.add_argument("name")

    fleet = add("kiosks", "each kiosk's latest heartbeat: last seen, version, outbox, devices")
    fleet.add_argument("--json", action="store_true", help="the stored heartbeats as JSON")

    status = add("set-status", "change a submission's status (staff action)")
    status.add_argument("reference", help="registration number (2026/000123) or submission id")
    status.add_argument("status")
    status.add_argument("--note")
    status.add_argument("--timezone", default="Europe/Bucharest")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    # Imports are deferred so `--help` and the quick commands start fast.
    from portal.storage.engine import make_engine
    from portal.storage.migrate import upgrade
    from portal.storage.transactions import writing

    if args.command == "serve":
        from portal.config import RateLimit, Settings
        from portal.server import serve

        settings = Settings(
            db=args.db,
            rate_limit=RateLimit.parse(args.rate_limit),
            hold_seconds=args.hold_seconds,
            timezone=args.timezone,
        )
        serve(settings, args.host, args.port)
        return 0

    engine = make_engine(args.db)
    try:
        upgrade(engine)
        if args.command == "migrate":
            print("schema up to date")
        elif args.command == "seed":
            from portal.demo.seed import DEFAULT_CATALOGUE, seed_demo

            counts = seed_demo(engine, args.catalogue or DEFAULT_CATALOGUE)
            print(f"seeded {counts['services']} services, {counts['slots']} new slots")
        elif args.command == "enroll-kiosk":
            from portal.storage.kiosks import enroll_kiosk

            with writing(engine) as conn:
                token = enroll_kiosk(conn, args.name)
            print(f"kiosk {args.name} enrolled; device token: {token}")
        elif args.command == "enrollment-code":
            from portal.storage.kiosks import issue_enrolment_code

            with writing(engine) as conn:
                code = issue_enrolment_code(conn, args.name, dt.timedelta(hours=args.valid_hours))
            print(f"one-time enrolment code for {args.name}, valid {args.valid_hours} h: {code}")
        elif args.command == "revoke-kiosk":
            from portal.storage.kiosks import revoke_kiosk

            with writing(engine) as conn:
                revoked = revoke_kiosk(conn, args.name)
            if not revoked:
                print(f"no kiosk named {args.name}", file=sys.stderr)
                return 1
            print(f"kiosk {args.name} revoked")
        elif args.command == "kiosks":
            _show_kiosks(engine, as_json=args.json)
        elif args.command == "set-status":
            return _set_status(engine, args)
    finally:
        engine.dispose()
    return 0


def _show_kiosks(engine: object, *, as_json: bool) -> None:
    import json

    from sqlalchemy import Engine

    from portal.clock import utc_now
    from portal.fleet import fleet_json, kiosk_line
    from portal.storage.kiosks import kiosk_health

    assert isinstance(engine, Engine)
    with engine.connect() as conn:
        kiosks = kiosk_health(conn)
    if as_json:
        print(json.dumps({"kiosks": fleet_json(kiosks)}, indent=2, ensure_ascii=False))
        return
    if not kiosks:
        print("no kiosks enrolled")
    now = utc_now()
    for kiosk in kiosks:
        print(kiosk_line(kiosk, now))


def _set_status(engine: object, args: argparse.Namespace) -> int:
    from sqlalchemy import Engine

    from portal.storage import submissions as store
    from portal.storage.catalogue import get_service
    from portal.storage.transactions import writing

    assert isinstance(engine, Engine)
    if args.status not in store.STATUSES:
        print(f"status must be one of: {', '.join(store.STATUSES)}", file=sys.stderr)
        return 2
    with writing(engine) as conn:
        submission = store.find_by_reference_or_id(conn, args.reference)
        if submission is None:
            print(f"no submission {args.reference}", file=sys.stderr)
            return 1
        service = get_service(conn, submission.service_code)
        assert service is not None
        updated = store.set_status(
            conn,
            submission,
            args.status,
            args.note,
            term_days=service.term_days,
            timezone=args.timezone,
        )
    print(f"{updated.registration_number or updated.id}: {updated.status}")
    return 0
