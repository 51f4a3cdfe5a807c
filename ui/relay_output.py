"""A relay (tiếp sóng) through the station's output: a QAudioSink on the chosen device pulls the Qt-free feed
(audio/stream.RelayFeed: 16-bit stereo 44.1 kHz PCM, the source or its fallback) through a QIODevice."""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QIODevice, QObject, QTimer, Signal
from PySide6.QtMultimedia import QAudioDevice, QAudioFormat, QAudioSink

from audio.stream import CHANNELS, RATE

log = logging.getLogger(__name__)


class _FeedDevice(QIODevice):
    """What the sink reads: always as many bytes as it asks for (the feed never runs dry)."""

    def __init__(self, feed, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.feed = feed

    def readData(self, maxlen: int) -> bytes:  # noqa: N802 (Qt's name)
        return self.feed.read(min(int(maxlen), 65536))

    def writeData(self, data) -> int:  # noqa: N802 (Qt's name)
        return -1

    def bytesAvailable(self) -> int:  # noqa: N802 (Qt's name)
        return 65536 + super().bytesAvailable()

    def isSequential(self) -> bool:  # noqa: N802 (Qt's name)
        return True


class RelayOutput(QObject):
    """Plays one feed until `stop()`; `started` once sound flows, `failed(message)` on a device error."""

    started = Signal()
    failed = Signal(str)

    def __init__(self, device: QAudioDevice, volume: float, feed, parent: QObject | None = None) -> None:
        super().__init__(parent)
        audio_format = QAudioFormat()
        audio_format.setSampleRate(RATE)
        audio_format.setChannelCount(CHANNELS)
        audio_format.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        self._sink = QAudioSink(device, audio_format, self)
        self._sink.setBufferSize(RATE * CHANNELS * 2 * 3 // 10)  # 0.3 s: a busy event loop does not chop the relay
        self._sink.setVolume(volume)
        self._device = _FeedDevice(feed, self)
        self._begun: float | None = None
        self._stopping = False
        self._poll = QTimer(self)
        self._poll.setInterval(100)
        self._poll.timeout.connect(self._check)

    def start(self) -> None:
        self._device.open(QIODevice.OpenModeFlag.ReadOnly)
        self._sink.start(self._device)
        self._poll.start()
        self._check()

    def stop(self) -> None:
        self._stopping = True
        self._poll.stop()
        self._sink.stop()
        self._device.close()

    def is_running(self) -> bool:
        return self._sink.state().name in ("ActiveState", "IdleState")

    def position_s(self) -> float:
        """Seconds the device has really played (not what waits in its buffer)."""
        return self._sink.processedUSecs() / 1_000_000

    def _check(self) -> None:
        """Polled: PySide cannot deliver QAudioSink.stateChanged (its QAudio::State does not convert)."""
        if self._stopping:
            return
        state, error = self._sink.state().name, self._sink.error().name
        if state == "ActiveState" and self._begun is None:
            self._begun = time.monotonic()
            self.started.emit()
        elif state == "StoppedState" and error != "NoError":
            log.warning("relay sink stopped: %s", error)
            self._poll.stop()
            self.failed.emit("Thiết bị phát dừng bất thường khi đang tiếp sóng.")
