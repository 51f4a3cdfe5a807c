"""Capturing the operator's voice from an audio input with Qt Multimedia (QAudioSource), for the voice recorder
and the live reading's prompter.

Samples (16-bit mono, 44.1 kHz: Qt or the sound server converts) are read as they arrive, measured for the level
meter (audio/voice_levels.py) and written to a WAV file (audio/growing_wav.py: readable at every moment, synced
every two seconds): in a temporary folder of this capture's own, or at a path given (the live reading records into
the data folder, so a crash leaves the take for app/live_take_recovery.py). `remove()` deletes the take (and the
temporary folder), so a cancelled or failed take leaves nothing behind. While paused the input keeps being read
(so the meter still moves) but nothing is written; `restart()` throws the take away and starts it again.

An input that goes away mid-take (a USB microphone unplugged): the sound server quietly moves the stream to
another input, so Qt reports no error. The capture watches the list of inputs (QMediaDevices.audioInputsChanged)
and, with PulseAudio (or PipeWire's pulse server), asks the server itself every second (`pactl list short
sources`, run without blocking): Qt 6.11's PulseAudio backend announces a new source but never a removed one.
When its own input is gone it stops writing at once and emits `lost`: the take so far is kept, never mixed with
what another input hears.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QIODevice, QObject, QProcess, QTimer, Signal
from PySide6.QtMultimedia import QAudioDevice, QAudioFormat, QAudioSource, QMediaDevices, QtAudio

from app.voice_recording import TAKE_RATE
from audio.growing_wav import GrowingWav
from audio.voice_levels import SILENT, Levels, pcm_levels

BYTES_PER_SECOND = TAKE_RATE * 2
SOURCE_CHECK_MS = 1000
PACTL = shutil.which("pactl") if sys.platform.startswith("linux") else None


def audio_inputs() -> list[QAudioDevice]:
    """The inputs Qt finds now (microphones, line-ins; on Linux the sound server's sources), without those the
    sound server says are gone (Qt 6.11 keeps listing a PulseAudio source after it is removed)."""
    found = list(QMediaDevices.audioInputs())
    present = sound_server_sources()
    if present is None:
        return found
    return [device for device in found if device_key(device).decode(errors="replace") in present]


def sound_server_sources() -> set[str] | None:
    """The names of the sources PulseAudio (or PipeWire's pulse server) has now; None when it cannot be asked."""
    if PACTL is None:
        return None
    try:
        done = subprocess.run([PACTL, "list", "short", "sources"], capture_output=True, timeout=2, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return source_names(done.stdout) if done.returncode == 0 else None


def source_names(listing: bytes) -> set[str]:
    """`pactl list short sources`: index, name, driver, format, state, tab-separated."""
    return {line.split("\t")[1] for line in listing.decode(errors="replace").splitlines() if "\t" in line}


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

    failed = Signal(str)  # the input stopped by itself (refused, broken): a message for the operator
    # The input is gone (unplugged): recording stopped, the take so far is kept in `path`. A message.
    lost = Signal(str)
    # The first samples arrived. The sound server opens the input asynchronously (up to a second or so): words
    # spoken before this are not recorded, so the window says "Đang ghi" only from here.
    flowing = Signal()

    def __init__(self, device: QAudioDevice, parent: QObject | None = None, *, path: Path | None = None) -> None:
        super().__init__(parent)
        self.device = device
        # The temporary folder of a take with no path of its own (None when the take has one).
        self.folder: Path | None = None
        if path is None:
            self.folder = Path(tempfile.mkdtemp(prefix="truyenthanh-voice-"))
            path = self.folder / "take.wav"
        self.path = Path(path)
        self.lost_input = False
        self.levels: Levels = SILENT
        self.paused = False
        self._flowed = False
        self._bytes = 0
        self._wave: GrowingWav | None = None
        self._source: QAudioSource | None = None
        self._io: QIODevice | None = None
        self._devices: QMediaDevices | None = None
        self._source_check = QTimer(self)
        self._source_check.setInterval(SOURCE_CHECK_MS)
        self._source_check.timeout.connect(self._ask_sound_server)
        self._pactl: QProcess | None = None
        self._asked_at: int | None = None
        self._confirmed = 0

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
        self._devices = QMediaDevices(self)
        self._devices.audioInputsChanged.connect(self._inputs_changed)
        if PACTL is not None:
            self._source_check.start()

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
        """Stops and deletes the take (and its temporary folder): nothing is left behind."""
        self._close()
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
        else:
            self.path.unlink(missing_ok=True)

    def _open_wave(self) -> None:
        self._wave = GrowingWav(self.path, rate=TAKE_RATE)
        self._bytes = 0
        self._asked_at = None  # how much the take held when the sound server was last asked
        self._confirmed = 0  # how much of the take the sound server has confirmed came from this input

    def _inputs_changed(self) -> None:
        if self._source is not None and not any(device_key(d) == device_key(self.device) for d in audio_inputs()):
            self._input_gone()

    def _ask_sound_server(self) -> None:
        if self._pactl is not None or self._source is None:
            return  # the last answer is still awaited
        process = QProcess(self)
        process.finished.connect(lambda code, _status: self._sound_server_said(process, code))
        process.errorOccurred.connect(lambda _error: self._sound_server_said(process, -1))
        self._pactl = process
        self._read()  # what is buffered was heard before the question
        self._asked_at = self._bytes
        process.start(PACTL or "pactl", ["list", "short", "sources"])

    def _sound_server_said(self, process: QProcess, code: int) -> None:
        if self._pactl is not process:
            return
        self._pactl = None
        process.deleteLater()
        if code != 0 or self._source is None:
            return  # not a PulseAudio server (or not reachable): Qt's own signal is all there is
        names = source_names(bytes(process.readAllStandardOutput().data()))
        if device_key(self.device).decode(errors="replace") in names:
            if self._asked_at is not None:
                self._confirmed = self._asked_at
        else:
            # Since the last answer that still had it, the stream may have been hearing the input the server
            # moved it to: that part is cut (at most a second of the take), never kept as this input's sound.
            self._input_gone(keep_bytes=self._confirmed)

    def _input_gone(self, keep_bytes: int | None = None) -> None:
        # What is buffered now may already come from the input the server moved the stream to: dropped.
        self.lost_input = True
        self._io = None
        if keep_bytes is not None and self._wave is not None and keep_bytes < self._bytes:
            self._wave.cut(keep_bytes)
            self._bytes = keep_bytes
        self._close()
        self.lost.emit(
            self.tr("Micrô “{name}” đã bị rút ra hoặc ngắt: đã dừng ghi, phần đã ghi được vẫn được giữ.").format(
                name=self.device.description()
            )
        )

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
            self._wave.write(data)
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
        self._source_check.stop()
        if self._pactl is not None:
            self._pactl.kill()
            self._pactl.waitForFinished(1000)
            self._pactl = None
        if self._devices is not None:
            self._devices.audioInputsChanged.disconnect(self._inputs_changed)
            self._devices.deleteLater()
            self._devices = None
        if source is not None:
            source.stateChanged.disconnect(self._state_changed)
            source.stop()
            source.deleteLater()
        if self._wave is not None:
            self._wave.close()  # the final length into the header, on the disk
            self._wave = None
        self.levels = SILENT
