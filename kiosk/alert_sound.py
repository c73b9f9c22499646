"""The audible half of the idle warning (the visible half is the IdleWarning overlay).

QtMultimedia is loaded only when the first warning sounds, keeping start-up fast.
On a machine with no audio output the sound is skipped and that is logged once.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QUrl

log = logging.getLogger("kiosk.sound")

WARNING_SOUND = Path(__file__).resolve().parent.parent / "resources" / "sounds" / "idle-warning.wav"


class AlertSound(QObject):
    def __init__(self, path: Path = WARNING_SOUND) -> None:
        super().__init__()
        self._path = path
        self._effect: Any = None
        self._available: bool | None = None
        self.played = 0

    def _ensure(self) -> bool:
        if self._available is None:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

            self._available = bool(QMediaDevices.audioOutputs())
            if self._available:
                self._effect = QSoundEffect(self)
                self._effect.setSource(QUrl.fromLocalFile(str(self._path)))
                self._effect.setVolume(0.8)
            else:
                log.warning("no_audio_output")
        return bool(self._available)

    def play(self) -> None:
        self.played += 1
        log.info("alert_sound")
        if self._ensure():
            self._effect.play()
