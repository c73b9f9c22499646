"""An ID scan on the camera: a capture worker and a recognition worker, off the GUI thread.

While a scan runs, the capture thread reads frames, publishes a shrunk copy to the
preview (at most ``preview_fps``) and leaves the newest frame in a one-frame slot; the
recognition thread always takes the newest frame from that slot (frames it had no time
for are simply replaced, so nothing queues up) and feeds the recognizer. Hints and the
accepted card reach the GUI thread through queued Qt signals, tagged with the scan's
number so a late answer from a stopped scan is dropped.

Frames stay in memory and are dropped as soon as they are replaced. ``stop()`` closes
the camera; ``wipe()`` also blanks the preview and makes the recognizer forget.
Nothing read from a card is logged: only counts and rates.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal, SignalInstance, Slot

from device.camera.source import Frame, FrameSource
from kiosk.camera.preview import PreviewStore, preview_image

log = logging.getLogger("kiosk.camera")

JOIN_TIMEOUT_S = 3.0
_NO_FRAME_WAIT_S = 0.02


class CardFields(Protocol):
    def card(self) -> dict[str, str]: ...


class AcceptedRead(Protocol):
    @property
    def fields(self) -> CardFields: ...


class RecognizerReport(Protocol):
    @property
    def hint(self) -> Any: ...  # device.mrz.types.Hint (a str enum)

    @property
    def accepted(self) -> AcceptedRead | None: ...


class Recognizer(Protocol):
    """``device.mrz.reader.MrzReader``: frames in, a hint and (once sure) the card out."""

    def feed(self, frame: Frame) -> RecognizerReport: ...

    def reset(self) -> None: ...


@dataclass(frozen=True)
class ScanStats:
    """How a scan went, in counts only (logged as ``camera.scan_stopped``)."""

    seconds: float
    frames: int
    previews: int
    recognized: int

    @property
    def preview_fps(self) -> float:
        return self.previews / self.seconds if self.seconds > 0 else 0.0

    @property
    def recognized_per_s(self) -> float:
        return self.recognized / self.seconds if self.seconds > 0 else 0.0


class _NewestFrame:
    """A slot of one frame: put() replaces, take() waits for one and empties the slot."""

    def __init__(self) -> None:
        self._ready = threading.Condition()
        self._frame: Frame | None = None
        self._closed = False

    def put(self, frame: Frame) -> None:
        with self._ready:
            self._frame = frame
            self._ready.notify()

    def take(self) -> Frame | None:
        with self._ready:
            while self._frame is None and not self._closed:
                self._ready.wait()
            frame, self._frame = self._frame, None
            return frame

    def close(self) -> None:
        with self._ready:
            self._closed = True
            self._frame = None
            self._ready.notify_all()


class _Run:
    """The two worker threads of one scan."""

    def __init__(self, number: int, owner: CameraScan) -> None:
        self.number = number
        self.stop = threading.Event()
        # Held while a worker emits and while the scan is stopped: once stop() returns,
        # no worker of this run touches a Qt object again, even one still finishing a frame.
        self.gate = threading.Lock()
        self.slot = _NewestFrame()
        self.started = time.monotonic()
        self.frames = 0
        self.previews = 0
        self.recognized = 0
        self.capture = threading.Thread(
            target=owner._capture_loop, args=(self,), name="camera-capture", daemon=True
        )
        self.recognition = threading.Thread(
            target=owner._recognition_loop, args=(self,), name="mrz-recognition", daemon=True
        )

    def stats(self) -> ScanStats:
        return ScanStats(
            seconds=round(time.monotonic() - self.started, 3),
            frames=self.frames,
            previews=self.previews,
            recognized=self.recognized,
        )


class CameraScan(QObject):
    """Scans the configured camera for an ID card's MRZ, on demand, one scan at a time."""

    # Public, emitted on the GUI thread for the current scan only.
    previewChanged = Signal(int)  # a new picture: its number, for the image URL
    hintChanged = Signal(str)  # device.mrz.types.Hint value
    accepted = Signal(object)  # dict: the card's fields (prefill source names)
    unavailable = Signal()  # the camera could not be opened
    runningChanged = Signal()

    # From the workers (queued to the GUI thread).
    _picture = Signal(int)
    _report = Signal(int, str, object)
    _failed = Signal(int, str)

    def __init__(
        self,
        source: FrameSource,
        store: PreviewStore,
        recognizer: Callable[[], Recognizer],
        *,
        capture_fps: float = 30.0,
        preview_fps: float = 20.0,
        mirror_preview: bool = False,
        prepare: Callable[[], None] | None = None,
    ) -> None:
        super().__init__()
        self._prepare = prepare or (lambda: None)
        self._source = source
        self._store = store
        self._make_recognizer = recognizer
        self._recognizer: Recognizer | None = None
        self._recognizer_lock = threading.Lock()
        self._frame_interval = 1.0 / capture_fps
        self._preview_interval = 1.0 / preview_fps
        self._mirror = mirror_preview
        self._run: _Run | None = None
        self._runs = 0
        self._preview_number = 0
        self.last_stats: ScanStats | None = None
        self._picture.connect(self._on_picture)
        self._report.connect(self._on_report)
        self._failed.connect(self._on_failed)

    @property
    def running(self) -> bool:
        return self._run is not None

    @property
    def source(self) -> FrameSource:
        return self._source

    @property
    def recognizer(self) -> Recognizer | None:
        """The recognizer, once a scan has made it (for tools and tests)."""
        return self._recognizer

    # -- GUI thread ---------------------------------------------------------------
    def prepare(self) -> None:
        """A scan may come soon: get slow, non-personal set-up (the simulator) going."""
        self._prepare()

    def start(self) -> None:
        """Open the camera and start reading (in the workers); a running scan goes on."""
        if self._run is not None:
            return
        self._runs += 1
        run = _Run(self._runs, self)
        self._run = run
        log.info("camera.scan_started")
        run.capture.start()
        run.recognition.start()
        self.runningChanged.emit()

    def stop(self, reason: str = "stopped") -> None:
        """End the scan: the workers stop and the camera is closed before this returns."""
        run, self._run = self._run, None
        if run is None:
            return
        with run.gate:
            run.stop.set()
        run.slot.close()
        run.capture.join(JOIN_TIMEOUT_S)
        run.recognition.join(JOIN_TIMEOUT_S)
        if run.capture.is_alive() or run.recognition.is_alive():
            log.error("camera.worker_stuck", extra={"reason": reason})
        stats = run.stats()
        self.last_stats = stats
        log.info(
            "camera.scan_stopped",
            extra={
                "reason": reason,
                "seconds": stats.seconds,
                "frames": stats.frames,
                "previews": stats.previews,
                "recognized": stats.recognized,
                "preview_fps": round(stats.preview_fps, 1),
                "recognized_per_s": round(stats.recognized_per_s, 1),
            },
        )
        self.runningChanged.emit()

    def wipe(self) -> None:
        """The session ends: stop, blank the preview, make the recognizer forget."""
        self.stop("wipe")
        self._store.blank()
        with self._recognizer_lock:
            if self._recognizer is not None:
                self._recognizer.reset()
        self._preview_number += 1
        self.previewChanged.emit(self._preview_number)

    def _current(self, number: int) -> bool:
        return self._run is not None and self._run.number == number

    @Slot(int)
    def _on_picture(self, number: int) -> None:
        if self._current(number):
            self._preview_number += 1
            self.previewChanged.emit(self._preview_number)

    @Slot(int, str, object)
    def _on_report(self, number: int, hint: str, card: object) -> None:
        if not self._current(number):
            return
        if isinstance(card, Mapping):
            self.stop("accepted")
            self.accepted.emit(dict(card))
        else:
            self.hintChanged.emit(hint)

    @Slot(int, str)
    def _on_failed(self, number: int, error: str) -> None:
        if not self._current(number):
            return
        log.warning("camera.unavailable", extra={"error": error})
        self.stop("unavailable")
        self.unavailable.emit()

    # -- worker threads -----------------------------------------------------------
    @staticmethod
    def _send(run: _Run, signal: SignalInstance, *args: object) -> None:
        """Emit for the GUI thread, unless the scan has been stopped."""
        with run.gate:
            if not run.stop.is_set():
                signal.emit(*args)

    # -- capture thread -----------------------------------------------------------
    def _capture_loop(self, run: _Run) -> None:
        try:
            self._source.open()
        except Exception as error:  # CameraError, or OpenCV failing in its own way
            self._send(run, self._failed, run.number, type(error).__name__)
            return
        try:
            last_preview = 0.0
            while not run.stop.is_set():
                began = time.monotonic()
                frame = self._source.read()
                if frame is None:
                    run.stop.wait(_NO_FRAME_WAIT_S)
                    continue
                run.frames += 1
                if began - last_preview >= self._preview_interval:
                    self._store.put(preview_image(frame, mirror=self._mirror))
                    last_preview = began
                    run.previews += 1
                    self._send(run, self._picture, run.number)
                run.slot.put(frame)
                del frame
                # Simulated sources answer at once: keep to a camera's pace.
                rest = self._frame_interval - (time.monotonic() - began)
                if rest > 0:
                    run.stop.wait(rest)
        except Exception as error:
            self._send(run, self._failed, run.number, type(error).__name__)
        finally:
            run.slot.close()
            self._source.close()

    # -- recognition thread -------------------------------------------------------
    def _recognizer_now(self) -> Recognizer:
        with self._recognizer_lock:
            if self._recognizer is None:
                self._recognizer = self._make_recognizer()
            return self._recognizer

    def _recognition_loop(self, run: _Run) -> None:
        try:
            recognizer = self._recognizer_now()
            recognizer.reset()
            while not run.stop.is_set():
                frame = run.slot.take()
                if frame is None or run.stop.is_set():
                    return
                report = recognizer.feed(frame)
                del frame
                run.recognized += 1
                card = report.accepted.fields.card() if report.accepted is not None else None
                self._send(run, self._report, run.number, str(report.hint), card)
                if card is not None:
                    return
        except Exception as error:
            log.error("camera.recognition_failed", extra={"error": type(error).__name__})
            self._send(run, self._failed, run.number, type(error).__name__)
