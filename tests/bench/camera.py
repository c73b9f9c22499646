"""The ID scan's camera pipeline: preview frame rate and recognition rate.

Run it as ``.venv/bin/python -m tests.bench.camera [--seconds 10] [--source simulated]``.
It builds the kiosk's camera (:class:`kiosk.camera.kiosk_camera.KioskCamera`) from a
``[camera]`` setting, shows its preview in an offscreen QML ``Image`` (software
renderer, as in the kiosk's screenshots) and scans for ``--seconds`` with the real
MRZ reader, then prints:

* capture fps: frames the capture worker read;
* preview fps: pictures published, and pictures QML actually fetched and showed;
* recognition rate: frames the MRZ reader got through per second (it always takes the
  newest frame; the rest are skipped, never queued);
* when the first card was accepted, if one was.

The scan restarts after each accepted card, so the figures cover a whole run.
"""

from __future__ import annotations

import argparse
import os
import sys


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--source", default="simulated", help="[camera] source")
    parser.add_argument("--path", default="", help="[camera] path (file / images)")
    parser.add_argument("--device", type=int, default=0)
    parser.add_argument("--fps", type=int, default=30)
    args = parser.parse_args(argv)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_QUICK_BACKEND", "software")
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtQml import QQmlApplicationEngine

    from kiosk.camera.kiosk_camera import KioskCamera
    from kiosk.config import CameraSettings

    app = QGuiApplication(sys.argv[:1])
    camera = KioskCamera(
        CameraSettings(source=args.source, path=args.path, device=args.device, fps=args.fps)
    )
    scan = camera.id_scan
    if scan is None:
        print("no camera configured")
        return 1
    engine = QQmlApplicationEngine()
    provider = camera.image_provider()
    engine.addImageProvider(camera.provider_id, provider)
    engine.loadData(
        b"import QtQuick\n"
        b"Window { id: w; visible: true; width: 960; height: 540; property int n: 0\n"
        b"  Image { anchors.fill: parent; cache: false; source: 'image://camera/' + w.n } }"
    )
    window = engine.rootObjects()[0]

    accepted: list[float] = []
    unavailable: list[bool] = []
    totals = {"seconds": 0.0, "frames": 0, "previews": 0, "recognized": 0}

    def count() -> None:
        stats = scan.last_stats
        if not scan.running and stats is not None:
            for key in totals:
                totals[key] += getattr(stats, key)

    def on_accepted(card: object) -> None:
        accepted.append(totals["seconds"])
        scan.start()  # keep measuring

    def on_unavailable() -> None:
        unavailable.append(True)
        app.quit()

    def finish() -> None:
        scan.stop("bench")
        app.quit()

    scan.previewChanged.connect(lambda number: window.setProperty("n", number))
    scan.runningChanged.connect(count)
    scan.accepted.connect(on_accepted)
    scan.unavailable.connect(on_unavailable)
    print("opening the camera source (the simulator renders its cards first)…", flush=True)
    if camera.shared is not None:
        with camera.shared.handle("bench"):  # not measured: the simulator's one-off set-up
            pass
    scan.start()
    QTimer.singleShot(round(args.seconds * 1000), finish)
    app.exec()
    if unavailable:
        print("the camera could not be opened")
        return 1
    seconds = totals["seconds"] or 1.0
    print(f"source: {args.source}; scanned {seconds:.1f} s of {args.seconds:.0f} s")
    print(f"capture fps:        {totals['frames'] / seconds:6.1f}")
    print(f"preview fps:        {totals['previews'] / seconds:6.1f} published")
    print(f"                    {provider.requests / seconds:6.1f} shown by QML")
    print(f"recognition rate:   {totals['recognized'] / seconds:6.1f} frames/s")
    first = f", the first after {accepted[0]:.1f} s of scanning" if accepted else ""
    print(f"cards accepted:     {len(accepted)}{first}")
    camera.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
