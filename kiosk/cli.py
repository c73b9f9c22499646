"""Command line: `kiosk` / `python -m kiosk`."""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.config import DEFAULT_PATH, DEMO_PATH, PROFILES, ConfigError, KioskConfig, load_config
from kiosk.logging_setup import configure_logging

if TYPE_CHECKING:
    from kiosk.app import Kiosk
    from kiosk.catalogue.model import Catalogue
    from kiosk.portal_link import PortalLink

log = logging.getLogger("kiosk")
_STARTED = time.perf_counter()
DEMO_DATA_DIR = Path(__file__).resolve().parents[1] / "build" / "demo-data"
# What the admin screen's Restart makes `_run` return; `main` then starts the kiosk anew.
RESTART_EXIT_CODE = 75


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="kiosk", description="Public e-services kiosk (touch screen, full screen)."
    )
    parser.add_argument(
        "--config",
        type=Path,
        help=f"TOML configuration (default {DEFAULT_PATH}; with --demo, the demo configuration)",
    )
    parser.add_argument("--profile", choices=PROFILES, help="override the configured profile")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="demo profile: demo configuration and catalogue, simulated devices",
    )
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--windowed", action="store_true", help="an ordinary window (development)")
    mode.add_argument(
        "--fullscreen", action="store_true", help="full screen, no way out (default without --demo)"
    )
    parser.add_argument(
        "--screenshots",
        type=Path,
        metavar="DIR",
        help="render every screen in every language and display variant to DIR, then exit",
    )
    parser.add_argument(
        "--exit-after-first-frame",
        action="store_true",
        help="exit once the first frame is on screen (start-up benchmark)",
    )
    return parser.parse_args(argv)


def _config_path(args: argparse.Namespace) -> Path:
    """The configuration this run uses and the admin screen saves.

    The demo's own file lives in the repository; settings saved on the admin screen in
    the demo go to a copy in the demo data directory, which later demo runs then use.
    """
    if args.config:
        return Path(args.config)
    if args.demo:
        saved = demo_saved_path()
        return saved if saved.exists() else DEMO_PATH
    return DEFAULT_PATH


DEMO_STAFF = Path(__file__).resolve().parents[1] / "resources" / "demo" / "staff.json"


def seed_demo_staff(staff_file: Path) -> None:
    """The demo's library staff (PIN 135790) in the demo data directory, unless already there.

    The copy, not the repository's file, is what the admin screen's staff page changes.
    """
    if not staff_file.exists() and DEMO_STAFF.exists():
        staff_file.parent.mkdir(parents=True, exist_ok=True)
        staff_file.write_bytes(DEMO_STAFF.read_bytes())
        staff_file.chmod(0o600)


def demo_saved_path() -> Path:
    return DEMO_DATA_DIR / "kiosk.toml"


def _load(args: argparse.Namespace) -> KioskConfig:
    path = _config_path(args)
    config = load_config(path)
    if args.profile:
        config = dataclasses.replace(config, profile=args.profile)
    return config


def _has_display() -> bool:
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform.startswith(("offscreen", "minimal", "vnc", "eglfs", "linuxfb")):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _rss_kib() -> int:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    configure_logging()
    try:
        config = _load(args)
    except ConfigError as error:
        print(error.explain(), file=sys.stderr)
        return 2

    if args.screenshots is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        os.environ.setdefault("QT_QUICK_BACKEND", "software")
    elif not _has_display():
        print(
            "There is no display here (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
            "To see every screen anyway, render them to PNG files:  make screenshots",
            file=sys.stderr,
        )
        return 1

    from kiosk.app import prepare_environment, register_qml_types

    prepare_environment()
    register_qml_types()
    from PySide6.QtGui import QGuiApplication

    from kiosk.qt_messages import route_qt_messages

    route_qt_messages()
    app = QGuiApplication(sys.argv[:1])
    app.setApplicationName("eservices-kiosk")

    if args.screenshots is not None:
        from kiosk.screenshots import render_with_portal

        if args.demo:
            seed_demo_staff(config.staff_file)

        count = render_with_portal(
            config, args.screenshots, demo=args.demo, config_path=_config_path(args)
        )
        print(f"{count} screenshots in {args.screenshots}")
        return 0

    code = _run(app, config, args)
    if code == RESTART_EXIT_CODE and not args.exit_after_first_frame:
        log.info("kiosk_restarting")
        os.execv(sys.executable, [sys.executable, "-m", "kiosk", *(argv or sys.argv[1:])])
    return code


def _run(app: object, config: KioskConfig, args: argparse.Namespace) -> int:
    import qasync
    from PySide6.QtGui import QGuiApplication

    from kiosk.app import build_kiosk
    from kiosk.gc_policy import GuiThreadCollector
    from kiosk.secrets import SecretStore

    assert isinstance(app, QGuiApplication)
    collector = GuiThreadCollector(app)
    kiosk_mode = args.fullscreen or not (args.demo or args.windowed)
    built: list[Kiosk] = []
    link = _portal_link(config, lambda catalogue: built[0].catalogue.set_catalogue(catalogue))
    restarting: list[bool] = []

    def restart() -> None:
        restarting.append(True)
        app.quit()

    path = _config_path(args)
    demo_card = None
    if config.card_reader.reader == "demo":
        # The demo's ID card chip: the emulator on a private pcscd, when one can run here.
        from kiosk.chip.demo import DemoCardReader

        demo_card = DemoCardReader()
        reader = demo_card.start_in_background()
        if reader is not None:
            config = dataclasses.replace(
                config, card_reader=dataclasses.replace(config.card_reader, reader=reader)
            )
    if args.demo:
        seed_demo_staff(config.staff_file)
    kiosk = build_kiosk(
        config,
        kiosk_mode=kiosk_mode,
        portal=link,
        config_path=demo_saved_path() if args.demo and not args.config else path,
        open_secrets=lambda: SecretStore.open(
            allow_file_backend=args.demo, file_backend_dir=config.data_dir.resolve()
        ),
        restart=restart,
    )
    built.append(kiosk)
    window = kiosk.window
    # systemd watchdog and readiness, fleet health, nightly restart (kiosk/appliance/).
    from kiosk.appliance.appliance import Appliance

    appliance = Appliance(config, kiosk, restart, outbox=lambda: link.outbox)
    link.set_health_figures(appliance.metrics.snapshot)
    connected = False
    frames_seen: list[bool] = []

    def first_frame() -> None:
        # frameSwapped comes from the render thread, queued: a second one may already be
        # on its way when the first disconnects (seen under cage/XWayland). Once only.
        if frames_seen:
            return
        frames_seen.append(True)
        window.frameSwapped.disconnect(first_frame)
        elapsed = round((time.perf_counter() - _STARTED) * 1000)
        log.info("first_frame", extra={"ms_since_start": elapsed, "rss_kib": _rss_kib()})
        appliance.ready()
        if args.exit_after_first_frame:
            app.quit()
        elif config.portal is not None or args.demo:
            # After the first frame: the kiosk is usable at once, on the cached or bundled
            # catalogue, while the portal is reached (or, in the demo, started).
            nonlocal connected
            link.connect_in_background(config.portal, demo=args.demo)
            connected = True

    window.frameSwapped.connect(first_frame)
    if kiosk_mode:
        window.showFullScreen()
    else:
        window.show()
    log.info("kiosk_started", extra={"kiosk_id": config.kiosk_id, "profile": config.profile})

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    app.aboutToQuit.connect(loop.stop)
    appliance.start()
    with loop:
        loop.run_forever()
    appliance.stop()
    if connected:
        link.close_now()
    kiosk.close()
    if demo_card is not None:
        demo_card.stop()
    collector.stop()
    return RESTART_EXIT_CODE if restarting else 0


def _portal_link(config: KioskConfig, on_catalogue: Callable[[Catalogue], None]) -> PortalLink:
    """The portal connection, made now but connected only after the first frame."""
    from kiosk.portal_link import PortalLink

    return PortalLink(
        config.data_dir.resolve(),
        profile=config.profile,
        jurisdiction=config.country,
        languages=config.languages,
        on_catalogue=on_catalogue,
    )
