"""What a reading can be asked for: engine, regional voice, speed, repeat count, pause. One place for the limits,
used by the synthesizer, the application and its command line.

Speeds from 0.8 to 1.0 are the slower readings for outdoor horn loudspeakers, where echo from buildings blurs a
fast voice; both engines keep the pitch (Google's audio through ffmpeg's atempo filter, espeak-ng through its
rate).
"""

from __future__ import annotations

from audio.speech_errors import InvalidSpeechSettings

ENGINES = ("auto", "google", "offline")
VOICES = ("north", "central", "south")
VOICE_LABELS = {"north": "miền Bắc", "central": "miền Trung", "south": "miền Nam"}
SPEED_MIN, SPEED_MAX = 0.5, 2.0
# Offered for each reading: normal, then slower for loudspeakers outdoors.
READING_SPEEDS = (1.0, 0.95, 0.9, 0.85, 0.8)
MAX_REPEAT = 3
MAX_PAUSE_S = 30.0


def _one_of(choices: list[str]) -> str:
    return ", ".join(choices[:-1]) + f" hoặc {choices[-1]}"


def check_engine(engine: str) -> str:
    if engine not in ENGINES:
        raise InvalidSpeechSettings(f"Không có bộ đọc “{engine}”: chọn {_one_of(list(ENGINES))}.")
    return engine


def check_voice(voice: str) -> str:
    if voice not in VOICES:
        choices = _one_of([f"{name} ({label})" for name, label in VOICE_LABELS.items()])
        raise InvalidSpeechSettings(f"Không có giọng đọc vùng miền “{voice}”: chọn {choices}.")
    return voice


def check_speed(speed: float) -> float:
    if not SPEED_MIN <= speed <= SPEED_MAX:
        raise InvalidSpeechSettings("Tốc độ đọc phải từ 0,5 đến 2,0 (đọc chậm cho loa ngoài trời: 0,8 đến 1,0).")
    return speed


def check_repeat(repeat: int) -> int:
    if not 1 <= repeat <= MAX_REPEAT:
        raise InvalidSpeechSettings(f"Số lần đọc phải từ 1 đến {MAX_REPEAT}.")
    return repeat


def check_pause(pause_s: float) -> float:
    if not 0 <= pause_s <= MAX_PAUSE_S:
        raise InvalidSpeechSettings(f"Khoảng nghỉ giữa hai lần đọc phải từ 0 đến {MAX_PAUSE_S:g} giây.")
    return pause_s
