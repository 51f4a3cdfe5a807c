"""A relay (tiếp sóng) through the station's output: a QAudioSink on the chosen device pulls the Qt-free feed
(audio/stream.RelayFeed: 16-bit stereo 44.1 kHz PCM, the source or its fallback) through a QIODevice.

The sink lives on a thread of its own: it pulls from its thread's event loop, so a busy window (or a loaded PC)
never starves it; files are decoded on QMediaPlayer's own threads in the same way. The main thread only reads
what that thread last saw (state, error, seconds played), which the worker updates every 50 ms."""

from __future__ import annotations

import logging

from PySide6.QtCore import QIODevice, QObject, QThread, QTimer, Signal, Slot
from PySide6.QtMultimedia import QAudioDevice, QAudioFormat, QAudioSink

from audio.stream import CHANNELS, RATE

log = logging.getLogger(__name__)


class _FeedDevice(QIODevice):
    """What the sink reads: always as many bytes as it asks for (the feed never runs dry)."""

    def __init__(self, feed, parent: QObject | None = None) -> None:
        super().__init__()
        if parent is not None:
            self.setParent(parent)
        self.feed = feed

    def readData(self, maxlen: int) -> bytes:  # noqa: N802 (Qt's name)
        return self.feed.read(min(int(maxlen), 65536))

    def writeData(self, data: bytes | bytearray | memoryview, size: int, /) -> int:  # noqa: N802 (Qt's name)
        return -1

    def bytesAvailable(self) -> int:  # noqa: N802 (Qt's name)
        return 65536 + super().bytesAvailable()

    def isSequential(self) -> bool:  # noqa: N802 (Qt's name)
        return True


class _SinkWorker(QObject):
    """On the relay's thread: makes the sink, starts and stops it, and publishes what it sees."""

    def __init__(self, device: QAudioDevice, volume: float, feed) -> None:
        super().__init__()
        self.device, self.volume, self.feed = device, volume, feed
        self.state = "StoppedState"
        self.error = "NoError"
        self.processed_s = 0.0
        self._sink: QAudioSink | None = None
        self._io: _FeedDevice | None = None
        self._poll: QTimer | None = None

    @Slot()
    def begin(self) -> None:
        audio_format = QAudioFormat()
        audio_format.setSampleRate(RATE)
        audio_format.setChannelCount(CHANNELS)
        audio_format.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        self._sink = QAudioSink(self.device, audio_format, self)
        self._sink.setBufferSize(RATE * CHANNELS * 2 // 2)  # 0.5 s
        self._sink.setVolume(self.volume)
        self._io = _FeedDevice(self.feed, self)
        self._io.open(QIODevice.OpenModeFlag.ReadOnly)
        self._sink.start(self._io)
        self._poll = QTimer(self)
        self._poll.setInterval(50)
        self._poll.timeout.connect(self._publish)
        self._poll.start()
        self._publish()

    @Slot()
    def end(self) -> None:
        if self._poll is not None:
            self._poll.stop()
        if self._sink is not None:
            self._publish()
            self._sink.stop()
        if self._io is not None:
            self._io.close()
        self.state = "StoppedState"

    def _publish(self) -> None:
        # PySide cannot deliver QAudioSink.stateChanged (its QAudio::State does not convert): polled instead.
        assert self._sink is not None
        self.processed_s = self._sink.processedUSecs() / 1_000_000
        self.state, self.error = self._sink.state().name, self._sink.error().name


class RelayOutput(QObject):
    """Plays one feed until `stop()`; `started` once sound flows, `failed(message)` on a device error."""

    started = Signal()
    failed = Signal(str)
    _begin = Signal()
    _end = Signal()

    def __init__(self, device: QAudioDevice, volume: float, feed, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("relay-output")
        self._worker = _SinkWorker(device, volume, feed)
        self._worker.moveToThread(self._thread)
        self._begin.connect(self._worker.begin)
        self._end.connect(self._worker.end)
        self._begun = False
        self._stopping = False
        self._poll = QTimer(self)
        self._poll.setInterval(100)
        self._poll.timeout.connect(self._check)

    def start(self) -> None:
        self._thread.start()
        self._begin.emit()
        self._poll.start()

    def stop(self) -> None:
        self._stopping = True
        self._poll.stop()
        self._end.emit()
        self._thread.quit()
        self._thread.wait(3000)

    def is_running(self) -> bool:
        return self._worker.state in ("ActiveState", "IdleState")

    def position_s(self) -> float:
        """Seconds the device has really played (not what waits in its buffer)."""
        return self._worker.processed_s

    def _check(self) -> None:
        if self._stopping:
            return
        state, error = self._worker.state, self._worker.error
        if state == "ActiveState" and not self._begun:
            self._begun = True
            self.started.emit()
        elif self._begun and state == "StoppedState" and error != "NoError":
            log.warning("relay sink stopped: %s", error)
            self._poll.stop()
            self.failed.emit("Thiết bị phát dừng bất thường khi đang tiếp sóng.")
