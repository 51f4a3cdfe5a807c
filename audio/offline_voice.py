"""Offline Vietnamese voice: libespeak-ng from the espeakng-loader wheel, driven through ctypes.

No system package is needed. espeak-ng keeps global state and is not reentrant, so every call into it holds one
process-wide lock.
"""

from __future__ import annotations

import ctypes
import io
import threading
import wave
from collections.abc import Callable

from pydub import AudioSegment

from audio.errors import QT_TR_NOOP
from audio.native_paths import c_library_path
from audio.speech_errors import OfflineVoiceError, SpeechCancelled
from audio.speech_options import check_speed, check_voice

# The espeak-ng voice of each regional voice (audio.speech_options.VOICES).
ESPEAK_VOICES = {"north": "vi", "central": "vi-VN-x-central", "south": "vi-VN-x-south"}
SAMPLE_RATE = 22050
# Words per minute at speed 1.0: a little under espeak's 175, clearer through horn loudspeakers.
BASE_WPM = 160
MIN_WPM, MAX_WPM = 80, 450
# Below full scale: espeak's loudest vowels reach 0 dBFS at 100; mastering sets the level afterwards.
VOLUME = 60

# speak_lib.h
_AUDIO_OUTPUT_SYNCHRONOUS = 2
_INITIALIZE_DONT_EXIT = 0x8000
_POS_CHARACTER = 1
_CHARS_UTF8 = 1
_ENDPAUSE = 0x1000
_RATE, _VOLUME = 1, 2
_EE_OK = 0

_SYNTH_CALLBACK = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.c_void_p)

Cancel = Callable[[], bool]


def words_per_minute(speed: float) -> int:
    return max(MIN_WPM, min(MAX_WPM, round(BASE_WPM * speed)))


class _Engine:
    """The one espeak-ng instance of the process."""

    def __init__(self) -> None:
        try:
            import espeakng_loader

            library_path = espeakng_loader.get_library_path()
            data_path = espeakng_loader.get_data_path()
            lib = ctypes.CDLL(library_path)
        except (ImportError, OSError, RuntimeError) as error:
            raise OfflineVoiceError(
                QT_TR_NOOP("Không dùng được giọng đọc offline (espeak-ng): không nạp được thư viện")
            ) from error
        lib.espeak_Initialize.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_char_p, ctypes.c_int]
        lib.espeak_Initialize.restype = ctypes.c_int
        lib.espeak_SetSynthCallback.argtypes = [_SYNTH_CALLBACK]
        lib.espeak_SetSynthCallback.restype = None
        lib.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
        lib.espeak_SetVoiceByName.restype = ctypes.c_int
        lib.espeak_SetParameter.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int]
        lib.espeak_SetParameter.restype = ctypes.c_int
        lib.espeak_Synth.argtypes = [
            ctypes.c_char_p,
            ctypes.c_size_t,
            ctypes.c_uint,
            ctypes.c_int,
            ctypes.c_uint,
            ctypes.c_uint,
            ctypes.c_void_p,
            ctypes.c_void_p,
        ]
        lib.espeak_Synth.restype = ctypes.c_int
        lib.espeak_Info.argtypes = [ctypes.c_void_p]
        lib.espeak_Info.restype = ctypes.c_char_p

        rate = lib.espeak_Initialize(_AUDIO_OUTPUT_SYNCHRONOUS, 0, c_library_path(data_path), _INITIALIZE_DONT_EXIT)
        if rate <= 0:
            raise OfflineVoiceError(QT_TR_NOOP("Không dùng được giọng đọc offline (espeak-ng): không khởi động được"))
        self.lib = lib
        self.sample_rate = rate
        self.version = (lib.espeak_Info(None) or b"?").decode("ascii", "replace")
        self._buffer = bytearray()
        self._cancel: Cancel | None = None
        # Kept as an attribute: ctypes frees the trampoline when the Python object dies.
        self._callback = _SYNTH_CALLBACK(self._collect)
        lib.espeak_SetSynthCallback(self._callback)

    def _collect(self, wav, count, _events) -> int:
        if wav and count > 0:
            self._buffer.extend(ctypes.string_at(wav, count * 2))
        # Non-zero stops synthesis: how cancel reaches into a long text.
        return 1 if self._cancel is not None and self._cancel() else 0

    def synthesize(self, text: str, voice_name: str, wpm: int, cancel: Cancel | None) -> bytes:
        """Caller holds _LOCK."""
        if self.lib.espeak_SetVoiceByName(voice_name.encode("ascii")) != _EE_OK:
            raise OfflineVoiceError(
                QT_TR_NOOP("Không dùng được giọng đọc offline (espeak-ng): thiếu giọng {voice}"), voice=voice_name
            )
        self.lib.espeak_SetParameter(_RATE, wpm, 0)
        self.lib.espeak_SetParameter(_VOLUME, VOLUME, 0)
        data = text.encode("utf-8")
        self._buffer = bytearray()
        self._cancel = cancel
        try:
            status = self.lib.espeak_Synth(
                data, len(data) + 1, 0, _POS_CHARACTER, 0, _CHARS_UTF8 | _ENDPAUSE, None, None
            )
        finally:
            self._cancel = None
        if cancel is not None and cancel():
            raise SpeechCancelled()
        if status != _EE_OK:
            raise OfflineVoiceError(
                QT_TR_NOOP("Không dùng được giọng đọc offline (espeak-ng): lỗi tổng hợp (mã {status})"), status=status
            )
        return bytes(self._buffer)


_LOCK = threading.Lock()
_engine: _Engine | None = None


def _get_engine() -> _Engine:
    global _engine
    if _engine is None:
        _engine = _Engine()
    return _engine


def engine_version() -> str:
    with _LOCK:
        return _get_engine().version


def pcm_to_wav(pcm: bytes, rate: int = SAMPLE_RATE) -> bytes:
    out = io.BytesIO()
    with wave.open(out, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(rate)
        wav.writeframes(pcm)
    return out.getvalue()


def wav_to_pcm(data: bytes) -> tuple[bytes, int]:
    with wave.open(io.BytesIO(data), "rb") as wav:
        return wav.readframes(wav.getnframes()), wav.getframerate()


class OfflineVoice:
    """A Vietnamese espeak-ng voice (`north`, `central`, `south`) at a speed factor (1.0 = normal)."""

    def __init__(self, voice: str = "north", speed: float = 1.0) -> None:
        self.voice = check_voice(voice)
        self.speed = check_speed(speed)

    @property
    def sample_rate(self) -> int:
        with _LOCK:
            return _get_engine().sample_rate

    @property
    def version(self) -> str:
        return engine_version()

    def pcm(self, text: str, cancel: Cancel | None = None) -> bytes:
        """16-bit little-endian mono PCM at `sample_rate` Hz."""
        with _LOCK:
            return _get_engine().synthesize(text, ESPEAK_VOICES[self.voice], words_per_minute(self.speed), cancel)

    def wav(self, text: str, cancel: Cancel | None = None) -> bytes:
        return pcm_to_wav(self.pcm(text, cancel), self.sample_rate)

    def segment(self, text: str, cancel: Cancel | None = None) -> AudioSegment:
        pcm = self.pcm(text, cancel)
        return AudioSegment(data=pcm, sample_width=2, frame_rate=self.sample_rate, channels=1)
