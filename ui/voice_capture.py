"""Capturing the operator's voice from an audio input with Qt Multimedia (QAudioSource), for the voice recorder
and the live reading's prompter.

Samples (16-bit mono, 44.1 kHz: Qt or the sound server converts) are read as they arrive, measured for the level
meter (audio/voice_levels.py) and written to a WAV file in a temporary folder of this capture's own; `remove()`
deletes that folder, so a cancelled or failed take leaves nothing behind. While paused the input keeps being read
(so the meter still moves) but nothing is written; `restart()` throws the take away and starts it again.
"""

from __future__ import annotations

import shutil
import tempfile
import wave
from pathlib import Path

from PySide6.QtCore import QIODevice, QObject, Signal
from PySide6.QtMultimedia import QAudioDevice, QAudioFormat, QAudioSource, QMediaDevices, QtAudio

from app.voice_recording import TAKE_RATE
from audio.voice_levels import SILENT, Levels, pcm_levels

BYTES_PER_SECOND = TAKE_RATE * 2


def audio_inputs() -> list[QAudioDevice]:
    """The inputs Qt finds now (microphones, line-ins; on Linux the sound server's sources)."""
    return list(QMediaDevices.audioInputs())


def device_key(device: QAudioDevice) -> bytes:
    """The input's id (what the sound system calls it), comparable across device lists."""
    return bytes(device.id().data())


def default_input_id() -> bytes:
    device = QMediaDevices.defaultAudioInput()
    return device_key(device) if not device.isNull() else b""


def take_format() -> QAudioFormat:
    fmt = QAudioFormat()
    fmt.setSampleRate(TAKE_RATE)
    fmt.setChannelCount(1)
    fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
    return fmt


class VoiceCapture(QObject):
    """One take from one input. `start()`, `pause()`/`resume()`, `restart()`, `stop()` -> the WAV file."""

    failed = Signal(str)  # the input stopped by itself (unplugged, refused): a message for the operator
    # The first samples arrived. The sound server opens the input asynchronously (up to a second or so): words
    # spoken before this are not recorded, so the window says "Đang ghi" only from here.
    flowing = Signal()

    def __init__(self, device: QAudioDevice, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.device = device
        self.folder = Path(tempfile.mkdtemp(prefix="truyenthanh-voice-"))
        self.path = self.folder / "take.wav"
        self.levels: Levels = SILENT
        self.paused = False
        self._flowed = False
        self._bytes = 0
        self._wave: wave.Wave_write | None = None
        self._source: QAudioSource | None = None
        self._io: QIODevice | None = None

    @property
    def seconds(self) -> float:
        return self._bytes / BYTES_PER_SECOND

    @property
    def running(self) -> bool:
        return self._source is not None

    def start(self) -> None:
        self._open_wave()
        self._source = QAudioSource(self.device, take_format(), self)
        # Room for two seconds: a busy GUI thread (a page being drawn) must not make the sound server drop samples.
        self._source.setBufferSize(BYTES_PER_SECOND * 2)
        self._source.stateChanged.connect(self._state_changed)
        self._io = self._source.start()
        if self._io is None:
            self._close()
            raise OSError(self.tr("Không mở được micrô “{name}”.").format(name=self.device.description()))
        self._io.readyRead.connect(self._read)

    def pause(self) -> None:
        self.paused = True

    def resume(self) -> None:
        self.paused = False

    def restart(self) -> None:
        """Ghi lại: the take so far is thrown away; recording goes on from now (not paused)."""
        self._read()
        if self._wave is not None:
            self._wave.close()
        self._open_wave()
        self.paused = False

    def stop(self) -> Path:
        """Stops the input; the WAV holds everything recorded (and not paused) so far."""
        self._read()
        self._close()
        return self.path

    def remove(self) -> None:
        """Stops and deletes the take and its folder: nothing is left in the temporary folder."""
        self._close()
        shutil.rmtree(self.folder, ignore_errors=True)

    def _open_wave(self) -> None:
        self._wave = wave.open(str(self.path), "wb")
        self._wave.setnchannels(1)
        self._wave.setsampwidth(2)
        self._wave.setframerate(TAKE_RATE)
        self._bytes = 0

    def _read(self) -> None:
        if self._io is None:
            return
        data = bytes(self._io.readAll().data())
        if not data:
            return
        first, self._flowed = not self._flowed, True
        self.levels = pcm_levels(data)
        if first:
            self.flowing.emit()
        if not self.paused and self._wave is not None:
            self._wave.writeframesraw(data)
            self._bytes += len(data)

    def _state_changed(self) -> None:
        # The state is read from the source, not taken from the signal: PySide6 cannot convert the signal's
        # QtAudio::State to a slot typed with it.
        if self._source is None or self._source.state() != QtAudio.State.StoppedState:
            return
        if self._source.error() != QtAudio.Error.NoError:
            self._close()
            self.failed.emit(
                self.tr("Micrô “{name}” ngừng gửi âm thanh (bị rút ra hoặc bị chương trình khác chiếm).").format(
                    name=self.device.description()
                )
            )

    def _close(self) -> None:
        source, self._source, self._io = self._source, None, None
        if source is not None:
            source.stateChanged.disconnect(self._state_changed)
            source.stop()
            source.deleteLater()
        if self._wave is not None:
            self._wave.close()  # writes the final length into the header
            self._wave = None
        self.levels = SILENT
