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


def _load(args: argparse.Namespace) -> KioskConfig:
    path = args.config or (DEMO_PATH if args.demo else DEFAULT_PATH)
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

        count = render_with_portal(config, args.screenshots, demo=args.demo)
        print(f"{count} screenshots in {args.screenshots}")
        return 0

    return _run(app, config, args)


def _run(app: object, config: KioskConfig, args: argparse.Namespace) -> int:
    import qasync
    from PySide6.QtGui import QGuiApplication

    from kiosk.app import build_kiosk

    assert isinstance(app, QGuiApplication)
    kiosk_mode = args.fullscreen or not (args.demo or args.windowed)
    built: list[Kiosk] = []
    link = _portal_link(config, lambda catalogue: built[0].catalogue.set_catalogue(catalogue))
    kiosk = build_kiosk(config, kiosk_mode=kiosk_mode, portal=link)
    built.append(kiosk)
    window = kiosk.window
    connected = False

    def first_frame() -> None:
        window.frameSwapped.disconnect(first_frame)
        elapsed = round((time.perf_counter() - _STARTED) * 1000)
        log.info("first_frame", extra={"ms_since_start": elapsed, "rss_kib": _rss_kib()})
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
    with loop:
        loop.run_forever()
    if connected:
        link.close_now()
    kiosk.close()
    return 0


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
