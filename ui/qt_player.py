"""The on-air player: QMediaPlayer + QAudioOutput behind the engine's `Player` interface (app/playout.py).

The output device is the one chosen in settings (`audio_output` holds the QAudioDevice id as UTF-8; empty =
the system default); `volume` is 0..1. It reports the real start (when Qt's playback begins), the end of the
file and errors, each through the listener on the next turn of the event loop, never from inside `play()` or
`stop()`, and never about a file it was told to stop.

The first playback in a process costs Qt several hundred milliseconds (FFmpeg and the sound server are set up
lazily), so the player plays a fraction of a second of silence when it is created: scheduled starts are then
on time from the first one.
"""

from __future__ import annotations

import logging
import struct
import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, QUrl
from PySide6.QtMultimedia import QAudioDevice, QMediaDevices, QMediaPlayer

from app.errors import PlayoutError
from app.playout import PlayerListener
from app.settings import StationSettings
from app.station_time import DEFAULT_TIMEZONE, now_local
from ui.media_objects import create_player
from ui.relay_output import RelayOutput

log = logging.getLogger(__name__)

_ERRORS = {
    QMediaPlayer.Error.ResourceError: "Không mở được tệp âm thanh",
    QMediaPlayer.Error.FormatError: "Tệp âm thanh bị hỏng hoặc không đúng định dạng",
    QMediaPlayer.Error.NetworkError: "Không đọc được tệp âm thanh",
    QMediaPlayer.Error.AccessDeniedError: "Không có quyền đọc tệp âm thanh",
}


def output_devices() -> list[tuple[str, str]]:
    """(id, description) of every audio output the system offers, for the settings page."""
    return [(_device_id(d), d.description()) for d in QMediaDevices.audioOutputs()]


def _device_id(device: QAudioDevice) -> str:
    return bytes(device.id().data()).decode("utf-8", errors="replace")


def find_device(device_id: str) -> QAudioDevice | None:
    """The output with this id, the default output for an empty id, None when there is no such output."""
    outputs = QMediaDevices.audioOutputs()
    if not device_id:
        default = QMediaDevices.defaultAudioOutput()
        return None if default.isNull() else default
    for device in outputs:
        if _device_id(device) == device_id:
            return device
    return None


def same_device(first_id: str, second_id: str) -> bool:
    """Do these two settings (empty = the default output) name the same output? Unknown ids fall back to the
    default, as the players do; with no output at all they are the same (nothing tells them apart)."""
    first = find_device(first_id) or find_device("")
    second = find_device(second_id) or find_device("")
    if first is None or second is None:
        return first is None and second is None
    return _device_id(first) == _device_id(second)


class QtPlayer(QObject):
    """Implements app.playout.Player. Lives on the Qt main thread."""

    def __init__(
        self,
        *,
        device_id: str = "",
        volume: float = 1.0,
        clock: Callable[[], datetime] | None = None,
        warm_up: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.clock = clock or (lambda: now_local(DEFAULT_TIMEZONE))
        self.device_id = device_id
        self._listener: PlayerListener | None = None
        self._player, self._output = create_player(self)
        self._generation = 0
        self._active = False  # True while a file the engine asked for is loaded
        self._started = False
        self._failed = False
        self._pending_offset_ms = 0
        self._warm_file: Path | None = None
        self._relay: RelayOutput | None = None  # a relay on air (tiếp sóng), instead of a file
        self.set_volume(volume)
        self.set_device(device_id)
        self._player.playbackStateChanged.connect(self._state_changed)
        self._player.mediaStatusChanged.connect(self._status_changed)
        self._player.errorOccurred.connect(self._error)
        if warm_up:
            self.warm_up()

    @classmethod
    def for_settings(
        cls, settings: StationSettings, *, clock: Callable[[], datetime], parent: QObject | None = None
    ) -> QtPlayer:
        """The station's player: the output and the volume chosen in Cài đặt, on the station's clock."""
        player = cls(clock=clock, parent=parent)
        player.apply_settings(settings)
        return player

    # --- settings --------------------------------------------------------------------------------

    def set_device(self, device_id: str) -> None:
        """Use the output with this id (empty: the default). An unknown id falls back to the default output
        with a warning in the log: silence on air is worse than the wrong card."""
        self.device_id = device_id
        device = find_device(device_id)
        if device is None and device_id:
            log.warning("audio output %r not found, using the default output", device_id)
            device = find_device("")
        if device is not None:
            self._output.setDevice(device)

    def set_volume(self, volume: float) -> None:
        self._output.setVolume(min(1.0, max(0.0, float(volume))))

    def apply_settings(self, settings: StationSettings) -> None:
        self.set_device(settings.audio_output)
        self.set_volume(settings.volume)

    def warm_up(self) -> None:
        """Play 0.2 s of silence so that Qt's media stack is ready before the first airing."""
        if find_device(self.device_id) is None and find_device("") is None:
            return
        self._warm_file = _silence_file()
        self._player.setSource(QUrl.fromLocalFile(str(self._warm_file)))
        self._player.play()

    # --- Player interface ------------------------------------------------------------------------

    def set_listener(self, listener: PlayerListener | None) -> None:
        self._listener = listener

    def play(self, path: Path, start_offset_s: float = 0.0) -> None:
        # Looked up at every airing: a USB sound card may have been plugged in or out since the last one.
        device = find_device(self.device_id) or find_device("")
        if device is None:
            raise PlayoutError("Không tìm thấy thiết bị phát âm thanh nào (loa, card âm thanh).")
        if device != self._output.device():
            self._output.setDevice(device)
        self._stop_relay()  # a file after a relay: the relay's output lets go of the device first
        self._generation += 1
        self._active, self._started, self._failed = True, False, False
        self._pending_offset_ms = int(max(0.0, start_offset_s) * 1000)
        self._player.setSource(QUrl.fromLocalFile(str(path)))
        if self._pending_offset_ms and self._player.isSeekable():
            self._player.setPosition(self._pending_offset_ms)
            self._pending_offset_ms = 0
        self._player.play()

    def play_relay(self, feed) -> None:
        """A relay: the output device pulls `feed` (audio/stream.RelayFeed) until `stop()`."""
        device = find_device(self.device_id) or find_device("")
        if device is None:
            raise PlayoutError("Không tìm thấy thiết bị phát âm thanh nào (loa, card âm thanh).")
        self._player.stop()
        self._generation += 1
        self._active, self._started, self._failed = True, False, False
        self._relay = RelayOutput(device, self._output.volume(), feed, parent=self)
        self._relay.started.connect(lambda: self._report_on_next_turn("player_started", self.clock()))
        self._relay.failed.connect(self._fail)
        self._relay.start()

    def _stop_relay(self) -> None:
        if self._relay is not None:
            self._relay.stop()
            self._relay.deleteLater()
            self._relay = None

    def stop(self) -> None:
        self._generation += 1
        self._active = False
        self._stop_relay()
        self._player.stop()

    def is_playing(self) -> bool:
        if self._relay is not None:
            return self._active and self._relay.is_running()
        return self._active and self._player.playbackState() == QMediaPlayer.PlaybackState.PlayingState

    def position_s(self) -> float:
        if self._relay is not None:
            return self._relay.position_s() if self._active else 0.0
        return self._player.position() / 1000.0 if self._active else 0.0

    # --- Qt signals, reported on the next turn of the loop ----------------------------------------

    def _report_on_next_turn(self, what: str, *args) -> None:
        """Calls the listener's `what` from the event loop (the main thread), after the current slot returns."""
        generation = self._generation

        def deliver() -> None:
            if generation != self._generation or self._listener is None:
                return  # about a file that was stopped or replaced since
            getattr(self._listener, what)(*args)

        QTimer.singleShot(0, self, deliver)

    def _state_changed(self, state: QMediaPlayer.PlaybackState) -> None:
        if not self._active:
            return
        if state == QMediaPlayer.PlaybackState.PlayingState and not self._started:
            self._started = True
            self._report_on_next_turn("player_started", self.clock())

    def _status_changed(self, status: QMediaPlayer.MediaStatus) -> None:
        if not self._active:
            return
        if status == QMediaPlayer.MediaStatus.LoadedMedia and self._pending_offset_ms:
            self._player.setPosition(self._pending_offset_ms)
            self._pending_offset_ms = 0
        elif status == QMediaPlayer.MediaStatus.EndOfMedia and not self._failed:
            self._active = False
            self._report_on_next_turn("player_finished")
        elif status == QMediaPlayer.MediaStatus.InvalidMedia:
            self._fail(_ERRORS[QMediaPlayer.Error.FormatError])

    def _error(self, error: QMediaPlayer.Error, message: str) -> None:
        if not self._active or error == QMediaPlayer.Error.NoError:
            return
        log.warning("QMediaPlayer error %s: %s", error, message)
        self._fail(_ERRORS.get(error, "Lỗi phát âm thanh"))

    def _fail(self, message: str) -> None:
        if self._failed:
            return
        self._failed = True
        self._active = False
        self._stop_relay()
        self._player.stop()
        self._report_on_next_turn("player_failed", message)


def _silence_file() -> Path:
    """A short WAV of silence, written once per process."""
    path = Path(tempfile.gettempdir()) / "truyenthanh-silence-200ms.wav"
    if not path.exists() or path.stat().st_size == 0:
        rate, channels, frames = 44100, 2, 8820
        data = b"\x00\x00" * channels * frames
        header = (
            b"RIFF"
            + struct.pack("<I", 36 + len(data))
            + b"WAVE"
            + b"fmt "
            + struct.pack("<IHHIIHH", 16, 1, channels, rate, rate * channels * 2, channels * 2, 16)
            + b"data"
            + struct.pack("<I", len(data))
        )
        partial = path.with_name(f".{path.name}.part")
        partial.write_bytes(header + data)
        partial.replace(path)
    return path
